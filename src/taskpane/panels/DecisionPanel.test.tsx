import '../testing/jsdomShims';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DecisionCheckResult, DecisionService, DecisionWriteResult } from '../../adapters/excel/contract';
import type { Language } from '../../core/catalogue/text';
import type { DecisionReport } from '../../core/decision/types';
import { sweepRuns } from '../../core/decision/sweep';
import { useDecisionCheck } from '../hooks/useDecisionCheck';
import { testIds } from '../testIds';
import { UiStringsProvider } from '../uiStrings';
import { DecisionPanel } from './DecisionPanel';
import { FakeWorkbookService } from '../testing/fakeWorkbookService';
import { renderOnTab } from '../testing/renderPane';

/** Aurora wins up to 30% price weight, Beacon from 40%; the chosen weight is 40%, so the winner
 * changes within 10 points of it. Without Cirrus, Delta moves ahead of Beacon. */
const NOT_ROBUST: DecisionReport = {
  robust: false,
  winner: 'Beacon',
  reasons: ['priceWeight', 'rankReversal'],
  priceWeight: 0.4,
  priceWeights: Array.from({ length: 11 }, (_, i) => ({ priceWeight: i / 10, winner: i < 4 ? 'Aurora' : 'Beacon' })),
  winnerChangesAt: [0.4],
  rankReversals: [{ removed: 'Cirrus', pair: ['Beacon', 'Delta'] }],
  demand: [0.5, 1, 1.5, 2, 3].map((multiplier) => ({
    multiplier,
    tco: { Aurora: 100_000 * multiplier, Beacon: 90_000 + 10_000 * multiplier },
    rank: { Aurora: multiplier < 1.25 ? 1 : 2, Beacon: multiplier < 1.25 ? 2 : 1 },
    cheapest: multiplier < 1.25 ? 'Aurora' : 'Beacon',
  })),
  // 100,000 m = 90,000 + 10,000 m  ->  m = 1.
  breakEven: [{ multiplier: 1, from: 'Aurora', to: 'Beacon' }],
  abnormallyLow: [{ vendor: 'Cirrus', tco: 42_000, median: 100_000, threshold: 0.7 }],
  disagreements: [{ vendor: 'Aurora', criterion: 'C3', evaluators: ['Li', 'Wang'], scores: [40, 80] }],
  incomplete: ['Echo'],
};

class FakeDecision implements DecisionService {
  checks = 0;
  writes = 0;
  constructor(
    public report: DecisionReport,
    public writeAnswer: Error | null = null,
  ) {}
  checkDecision(): Promise<DecisionCheckResult> {
    this.checks++;
    return Promise.resolve({ report: this.report, syncs: 2 });
  }
  writeDecision(): Promise<DecisionWriteResult> {
    this.writes++;
    return this.writeAnswer ? Promise.reject(this.writeAnswer) : Promise.resolve({ report: this.report, syncs: 4, written: '2026-12-04' });
  }
}

function Harness({ service }: { service: DecisionService }) {
  return <DecisionPanel decision={useDecisionCheck(service)} />;
}

async function checked(service: FakeDecision, language: Language = 'en') {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <UiStringsProvider language={language}>
        <Harness service={service} />
      </UiStringsProvider>
    </FluentProvider>,
  );
  await user.click(screen.getByTestId(testIds.decisionCheck));
  await screen.findByTestId(testIds.decisionVerdict);
  return user;
}

describe('Decision panel', () => {
  it('says which tests the ranking fails, and shows each test’s result', async () => {
    await checked(new FakeDecision(NOT_ROBUST));
    const verdict = screen.getByTestId(testIds.decisionVerdict);
    expect(verdict).toHaveTextContent('The ranking is not robust');
    expect(verdict).toHaveTextContent('The winner changes for a price weight within 10 points of the chosen one.');
    expect(verdict).toHaveTextContent('Taking out another vendor changes the order');
    expect(verdict).not.toHaveTextContent('demand');
    expect(screen.getByText('The winner changes at 40%.')).toBeInTheDocument();
    expect(screen.getByTestId(testIds.decisionReversals)).toHaveTextContent('Without Cirrus, Delta moves ahead of Beacon.');
    expect(screen.getByTestId(testIds.decisionDemand)).toHaveTextContent('At ×1.00 the cheapest changes from Aurora to Beacon.');
    // 42,000 / 100,000 = 42% of the median.
    expect(screen.getByTestId(testIds.decisionLow)).toHaveTextContent('Cirrus: TCO 42,000 is 42% of the median 100,000.');
    expect(screen.getByTestId(testIds.decisionDisagreements)).toHaveTextContent('Aurora, C3: Li 40, Wang 80');
    expect(screen.getByText('Left out of the ranking (incomplete): Echo')).toBeInTheDocument();
  });

  it('draws the sweep as one bar per weight in its winner’s colour, described in words', async () => {
    await checked(new FakeDecision(NOT_ROBUST));
    const chart = within(screen.getByTestId(testIds.decisionSweep)).getByRole('img');
    expect(chart).toHaveAccessibleName('Winner by price weight. 0% to 30%: Aurora. 40% to 100%: Beacon. Chosen price weight: 40%');
    const bars = [...chart.querySelectorAll('rect')];
    expect(bars.map((b) => b.getAttribute('data-winner'))).toEqual([...Array(4).fill('Aurora'), ...Array(7).fill('Beacon')]);
    expect(new Set(bars.map((b) => b.getAttribute('fill'))).size).toBe(2);
  });

  it('says the ranking is robust, with the winner, in Chinese too', async () => {
    const robust: DecisionReport = {
      ...NOT_ROBUST,
      robust: true,
      reasons: [],
      rankReversals: [],
      abnormallyLow: [],
      disagreements: [],
      incomplete: [],
    };
    await checked(new FakeDecision(robust), 'zh');
    expect(screen.getByTestId(testIds.decisionVerdict)).toHaveTextContent('排名稳健Beacon 胜出，排名通过了全部检验。');
    expect(screen.getByTestId(testIds.decisionReversals)).toHaveTextContent('去掉任意一家供应商，其余供应商的顺序都不变。');
  });

  it('has no ranking to show when no vendor is complete', async () => {
    const none: DecisionReport = {
      ...NOT_ROBUST,
      winner: null,
      reasons: ['noCompleteVendor'],
      priceWeights: [],
      rankReversals: [],
      demand: [],
      breakEven: [],
      abnormallyLow: [],
    };
    await checked(new FakeDecision(none));
    expect(screen.getByTestId(testIds.decisionVerdict)).toHaveTextContent('No vendor is complete yet');
    expect(screen.queryByTestId(testIds.decisionSweep)).not.toBeInTheDocument();
  });

  it('writes the results on the sheet and says when; a failed write keeps the result and says why', async () => {
    const service = new FakeDecision(NOT_ROBUST);
    const user = await checked(service);
    await user.click(screen.getByTestId(testIds.decisionWrite));
    expect(await screen.findByTestId(testIds.decisionWritten)).toHaveTextContent('Written to the Decision sheet on 2026-12-04.');
    expect(service.writes).toBe(1);

    service.writeAnswer = new Error('The sheet is protected with a password');
    await user.click(screen.getByTestId(testIds.decisionWrite));
    expect(await screen.findByTestId(testIds.error)).toHaveTextContent('Results not written');
    expect(screen.getByTestId(testIds.decisionVerdict)).toBeInTheDocument();
    expect(screen.queryByTestId(testIds.decisionWritten)).not.toBeInTheDocument();
  });
});

describe('the Decision tab', () => {
  it('loads the panel when first shown and checks through the pane’s service', async () => {
    const service = new FakeWorkbookService(true);
    service.decisionAnswer = { report: NOT_ROBUST, syncs: 1 };
    const pane = await renderOnTab(service, 'decision');
    await pane.user.click(await screen.findByTestId(testIds.decisionCheck));
    expect(await screen.findByTestId(testIds.decisionVerdict)).toHaveTextContent('The ranking is not robust');
    expect(service.decisionChecks).toBe(1);
  });
});

describe('sweepRuns', () => {
  it('joins consecutive weights with the same winner', () => {
    const points = [0, 0.1, 0.2, 0.3].map((priceWeight, i) => ({ priceWeight, winner: [null, 'A', 'A', 'B'][i]! }));
    expect(sweepRuns(points)).toEqual([
      { from: 0, to: 0, winner: null },
      { from: 0.1, to: 0.2, winner: 'A' },
      { from: 0.3, to: 0.3, winner: 'B' },
    ]);
  });
});
