import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { format } from '../../core/i18n/format';
import type { ValidationResult } from '../../core/validation/validate';
import { ErrorBar } from '../components/ErrorBar';
import { FindingGroups } from '../components/FindingGroups';
import { NoTemplate } from '../components/NoTemplate';
import { usePanelStyles } from '../components/styles';
import type { Validation } from '../hooks/useValidation';
import type { PaneTab } from '../paneTabs';
import { testIds } from '../testIds';
import { plural, useUi } from '../uiStrings';
import { FINDING_FILTERS, countBySeverity, groupFindings, hasLocation, markedCellCount, type FindingFilter } from '../validation/findingGroups';

const useStyles = makeStyles({
  summary: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  counts: { color: tokens.colorNeutralForeground2 },
  filters: { flexWrap: 'wrap' },
  // Two equal columns: side by side at 320 px, a long label wraps inside its button.
  marks: { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  scope: { gridColumnStart: 1, gridColumnEnd: 3 },
});

function isFilter(value: string): value is FindingFilter {
  return (FINDING_FILTERS as readonly string[]).includes(value);
}

/** Validate: the button, a summary, filters, findings per vendor, and marking the gaps. */
export function ValidatePanel({ validation, onGoTo }: { validation: Validation; onGoTo(tab: PaneTab): void }) {
  const ui = useUi();
  const panel = usePanelStyles();
  const styles = useStyles();
  const { result, filter, busy } = validation;
  const findings = useMemo(() => (result && !result.notTemplate ? result.findings : []), [result]);
  // Rows follow the filter; counts and marks describe the whole result.
  const groups = useMemo(() => groupFindings(findings, filter), [findings, filter]);
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const markable = useMemo(() => findings.filter(hasLocation), [findings]);
  const markCells = useMemo(() => markedCellCount(markable), [markable]);
  const filterLabels: Record<FindingFilter, string> = { all: ui.check.all, error: ui.check.errors, warning: ui.check.warnings };

  return (
    <div className={panel.panel}>
      <Body1 className={panel.intro}>{ui.check.intro}</Body1>
      <Button
        className={panel.action}
        appearance="primary"
        disabledFocusable={busy === 'validate'}
        onClick={() => void validation.validate()}
        data-testid={testIds.validate}
      >
        {ui.check.button}
      </Button>
      <div className={panel.status} aria-live="polite" data-testid={testIds.validateStatus}>
        {busy === 'validate' ? <Spinner size="tiny" labelPosition="after" label={ui.check.busy} data-testid={testIds.validateBusy} /> : null}
        {validation.error ? <ErrorBar error={validation.error.error} step={validation.error.step} /> : null}
        {validation.notice ? (
          <MessageBar intent="success" data-testid={testIds.actionNotice}>
            <MessageBarBody>
              {validation.notice.kind === 'marked' ? plural(ui.check.marked, validation.notice.count) : ui.check.cleared}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {result && busy !== 'validate' ? <ResultSummary result={result} onGoTo={onGoTo} /> : null}
      </div>
      {findings.length > 0 ? (
        <RadioGroup
          className={styles.filters}
          layout="horizontal"
          aria-label={ui.check.filterLabel}
          value={filter}
          onChange={(_, data) => {
            if (isFilter(data.value)) validation.setFilter(data.value);
          }}
        >
          {FINDING_FILTERS.map((f) => (
            <Radio key={f} value={f} label={format(filterLabels[f], { count: counts[f] })} data-testid={testIds.filter(f)} />
          ))}
        </RadioGroup>
      ) : null}
      <div className={styles.marks}>
        <Button disabled={busy !== null || markable.length === 0} onClick={() => void validation.mark(markable)} data-testid={testIds.mark}>
          {ui.check.mark}
        </Button>
        <Button disabled={busy !== null} onClick={() => void validation.clear()} data-testid={testIds.clearMarks}>
          {ui.check.clear}
        </Button>
        {markCells > 0 ? (
          <Caption1 className={mergeClasses(styles.counts, styles.scope)} data-testid={testIds.markScope}>
            {plural(ui.check.markScope, markCells)}
          </Caption1>
        ) : null}
      </div>
      {groups.length > 0 ? <FindingGroups key={`${validation.run}-${filter}`} groups={groups} onSelect={(f) => void validation.select(f)} /> : null}
      {groups.length === 0 && findings.length > 0 ? <Text>{ui.check.nothingToShow}</Text> : null}
    </div>
  );
}

function ResultSummary({ result, onGoTo }: { result: ValidationResult; onGoTo(tab: PaneTab): void }) {
  const ui = useUi();
  const styles = useStyles();
  if (result.notTemplate) return <NoTemplate onInsert={() => onGoTo('insert')} />;
  return (
    <div className={styles.summary} data-testid={testIds.summary}>
      <Subtitle2 as="h2">{result.headline}</Subtitle2>
      <Caption1 className={styles.counts} data-testid={testIds.counts}>
        {format(ui.check.counts, { errors: result.summary.errors, warnings: result.summary.warnings })}
      </Caption1>
      {result.complete ? (
        <MessageBar intent="success">
          <MessageBarBody>{ui.check.complete}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
