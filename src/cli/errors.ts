/**
 * The errors the CLI expects. Each carries data, not text: the one catch point (main.ts) turns
 * it into a message in the user's language and an exit code. Anything else is a bug.
 */
import type { RewriteLoss } from '../adapters/xlsx/rewriteLosses';
import type { ImportProblem, JsonSyntaxProblem } from '../core/import';
import type { EvaluatorChangeRefusal } from '../core/evaluators/planEvaluatorChange';
import type { HeldInput, VendorChangeRefusal } from '../core/vendors/planVendorChange';

export { OutputFileError, WorkbookFileError } from '../adapters/xlsx/errors';

/**
 * 0 done; 1 failed, or the workbook has errors; 2 the command line or an input workbook is
 * unusable; 3 a bug in vendor-compare (so a script never mistakes a crash for findings).
 */
export const EXIT = { ok: 0, failure: 1, usage: 2, unreadable: 2, internal: 3 } as const;

export type UsageProblem =
  | { kind: 'noVendors' }
  | { kind: 'bothVendorSources' }
  | { kind: 'outputExtension'; path: string }
  /** --vendor-names with a double quote that is never closed. */
  | { kind: 'unclosedQuote'; text: string }
  | { kind: 'badOptions'; problems: ImportProblem[] };

/** The command line asks for something impossible. */
export class UsageError extends Error {
  constructor(readonly problem: UsageProblem) {
    super(`usage: ${problem.kind}`);
    this.name = 'UsageError';
  }
}

export type InputProblem =
  { kind: 'read'; code: string | undefined } | { kind: 'json'; syntax: JsonSyntaxProblem } | { kind: 'invalid'; problems: ImportProblem[] };

/** An input file (the quotes file) cannot be read or is not a good import file. */
export class InputFileError extends Error {
  constructor(
    readonly path: string,
    readonly problem: InputProblem,
  ) {
    super(`input file ${path}: ${problem.kind}`);
    this.name = 'InputFileError';
  }
}

/**
 * A readable .xlsx that is not a Vendor Compare workbook (no vc_* names), or whose Pricing
 * blocks are missing or moved apart so that formulas cannot be placed.
 */
export class WorkbookContentError extends Error {
  constructor(
    readonly path: string,
    readonly reason: 'notTemplate' | 'pricingStructure' | 'newerVersion' | 'upgradeColumns' | 'upgradeOccupied' | 'sheetPassword',
    /** For 'upgradeOccupied': the cells in the way; for 'sheetPassword': the sheets. */
    readonly cells: readonly string[] = [],
  ) {
    super(`workbook ${path}: ${reason}`);
    this.name = 'WorkbookContentError';
  }
}

/** A cell `fill` would replace although the user typed a constant into it. */
export interface OverwrittenCell {
  vendor: string;
  sheet: string;
  cell: string;
}

/**
 * `fill` stopped before writing anything: constants typed over formulas would be replaced
 * (--force goes ahead), or rewriting the file would lose what ExcelJS cannot keep (--allow-loss
 * goes ahead). `retry` is what the message suggests: the same fill into a new file.
 */
export class FillBlockedError extends Error {
  constructor(
    readonly path: string,
    readonly overwritten: OverwrittenCell[],
    readonly losses: RewriteLoss[],
    /** `command`: the subcommand and its options before the file (default: fill). */
    readonly retry: { output: string; force: boolean; command?: string[] },
  ) {
    super(`fill ${path}: ${overwritten.length} overwritten cells, ${losses.length} things would be lost`);
    this.name = 'FillBlockedError';
  }
}

/** `vendors add|remove` refused: the planner's reason, or the removed vendor's column holds inputs. */
export class VendorChangeError extends Error {
  constructor(
    readonly path: string,
    readonly vendor: string,
    readonly refusal: VendorChangeRefusal | { reason: 'holdsInputs'; held: HeldInput[] },
  ) {
    super(`vendors ${path}: ${refusal.reason}`);
    this.name = 'VendorChangeError';
  }
}

/** `evaluators add|remove` refused: the planner's reason, or the removed evaluator's block holds ratings. */
export class EvaluatorChangeError extends Error {
  constructor(
    readonly path: string,
    readonly evaluator: string,
    readonly refusal: EvaluatorChangeRefusal | { reason: 'holdsInputs'; held: HeldInput[] },
  ) {
    super(`evaluators ${path}: ${refusal.reason}`);
    this.name = 'EvaluatorChangeError';
  }
}

export type PackProblem =
  | { kind: 'unknownVendor'; vendor: string; vendors: string[] }
  | { kind: 'noVendors' }
  | { kind: 'badRound'; text: string }
  | { kind: 'badLanguage'; text: string }
  | { kind: 'notDirectory' }
  /** Question or coverage rows not the template's: values could not be placed row by row. */
  | { kind: 'rowsChanged'; names: string[] }
  /** A master of an earlier layout: its packs could not be merged back. */
  | { kind: 'oldLayout' };

/** `pack` refused before writing anything: the command line asks for what the master cannot give. */
export class PackError extends Error {
  constructor(
    /** The master, or for 'notDirectory' the output folder. */
    readonly path: string,
    readonly problem: PackProblem,
  ) {
    super(`pack ${path}: ${problem.kind}`);
    this.name = 'PackError';
  }
}
