import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { format } from '../../core/i18n/messages';
import type { Finding } from '../../core/validation/types';
import { testIds } from '../testIds';
import { useUi } from '../uiStrings';
import type { FindingGroup } from '../validation/findingGroups';
import { FindingList } from './FindingList';

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
    <Accordion multiple collapsible defaultOpenItems={open}>
      {groups.map((group, index) => (
        <AccordionItem key={group.key} value={group.key} data-testid={testIds.findingGroup(index)}>
          <AccordionHeader as="h3" expandIconPosition="end">
            <span className={styles.header}>
              <span className={styles.name}>{group.vendor ?? ui.check.workbook}</span>{' '}
              <Caption1 className={styles.counts}>
                {format(ui.check.groupCounts, { errors: group.errors, warnings: group.warnings })}
              </Caption1>
            </span>
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <FindingList findings={group.findings} onSelect={onSelect} group={index} />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
