/**
 * The pane's views behind a row of tabs (the WAI-ARIA tabs pattern): one view shows at a time, the
 * arrow keys move between tabs (Home and End to the ends) and show each view as its tab is reached,
 * and each view is a tabpanel named by its tab. A view is mounted with the pane (one on demand when
 * first shown) and then only hidden when another is shown, so a view keeps running while hidden
 * (automatic checking of actuals) and nothing typed into one is lost on switching. The tabs wrap onto
 * a second row in a narrow pane rather than scroll, so every view stays one step away.
 */
import { createCustomFocusIndicatorStyle, makeStyles, Tab, TabList, tokens, useId } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';

export interface PaneView<P> {
  /** Unique and stable: the pane remembers the last view shown by it. */
  id: string;
  /** The tab's text: one short word, so every tab fits in two rows at 320 px. */
  label: string;
  /** The view's heading, for screen readers' list of headings (the tab says it on screen). */
  title: string;
  render: (pane: P) => ReactNode;
  /** Mounted when first shown rather than with the pane, so code it loads on demand is fetched only then. */
  onDemand?: boolean;
}

export interface ViewNavProps<P> {
  views: readonly PaneView<P>[];
  /** What the views share, given to each view's render. */
  pane: P;
  /** The accessible name of the list of tabs. */
  label: string;
}

const useStyles = makeStyles({
  tabs: {
    flexWrap: 'wrap',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // Fluent slides the selection bar sideways from the last tab; across two rows it would slide
    // along the wrong row, so it moves at once. (A descendant rule: Fluent adds its animation class
    // after a Tab's own className.)
    '& .fui-Tab::after': { transitionProperty: 'none' },
  },
  panel: {
    minWidth: 0,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalL,
    // A native outline drawn inside the panel: unlike an outline made of a positioned pseudo-element,
    // it never widens the page, so a focused panel at 320 px adds no horizontal scroll bar.
    ':focus-visible': { outlineStyle: 'none' },
    ...createCustomFocusIndicatorStyle({
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: `calc(${tokens.strokeWidthThick} * -1)`,
    }),
  },
  heading: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

/** Where the last view shown is kept, so the pane opens on it again. */
const REMEMBERED_VIEW = 'rrp-pane-view';

/** Storage can be unavailable (a browser that blocks it for add-ins): the pane then opens on the first view. */
function rememberedView(ids: readonly string[]): string | undefined {
  try {
    const id = window.localStorage.getItem(REMEMBERED_VIEW);
    return id !== null && ids.includes(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

function remember(id: string): void {
  try {
    window.localStorage.setItem(REMEMBERED_VIEW, id);
  } catch {
    // Not remembered: the pane opens on the first view next time.
  }
}

export function ViewNav<P>({ views, pane, label }: ViewNavProps<P>) {
  const styles = useStyles();
  const base = useId('view');
  const [active, setActive] = useState(() => rememberedView(views.map((v) => v.id)) ?? views[0]?.id);
  const [shown, setShown] = useState<readonly (string | undefined)[]>([active]);
  const tabId = (id: string): string => `${base}-tab-${id}`;
  const panelId = (id: string): string => `${base}-panel-${id}`;

  const show = (id: string): void => {
    setActive(id);
    setShown((ids) => (ids.includes(id) ? ids : [...ids, id]));
    remember(id);
  };

  return (
    <>
      <TabList
        size="small"
        selectTabOnFocus
        aria-label={label}
        selectedValue={active}
        onTabSelect={(_, data) => show(String(data.value))}
        className={styles.tabs}
      >
        {views.map((view) => (
          <Tab key={view.id} value={view.id} id={tabId(view.id)} aria-controls={panelId(view.id)}>
            {view.label}
          </Tab>
        ))}
      </TabList>
      {views.map((view) => (
        <div
          key={view.id}
          role="tabpanel"
          id={panelId(view.id)}
          aria-labelledby={tabId(view.id)}
          hidden={view.id !== active}
          tabIndex={0}
          className={styles.panel}
        >
          <h2 className={styles.heading}>{view.title}</h2>
          {(!view.onDemand || shown.includes(view.id)) && view.render(pane)}
        </div>
      ))}
    </>
  );
}
