/**
 * A small rounded label for a status or a count. The words carry the meaning; the theme colours only
 * repeat it. (Lighter than Fluent's Badge, which the page budget could not afford for three uses.)
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export type PillColour = 'success' | 'warning' | 'danger' | 'informative';

const useStyles = makeStyles({
  pill: {
    display: 'inline-block',
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
  danger: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
  },
  informative: {
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  quiet: {
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
});

export function Pill({
  colour,
  quiet = false,
  children,
}: {
  colour: PillColour;
  quiet?: boolean;
  children: ReactNode;
}) {
  const styles = useStyles();
  return <span className={mergeClasses(styles.pill, quiet ? styles.quiet : styles[colour])}>{children}</span>;
}

export interface PillListItem {
  key: string;
  colour: PillColour;
  quiet?: boolean;
  text: string;
}

/** Pills in a row that wraps, as a list named by `label` for assistive technology. */
export function PillList({ label, items }: { label: string; items: readonly PillListItem[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          <Pill colour={item.colour} quiet={item.quiet}>
            {item.text}
          </Pill>
        </li>
      ))}
    </ul>
  );
}
