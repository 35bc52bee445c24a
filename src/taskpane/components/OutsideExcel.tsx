/**
 * What the page shows where it cannot work: opened in a browser rather than in Excel, or where
 * Microsoft's Office script (office.js) could not load. Plain words on how to open it in Excel.
 */
import { makeStyles, Text, tokens, typographyStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  title: { ...typographyStyles.subtitle1, margin: 0 },
});

export const OUTSIDE_EXCEL = {
  title: 'RRP for Excel runs inside Excel',
  how: 'Open a workbook in Excel (on Windows, on a Mac or on the web), then choose Home > RRP for Excel. If the button is not there, add the add-in first: Home > Add-ins, then RRP for Excel.',
  blocked:
    'If you opened it from Excel and still see this page, Excel could not load Microsoft\u2019s Office script (office.js, from appsforoffice.microsoft.com). Check your connection, or ask your IT team whether that address is blocked, then close the pane and open it again.',
} as const;

export function OutsideExcel() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <h1 className={styles.title}>{OUTSIDE_EXCEL.title}</h1>
      <Text>{OUTSIDE_EXCEL.how}</Text>
      <Text>{OUTSIDE_EXCEL.blocked}</Text>
    </main>
  );
}
