/** Strings of the Decision sheet (issue 11, DOMAIN.md section 7) and of its threshold on Assumptions. */
export interface DecisionMessages {
  note: string;
  verdictSection: string;
  verdict: string;
  chosenWeight: string;
  winner: string;
  tests: { priceWeight: string; rankReversal: string; demand: string; abnormal: string };
  /** Number format of a test cell: 1 shows the first text, 0 the second; text shows as it is. */
  pass: string;
  fail: string;
  robust: string;
  /** Followed by the failed tests, separated by `separator`. */
  notRobust: string;
  separator: string;
  /** Robust so far: the price weight test passes, the written tests are not usable. */
  notCheckedVerdict: string;
  outOfDateVerdict: string;
  noComplete: string;
  /** After the verdict: "; {n} abnormally low" (a number is put before it). */
  abnormalSuffix: string;
  noWinner: string;
  sweepSection: string;
  sweepNote: string;
  priceWeight: string;
  winnerHeader: string;
  quality: string;
  price: string;
  changesHeader: string;
  changes: string;
  chosenLine: string;
  lowSection: string;
  lowNote: string;
  tcoComplete: string;
  shareOfMedian: string;
  flagRow: string;
  flag: string;
  median: string;
  threshold: string;
  limit: string;
  none: string;
  writtenSection: string;
  writtenNote: string;
  disagreeSection: string;
  disagreeNote: string;
  disagreeRow: string;
  checkedOn: string;
  checksumThen: string;
  checksumNow: string;
  freshness: string;
  upToDate: string;
  outOfDate: string;
  notChecked: string;
  winnerThen: string;
  rankReversalWritten: string;
  demandWritten: string;
  reversalsHeader: string;
  /** One flip: {after} was behind {before} and is now ahead. */
  reversal: string;
  demandHeader: string;
  cheapest: string;
  tcoHeader: string;
  rankHeader: string;
  breakEvenHeader: string;
  from: string;
  to: string;
  /** Under the break-even rows when the report has more than they hold. */
  moreBreakEvens: string;
  /** On Assumptions. */
  settingsSection: string;
  thresholdLabel: string;
  thresholdPrompt: string;
  /** On the Overview, before the verdict next to the ranking. */
  overviewLabel: string;
}

export const decisionEn: DecisionMessages = {
  note: 'Is the ranking robust? The price-weight sweep and the abnormally low check update live; rank reversal and demand are written by Check.',
  verdictSection: 'Verdict',
  verdict: 'Verdict',
  chosenWeight: 'Chosen price weight (Assumptions)',
  winner: 'Winner at the chosen weight',
  tests: {
    priceWeight: 'Same winner within ±10 points of the price weight',
    rankReversal: 'No rank reversal involving the winner',
    demand: 'Winner cheapest or best for demand x0.5 to x2',
    abnormal: 'Abnormally low prices',
  },
  pass: 'Pass',
  fail: 'Fail',
  robust: 'Robust',
  notRobust: 'Not robust: ',
  separator: ', ',
  notCheckedVerdict: 'Robust to the price weight; rank reversal and demand not checked yet',
  outOfDateVerdict: 'Robust to the price weight; rank reversal and demand out of date (inputs changed since the check)',
  noComplete: 'No complete vendor: no ranking to check',
  abnormalSuffix: ' abnormally low price(s): ask for an explanation',
  noWinner: '—',
  sweepSection: 'Price weight sweep (updates live)',
  sweepNote:
    'Overall score of each vendor at each price weight (quality weights as entered); incomplete vendors are left out. A tie goes to the first vendor in workbook order.',
  priceWeight: 'Price weight',
  quality: 'Quality score (Scorecard)',
  price: 'Price score (Scorecard)',
  winnerHeader: 'Winner',
  changesHeader: 'Winner changes',
  changes: 'changes here',
  chosenLine: 'Chosen',
  lowSection: 'Abnormally low prices (updates live)',
  lowNote:
    'A complete vendor whose TCO is below the threshold share of the median TCO of the complete vendors: ask it to explain its price before deciding.',
  tcoComplete: 'TCO (complete vendors)',
  shareOfMedian: 'Share of the median',
  flagRow: 'Check',
  flag: 'Abnormally low',
  median: 'Median TCO of complete vendors',
  threshold: 'Threshold (Assumptions)',
  limit: 'Abnormally low below',
  none: 'none',
  writtenSection: 'Rank reversal and demand (written by Check)',
  disagreeSection: 'Evaluators disagree',
  disagreeNote:
    'The criteria on which the evaluators’ 0-100 scores lie 40 points or more apart (the Scorecard’s spread rows): discuss them, then record the agreed value with a reason in the consensus override.',
  disagreeRow: 'Criteria in dispute',
  writtenNote:
    'Run Check (CLI `vendor-compare check --write` or the pane) to fill. These are values, not formulas: when an input changes they are marked out of date.',
  checkedOn: 'Checked on',
  checksumThen: 'Inputs checksum at the check',
  checksumNow: 'Inputs checksum now',
  freshness: 'Results',
  upToDate: 'Up to date',
  outOfDate: 'Out of date',
  notChecked: 'Not checked yet',
  winnerThen: 'Winner at the check',
  rankReversalWritten: 'No rank reversal involving the winner',
  demandWritten: 'Winner cheapest or best for demand x0.5 to x2',
  reversalsHeader: 'Removing this vendor flips',
  reversal: '{after} overtakes {before}',
  demandHeader: 'Demand multiplier',
  cheapest: 'Cheapest',
  tcoHeader: 'TCO',
  rankHeader: 'TCO rank',
  breakEvenHeader: 'Break-even multiplier',
  from: 'Cheapest before',
  to: 'Cheapest after',
  moreBreakEvens: 'and {n} more',
  settingsSection: 'Decision check',
  thresholdLabel: 'Abnormally low: below this share of the median TCO',
  thresholdPrompt:
    'A complete vendor whose TCO is below this share (0-100%) of the median TCO of the complete vendors is flagged abnormally low. Default 70%.',
  overviewLabel: 'Decision check: ',
};
