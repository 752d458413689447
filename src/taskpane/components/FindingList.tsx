import { Button, Caption1, createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircleFilled, WarningFilled } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { format } from '../../core/i18n/format';
import type { Finding } from '../../core/validation/types';
import { testIds } from '../testIds';
import { useUi } from '../uiStrings';
import { hasLocation, locationOf, withoutVendor } from '../validation/findingGroups';

/** Rows rendered per group at a time: 2,000 findings must not become 2,000 DOM rows at once. */
export const ROWS_PER_PAGE = 20;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  row: {
    boxSizing: 'border-box',
    width: '100%',
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: 'start',
  },
  button: {
    // The focus outline is an absolutely placed ::after.
    position: 'relative',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ...createFocusOutlineStyle(),
  },
  icon: { flexShrink: 0, fontSize: tokens.fontSizeBase500, marginTop: tokens.spacingVerticalXXS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  location: { color: tokens.colorNeutralForeground3 },
  more: { alignSelf: 'flex-start' },
});

function FindingRow({ finding, vendor, onSelect }: { finding: Finding; vendor: string | null; onSelect(finding: Finding): void }) {
  const ui = useUi();
  const styles = useStyles();
  // The icon's label is the text alternative: it starts the row's accessible name.
  const icon =
    finding.severity === 'error' ? (
      <ErrorCircleFilled aria-label={ui.check.error} className={mergeClasses(styles.icon, styles.error)} />
    ) : (
      <WarningFilled aria-label={ui.check.warning} className={mergeClasses(styles.icon, styles.warning)} />
    );
  const located = hasLocation(finding);
  // The {' '} separate words in the accessible name ("Error Aurora has… Pricing!D9"); flex
  // layout does not render them.
  const content = (
    <>
      {icon}{' '}
      <span className={styles.text}>
        <span>{withoutVendor(finding.message, vendor)}</span>{' '}
        {located ? <Caption1 className={styles.location}>{locationOf(finding)}</Caption1> : null}
      </span>
    </>
  );
  return located ? (
    // A native button: Enter and Space activate it, and it is in the tab order.
    <button type="button" className={mergeClasses(styles.row, styles.button)} onClick={() => onSelect(finding)}>
      {content}
    </button>
  ) : (
    // Not a place in the sheet (e.g. a deleted defined name); still reachable by "show more" focus.
    <div className={styles.row} tabIndex={-1}>
      {content}
    </div>
  );
}

export interface FindingListProps {
  findings: Finding[];
  /** The group's vendor, named in its heading and so left out of each row. */
  vendor: string | null;
  onSelect(finding: Finding): void;
  /** Index of the group, for the "show more" test id. */
  group: number;
}

/** One group's findings, a page at a time. */
export function FindingList({ findings, vendor, onSelect, group }: FindingListProps) {
  const ui = useUi();
  const styles = useStyles();
  const [shown, setShown] = useState(ROWS_PER_PAGE);
  const list = useRef<HTMLUListElement>(null);
  const focusFrom = useRef<number | null>(null);

  // After "show more", focus the first new row so the keyboard user continues where they were.
  useEffect(() => {
    if (focusFrom.current === null) return;
    const row = list.current?.children[focusFrom.current]?.firstElementChild;
    focusFrom.current = null;
    if (row instanceof HTMLElement) row.focus();
  }, [shown]);

  const left = findings.length - shown;
  return (
    <>
      <ul className={styles.list} ref={list}>
        {findings.slice(0, shown).map((finding, index) => (
          <li key={index} data-testid={testIds.findingRow}>
            <FindingRow finding={finding} vendor={vendor} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      {left > 0 ? (
        <Button
          className={styles.more}
          appearance="subtle"
          size="small"
          data-testid={testIds.showMore(group)}
          onClick={() => {
            focusFrom.current = shown;
            setShown(shown + ROWS_PER_PAGE);
          }}
        >
          {format(left > ROWS_PER_PAGE ? ui.check.showMore : ui.check.showRest, { count: ROWS_PER_PAGE, left })}
        </Button>
      ) : null}
    </>
  );
}
