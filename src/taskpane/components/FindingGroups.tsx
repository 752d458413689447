import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ButtonHTMLAttributes, KeyboardEvent } from 'react';
import { format } from '../../core/i18n/format';
import type { Finding } from '../../core/validation/types';
import { testIds } from '../testIds';
import { useUi } from '../uiStrings';
import type { FindingGroup } from '../validation/findingGroups';
import { FindingList } from './FindingList';

const HEADER_ATTRIBUTE = 'data-vc-group-header';
// A data attribute is a valid button prop; the slot's type only lacks an index signature for it.
const HEADER_BUTTON = { [HEADER_ATTRIBUTE]: '' } as ButtonHTMLAttributes<HTMLButtonElement>;

/**
 * Arrow keys between the group headers (the accordion pattern's optional keys): Down and Up to
 * the next and previous header, Home and End to the first and last. Keys pressed on a finding
 * row are left alone.
 */
function moveBetweenHeaders(event: KeyboardEvent<HTMLElement>) {
  const target = event.target;
  if (!(target instanceof HTMLElement) || !target.hasAttribute(HEADER_ATTRIBUTE)) return;
  const headers = [...event.currentTarget.querySelectorAll<HTMLElement>(`[${HEADER_ATTRIBUTE}]`)];
  const index = headers.indexOf(target);
  const last = headers.length - 1;
  const next =
    event.key === 'ArrowDown'
      ? Math.min(index + 1, last)
      : event.key === 'ArrowUp'
        ? Math.max(index - 1, 0)
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? last
            : null;
  if (next === null) return;
  event.preventDefault();
  headers[next]?.focus();
}

/** Up to this many findings, every group starts open; beyond, all start collapsed. */
export const OPEN_ALL_UP_TO = 10;

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', minWidth: 0, textAlign: 'start' },
  name: { fontWeight: tokens.fontWeightSemibold },
  counts: { color: tokens.colorNeutralForeground3 },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, marginLeft: 0, marginRight: 0 },
});

export interface FindingGroupsProps {
  groups: FindingGroup[];
  onSelect(finding: Finding): void;
}

/**
 * Findings per vendor in an accordion. A collapsed group renders no rows at all (Fluent unmounts
 * a closed panel), which keeps 50 vendors x 40 questions cheap.
 */
export function FindingGroups({ groups, onSelect }: FindingGroupsProps) {
  const ui = useUi();
  const styles = useStyles();
  const total = groups.reduce((n, g) => n + g.findings.length, 0);
  const open = total <= OPEN_ALL_UP_TO ? groups.map((g) => g.key) : [];
  return (
    <Accordion multiple collapsible defaultOpenItems={open} onKeyDown={moveBetweenHeaders}>
      {groups.map((group, index) => (
        <AccordionItem key={group.key} value={group.key} data-testid={testIds.findingGroup(index)}>
          <AccordionHeader as="h3" expandIconPosition="end" button={HEADER_BUTTON}>
            <span className={styles.header}>
              <span className={styles.name}>{group.vendor ?? ui.check.workbook}</span>{' '}
              <Caption1 className={styles.counts}>{format(ui.check.groupCounts, { errors: group.errors, warnings: group.warnings })}</Caption1>
            </span>
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <FindingList findings={group.findings} vendor={group.vendor} onSelect={onSelect} group={index} />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
