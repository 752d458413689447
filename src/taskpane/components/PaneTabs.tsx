import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, type KeyboardEvent } from 'react';
import { PANE_TABS, type PaneTab } from '../paneTabs';
import { testIds } from '../testIds';
import { useUi } from '../uiStrings';

/*
 * The WAI-ARIA tabs pattern, written out because Fluent's TabList costs about 22 KB gzip (15 KB
 * of it tabster's arrow-key mover) for four tabs: with the initial pane at about 127 KB of its
 * 140 KB budget, it does not fit. Roving tabindex: only the
 * selected tab is in the tab order; arrows, Home and End move and select (automatic activation).
 */

const useStyles = makeStyles({
  list: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    position: 'relative',
    flexGrow: 1,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: 'pointer',
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ...createFocusOutlineStyle(),
  },
  // The underline is ::before: ::after carries the focus outline (createFocusOutlineStyle), and
  // sharing it made the underline vanish whenever the selected tab had keyboard focus.
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::before': {
      content: '""',
      position: 'absolute',
      left: tokens.spacingHorizontalS,
      right: tokens.spacingHorizontalS,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
    // Forced colours replace backgrounds with the page colour: draw the underline in the system
    // highlight colour, as Fluent's own TabList does, so the selected tab keeps its marker.
    '@media (forced-colors: active)': {
      '::before': { backgroundColor: 'Highlight', forcedColorAdjust: 'none' },
    },
  },
});

export interface PaneTabsProps {
  selected: PaneTab;
  onSelect(tab: PaneTab): void;
  tabId(tab: PaneTab): string;
  panelId(tab: PaneTab): string;
}

/** Where a key press moves the selection, or null for keys the tabs do not handle. */
function target(key: string, index: number): number | null {
  const last = PANE_TABS.length - 1;
  switch (key) {
    case 'ArrowRight':
      return index === last ? 0 : index + 1;
    case 'ArrowLeft':
      return index === 0 ? last : index - 1;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

export function PaneTabs({ selected, onSelect, tabId, panelId }: PaneTabsProps) {
  const ui = useUi();
  const styles = useStyles();
  const buttons = useRef(new Map<PaneTab, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const next = PANE_TABS[target(event.key, index) ?? -1];
    if (!next) return;
    event.preventDefault();
    onSelect(next);
    buttons.current.get(next)?.focus();
  };

  return (
    <div role="tablist" aria-label={ui.tabs.label} className={styles.list}>
      {PANE_TABS.map((tab, index) => {
        const isSelected = tab === selected;
        return (
          <button
            key={tab}
            ref={(element) => {
              if (element) buttons.current.set(tab, element);
              else buttons.current.delete(tab);
            }}
            type="button"
            role="tab"
            id={tabId(tab)}
            aria-selected={isSelected}
            // Only the shown panel exists in the DOM.
            aria-controls={isSelected ? panelId(tab) : undefined}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(tab)}
            onKeyDown={(event) => onKeyDown(event, index)}
            data-testid={testIds.tab(tab)}
          >
            {ui.tabs[tab]}
          </button>
        );
      })}
    </div>
  );
}
