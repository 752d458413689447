/**
 * The evaluators' blocks of a Scorecard read through their names (vc_EvaluatorNames,
 * vc_EvaluatorInputs, vc_ScoreOverride, vc_OverrideReason), by position as the template lays
 * them out. Null for the one-evaluator Scorecard, or when the blocks are not the template's shape
 * (validation reports that; the consensus rows' own values are then all there is).
 */
import { CRITERIA, SCORE_INPUTS, type ScoreInputKey } from '../catalogue/criteria';
import type { NamedBlock, Snapshot, SnapshotValue } from '../snapshot/types';
import { displayText, templateLanguage } from '../validation/workbookModel';
import { qualityOf } from './qualityCells';
import type { QualityInputs } from './scores';

export interface EvaluatorInputs {
  names: string[];
  /** Each evaluator's inputs for vendor `index`, in the order of `names`. */
  inputs(index: number): QualityInputs[];
  override(index: number): QualityInputs;
  /** The inputs whose override cell is not blank (a value the formulas cannot read included). */
  overridden(index: number): ScoreInputKey[];
  /** The override reason per criterion (C1-C6 order), trimmed; '' when none. */
  reasons(index: number): string[];
  inputsBlock: NamedBlock;
  overrideBlock: NamedBlock;
  reasonBlock: NamedBlock;
  /** Rows of a block: its header row, then one per Scorecard input. */
  blockRows: number;
}

/** The evaluator blocks are there but not in the template's shape (rows inserted or deleted). */
export function evaluatorBlocksChanged(snapshot: Snapshot): boolean {
  return snapshot.blocks.vc_EvaluatorNames !== undefined && evaluatorInputs(snapshot) === null;
}

export function evaluatorInputs(snapshot: Snapshot): EvaluatorInputs | null {
  const {
    vc_EvaluatorNames: namesBlock,
    vc_EvaluatorInputs: inputsBlock,
    vc_ScoreOverride: overrideBlock,
    vc_OverrideReason: reasonBlock,
  } = snapshot.blocks;
  if (!namesBlock || !inputsBlock || !overrideBlock || !reasonBlock) return null;
  const blockRows = SCORE_INPUTS.length + 1;
  // A blank name is still a block: shown by its number.
  const names = namesBlock.values.map((row, e) => displayText(row[0] ?? null).trim() || `#${e + 1}`);
  const shaped =
    names.length > 0 &&
    inputsBlock.range.rows === names.length * blockRows &&
    overrideBlock.range.rows === SCORE_INPUTS.length &&
    reasonBlock.range.rows === CRITERIA.length;
  if (!shaped) return null;
  const language = templateLanguage(snapshot);
  const column = (block: NamedBlock, firstRow: number, index: number) => (key: string) => {
    const k = SCORE_INPUTS.findIndex((input) => input.key === key);
    return block.values[firstRow + k]?.[index] as SnapshotValue | undefined;
  };
  return {
    names,
    inputs: (index) => names.map((_, e) => qualityOf(language, column(inputsBlock, e * blockRows + 1, index))),
    override: (index) => qualityOf(language, column(overrideBlock, 0, index)),
    overridden: (index) => SCORE_INPUTS.filter((_, k) => displayText(overrideBlock.values[k]?.[index] ?? null).trim() !== '').map((input) => input.key),
    reasons: (index) => CRITERIA.map((_, c) => displayText(reasonBlock.values[c]?.[index] ?? null).trim()),
    inputsBlock,
    overrideBlock,
    reasonBlock,
    blockRows,
  };
}
