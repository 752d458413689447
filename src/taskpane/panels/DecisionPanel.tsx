import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { DecisionReport } from '../../core/decision/types';
import { format } from '../../core/i18n/format';
import { ErrorBar } from '../components/ErrorBar';
import { SweepChart, percent } from '../components/SweepChart';
import { usePanelStyles } from '../components/styles';
import type { DecisionCheck } from '../hooks/useDecisionCheck';
import { testIds } from '../testIds';
import { useUiLanguage } from '../uiStrings';
import { useDecisionUi } from '../decisionUi';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  quiet: { color: tokens.colorNeutralForeground3 },
});

/** The Decision tab: check the ranking, read each test's result, write them on the sheet. */
export function DecisionPanel({ decision }: { decision: DecisionCheck }) {
  const ui = { decision: useDecisionUi() };
  const panel = usePanelStyles();
  const report = decision.result?.report ?? null;
  return (
    <div className={panel.panel}>
      <Body1 className={panel.intro}>{ui.decision.intro}</Body1>
      <div className={panel.buttons}>
        <Button
          appearance="primary"
          disabledFocusable={decision.busy !== null}
          onClick={() => void decision.check()}
          data-testid={testIds.decisionCheck}
        >
          {ui.decision.button}
        </Button>
        {report ? (
          <Button disabledFocusable={decision.busy !== null} onClick={() => void decision.write()} data-testid={testIds.decisionWrite}>
            {ui.decision.write}
          </Button>
        ) : null}
      </div>
      <div className={panel.status} aria-live="polite" data-testid={testIds.decisionStatus}>
        {decision.busy ? (
          <Spinner size="tiny" labelPosition="after" label={decision.busy === 'check' ? ui.decision.busy : ui.decision.writing} />
        ) : null}
        {decision.error ? <ErrorBar error={decision.error.error} step={decision.error.step === 'check' ? 'decision' : 'decisionWrite'} /> : null}
        {decision.written ? (
          <MessageBar intent="success" data-testid={testIds.decisionWritten}>
            <MessageBarBody>{format(ui.decision.written, { date: decision.written })}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {report ? <DecisionResult report={report} /> : null}
    </div>
  );
}

function DecisionResult({ report }: { report: DecisionReport }) {
  const ui = useDecisionUi();
  const styles = useStyles();
  const language = useUiLanguage();
  const money = new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 0 });
  const winner = report.winner ?? '';
  return (
    <>
      <MessageBar intent={report.robust ? 'success' : 'warning'} data-testid={testIds.decisionVerdict}>
        <MessageBarBody>
          <MessageBarTitle>{report.robust ? ui.robustTitle : ui.notRobustTitle}</MessageBarTitle>
          {report.robust ? format(ui.robust, { winner }) : report.reasons.map((r) => format(ui.reasons[r], { winner })).join(' ')}
        </MessageBarBody>
      </MessageBar>
      {report.winner !== null ? (
        <>
          <section className={styles.section}>
            <Subtitle2 as="h2">{ui.sweepTitle}</Subtitle2>
            <SweepChart points={report.priceWeights} chosen={report.priceWeight} />
            <Body1>
              {report.winnerChangesAt.length > 0 ? format(ui.changesAt, { weights: report.winnerChangesAt.map(percent).join(', ') }) : ui.noChange}
            </Body1>
          </section>
          <Section title={ui.reversalsTitle} empty={ui.noReversal} testId={testIds.decisionReversals}>
            {report.rankReversals.map((r) => (
              <li key={`${r.removed}|${r.pair.join('|')}`}>{format(ui.reversal, { removed: r.removed, a: r.pair[0], b: r.pair[1] })}</li>
            ))}
          </Section>
          <section className={styles.section} data-testid={testIds.decisionDemand}>
            <Subtitle2 as="h2">{ui.demandTitle}</Subtitle2>
            <ul className={styles.list}>
              {report.demand.map((d) => (
                <li key={d.multiplier}>{format(ui.demandRow, { multiplier: d.multiplier, vendor: d.cheapest ?? '' })}</li>
              ))}
              {report.breakEven.map((b) => (
                <li key={`${b.multiplier}`}>{format(ui.breakEven, { multiplier: b.multiplier.toFixed(2), from: b.from, to: b.to })}</li>
              ))}
            </ul>
            {report.breakEven.length === 0 ? <Body1 className={styles.quiet}>{ui.noBreakEven}</Body1> : null}
          </section>
          <Section title={ui.lowTitle} empty={ui.noLow} testId={testIds.decisionLow}>
            {report.abnormallyLow.map((l) => (
              <li key={l.vendor}>
                {format(ui.low, { vendor: l.vendor, tco: money.format(l.tco), median: money.format(l.median), percent: percent(l.tco / l.median) })}
              </li>
            ))}
          </Section>
        </>
      ) : null}
      {report.disagreements.length > 0 ? (
        <Section title={ui.disagreeTitle} empty="" testId={testIds.decisionDisagreements}>
          {report.disagreements.map((d) => (
            <li key={`${d.vendor}|${d.criterion}`}>
              {format(ui.disagree, {
                vendor: d.vendor,
                criterion: d.criterion,
                scores: d.evaluators.map((e, i) => `${e} ${Math.round(d.scores[i] ?? 0)}`).join(', '),
              })}
            </li>
          ))}
        </Section>
      ) : null}
      {report.incomplete.length > 0 ? (
        <Body1 className={styles.quiet}>{format(ui.incomplete, { vendors: report.incomplete.join(', ') })}</Body1>
      ) : null}
    </>
  );
}

/** A titled list, or a quiet line saying there is nothing to list. */
function Section({ title, empty, testId, children }: { title: string; empty: string; testId: string; children: React.ReactNode[] }) {
  const styles = useStyles();
  return (
    <section className={styles.section} data-testid={testId}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      {children.length > 0 ? <ul className={styles.list}>{children}</ul> : <Body1 className={styles.quiet}>{empty}</Body1>}
    </section>
  );
}
