/**
 * Scorecard formulas for one vendor column: C1-C6 normalised to 0-100, weighted quality, price
 * score, overall and rank. A missing input or an incomplete TCO withholds the score (#N/A).
 */
import { PRICE_METHODS, SCORE_INPUTS, TEAM_OPTIONS, YES_NO, type ScoreInputKey } from '../catalogue/criteria';
import type { Language } from '../catalogue/text';
import type { FormulaCell } from '../plan/types';
import { formulaText } from './formulaText';

export interface ScoreRefs {
  language: Language;
  /** 1-based rows of the inputs on Scorecard. */
  inputRows: Record<ScoreInputKey, number>;
  criterionFirstRow: number;
  statusRow: number;
  qualityRow: number;
  priceRow: number;
  overallRow: number;
  rankRow: number;
  overallForRankingRow: number;
  orderRow: number;
  reasonRow: number;
  /** The consensus rows of several evaluators: yes/no and team cells may hold a mean (0-100). */
  numericChoices?: boolean;
  /** First and last vendor column letters on Scorecard. */
  firstCol: string;
  lastCol: string;
  /** The vendor's TCO and status cells on Pricing and the across-vendors "TCO for ranking" row, absolute. */
  tco: (col: string) => string;
  pricingStatus: (col: string) => string;
  /** Pricing's "Complete", and what goes between the missing prices and the missing ratings. */
  pricingComplete: string;
  reasonSeparator: string;
  tcoForRanking: string;
  /** The status row's texts: "Complete", "Missing: ", the separator, and each criterion's name in CRITERIA order. */
  status: { complete: string; missingPrefix: string; separator: string; criteria: readonly string[] };
}

/**
 * "Complete", or "Missing: " and the criteria whose score is not a number (a blank or invalid
 * input): the reason the quality, overall score and rank are withheld. Each missing name is
 * preceded by the separator, which MID then drops once; COUNT keeps it Excel 2016-safe.
 */
function statusFormula(refs: ScoreRefs, col: string): string {
  const { complete, missingPrefix, separator, criteria } = refs.status;
  const first = refs.criterionFirstRow;
  const last = first + criteria.length - 1;
  const names = criteria.map((name, i) => `IF(ISNUMBER(${col}${first + i}),"",${formulaText(separator + name)})`).join('&');
  return (
    `IF(COUNT(${col}${first}:${col}${last})=${criteria.length},${formulaText(complete)},` +
    `${formulaText(missingPrefix)}&MID(${names},${separator.length + 1},${MAX_TEXT}))`
  );
}

/** Longer than any list of criterion names: MID's "to the end". */
const MAX_TEXT = 1000;
/** A "why incomplete" longer than this is cut, with an ellipsis: the full lists stay on Pricing and here. */
const REASON_LENGTH = 80;

/** Nothing for a ranked vendor; else Pricing's missing prices, then the missing ratings, cut to REASON_LENGTH. */
function reasonFormula(refs: ScoreRefs, col: string): string {
  const pricing = refs.pricingStatus(col);
  const quality = `${col}${refs.statusRow}`;
  const pricingOk = `${pricing}=${formulaText(refs.pricingComplete)}`;
  const qualityOk = `${quality}=${formulaText(refs.status.complete)}`;
  const reason = `IF(${pricingOk},"",${pricing})&IF(OR(${pricingOk},${qualityOk}),"",${formulaText(refs.reasonSeparator)})&IF(${qualityOk},"",${quality})`;
  const short = `IF(LEN(${reason})>${REASON_LENGTH},LEFT(${reason},${REASON_LENGTH - 1})&"…",${reason})`;
  return `IF(ISNUMBER(${col}${refs.rankRow}),"",${short})`;
}

/** What the C1-C6 formulas of one column read: the input rows, the vendor columns (the lowest
 * hours across them), and whether yes/no and team cells may hold a consensus number (0-100). */
export type CriterionRefs = Pick<ScoreRefs, 'language' | 'inputRows' | 'firstCol' | 'lastCol' | 'numericChoices'> & {
  /** The best (lowest) hours an input is scored against; default: the lowest across the row. */
  lowestHours?: (key: ScoreInputKey) => string;
};

/**
 * C1-C6 normalised to 0-100 for one column, #N/A where an input is missing. With
 * `numericChoices` a yes/no or team cell may hold a number: the evaluators' mean of the
 * normalised choices (Yes 100 / No 0; in-house 100 / mixed 50 / outsourced 0), used as it is.
 */
export function criterionFormulas(refs: CriterionRefs, col: string): string[] {
  const lang = refs.language;
  const at = (key: ScoreInputKey) => `${col}${refs.inputRows[key]}`;
  const across = (row: number) => `$${refs.firstCol}$${row}:$${refs.lastCol}$${row}`;
  const yes = formulaText(YES_NO.yes[lang]);
  const no = formulaText(YES_NO.no[lang]);
  const rating = (key: ScoreInputKey) => `IF(ISNUMBER(${at(key)}),${at(key)}/5*100,NA())`;
  const lowest = refs.lowestHours ?? ((key: ScoreInputKey) => `MIN(${across(refs.inputRows[key])})`);
  const hours = (key: ScoreInputKey) => `IF(${at(key)}=0,100,${lowest(key)}/${at(key)}*100)`;
  const team = at('team');
  const teamIs = (id: string) => `${team}=${formulaText(TEAM_OPTIONS.find((o) => o.id === id)!.label[lang])}`;
  const teamLabelScore = TEAM_OPTIONS.reduceRight<string>(
    (otherwise, o) => (otherwise ? `IF(${teamIs(o.id)},${o.score},${otherwise})` : String(o.score)),
    '',
  );
  const manager = at('dedicatedManager');
  const coverage = at('coverage247');
  const numeric = refs.numericChoices === true;
  // Today's formulas, letter for letter, when no cell can hold a consensus number.
  const asNumber = (cell: string, otherwise: string) => (numeric ? `IF(ISNUMBER(${cell}),${cell},${otherwise})` : otherwise);
  const given = (cell: string, tests: string[]) => `OR(${[...(numeric ? [`ISNUMBER(${cell})`] : []), ...tests].join(',')})`;
  const teamScore = asNumber(team, teamLabelScore);
  return [
    `IF(AND(ISNUMBER(${at('responseNormal')}),ISNUMBER(${at('responseUrgent')})),(${hours('responseNormal')}+${hours('responseUrgent')})/2,NA())`,
    asNumber(coverage, `IF(${coverage}=${yes},100,IF(${coverage}=${no},0,NA()))`),
    rating('depth'),
    rating('proactiveness'),
    `IF(AND(${given(
      team,
      TEAM_OPTIONS.map((o) => teamIs(o.id)),
    )},${given(manager, [`${manager}=${yes}`, `${manager}=${no}`])},ISNUMBER(${at('experts')})),(${teamScore}+${asNumber(manager, `IF(${manager}=${yes},100,0)`)}+${at('experts')}/5*100)/3,NA())`,
    rating('scenarioFit'),
  ];
}

export function vendorScoreFormulas(refs: ScoreRefs, col: string): Map<number, FormulaCell> {
  const lang = refs.language;
  const across = (row: number) => `$${refs.firstCol}$${row}:$${refs.lastCol}$${row}`;
  const criteria = criterionFormulas(refs, col);
  const cells = new Map<number, FormulaCell>();
  criteria.forEach((formula, i) => cells.set(refs.criterionFirstRow + i, { formula }));
  cells.set(refs.statusRow, { formula: statusFormula(refs, col) });
  const last = refs.criterionFirstRow + criteria.length - 1;
  cells.set(refs.qualityRow, { formula: `SUMPRODUCT(vc_Weights,${col}${refs.criterionFirstRow}:${col}${last})/vc_WeightTotal` });
  const tco = refs.tco(col);
  const r = refs.tcoForRanking;
  const linear = formulaText(PRICE_METHODS.find((m) => m.id === 'linear')!.label[lang]);
  cells.set(refs.priceRow, {
    formula:
      `IF(ISNUMBER(${tco}),IF(vc_PriceMethod=${linear},` +
      `IF(MAX(${r})=MIN(${r}),100,100*(1-(${tco}-MIN(${r}))/(MAX(${r})-MIN(${r})))),` +
      `IF(${tco}=0,100,MIN(${r})/${tco}*100)),NA())`,
  });
  cells.set(refs.overallRow, { formula: `vc_PriceWeight*${col}${refs.priceRow}+(1-vc_PriceWeight)*${col}${refs.qualityRow}` });
  const overall = `${col}${refs.overallRow}`;
  // Rank by counting higher scores: exact, where COUNTIF(">"&x) would compare a rounded text.
  cells.set(refs.rankRow, { formula: `IF(ISNUMBER(${overall}),SUMPRODUCT(--(${across(refs.overallForRankingRow)}>${overall}))+1,NA())` });
  cells.set(refs.overallForRankingRow, { formula: `IFERROR(${overall},-1)` });
  // The vendor's line in the Overview's ranking: vendors scoring higher come first, an equal
  // score keeps column order, incomplete vendors (-1) come last. 1..n, each once, so the
  // Overview finds line k with MATCH(k, ...): a sort Excel 2016 computes without SORT.
  const key = `${col}${refs.overallForRankingRow}`;
  cells.set(refs.orderRow, {
    formula: `SUMPRODUCT(--(${across(refs.overallForRankingRow)}>${key}))+SUMPRODUCT(--($${refs.firstCol}$${refs.overallForRankingRow}:${key}=${key}))`,
  });
  cells.set(refs.reasonRow, { formula: reasonFormula(refs, col) });
  return cells;
}

export function scoreInputRows(firstRow: number): Record<ScoreInputKey, number> {
  return Object.fromEntries(SCORE_INPUTS.map((input, i) => [input.key, firstRow + i])) as Record<ScoreInputKey, number>;
}
