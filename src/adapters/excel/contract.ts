/**
 * What the task pane needs from the Office.js adapter. The pane's hooks depend on this
 * interface only, so components never touch `Excel` and tests can hand in a fake.
 */
import type { Language } from '../../core/catalogue/text';
import type { TemplateOptions } from '../../core/options';
import type { SheetKey } from '../../core/plan/types';
import type { DecisionReport } from '../../core/decision/types';
import type { Finding } from '../../core/validation/types';
import type { ValidationResult } from '../../core/validation/validate';
import type { EvaluatorChangeRequest } from '../../core/evaluators/planEvaluatorChange';
import type { HeldInput, VendorChangeRequest } from '../../core/vendors/planVendorChange';
import type { FieldChange, PackMerge } from '../../core/packs/planMerge';

export type { FieldChange, PackMerge };

export type { HeldInput, VendorChangeRequest };
export type { EvaluatorChangeRequest };

export interface EvaluatorChangeResult {
  /** False when nothing was written: the removed evaluator's block holds ratings, listed in `held`. */
  applied: boolean;
  /** The evaluator added or removed, as the workbook names it. */
  evaluator: string;
  /** The evaluators once changed (as they are, when not applied); none: the one-evaluator Scorecard. */
  evaluators: string[];
  held: HeldInput[];
  syncs: number;
}

export interface VendorChangeResult {
  /** False when nothing was written: the removed vendor's column holds inputs, listed in `held`. */
  applied: boolean;
  /** The vendor added or removed, as the workbook names it. */
  vendor: string;
  /** The vendors once changed (as they are, when not applied). */
  vendors: string[];
  held: HeldInput[];
  syncs: number;
}

export interface InsertResult {
  /** The sheets created, with their final (possibly suffixed) names, in workbook order. */
  sheets: { key: SheetKey; name: string }[];
  vendorCount: number;
  /** How many context.sync() round trips the insert took. */
  syncs: number;
}

/** A computed cell the user typed a constant into. */
export interface OverwrittenCell {
  vendor: string;
  sheet: string;
  address: string;
}

export interface FillResult {
  /** Vendors whose formulas were rewritten (empty when everything already matched). */
  changedVendors: string[];
  /** Overwritten formula cells. Left alone unless `replaceOverwritten` was set. */
  overwritten: OverwrittenCell[];
  /** False when nothing was written because overwritten cells need the user's consent. */
  applied: boolean;
  /** The workbook was made by the previous version and now has this version's layout. */
  upgraded: boolean;
  syncs: number;
}

export interface WorkbookService {
  /** True when the open workbook already holds a Vendor Compare template. */
  hasTemplate(): Promise<boolean>;
  insertTemplate(options: TemplateOptions): Promise<InsertResult>;
  /** After an insert whose roll-back failed: delete the sheets it was adding and the template's
   * names (PartialTemplateError.sheetNames), nothing of the user's. */
  removeLeftovers(sheetNames: readonly string[]): Promise<void>;
}

/** Formulas, validation and navigation on a workbook that holds a template. */
export interface AnalysisService {
  /**
   * Rewrite every vendor's computed formulas for the model now selected. When overwritten cells
   * exist and `replaceOverwritten` is false, nothing is written and they are listed.
   */
  fillFormulas(replaceOverwritten: boolean): Promise<FillResult>;
  /** Read the workbook (at most 2 syncs) and run every validation rule. */
  validate(language: Language): Promise<ValidationResult>;
  /** Activate the sheet and select the cell of a finding. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Highlight the findings' cells with removable conditional formats (the user's formats stay). */
  markFindings(findings: Finding[]): Promise<void>;
  /** Remove every highlight `markFindings` added, and nothing else. */
  clearMarks(): Promise<void>;
  /** The vendors of the template, in column order (1 sync). */
  listVendors(): Promise<string[]>;
  /**
   * Add or remove a vendor in place (2 syncs). A removal whose column holds inputs writes
   * nothing and lists them unless `removeConfirmed`. VendorChangeRefusedError says why not.
   */
  changeVendors(request: VendorChangeRequest, removeConfirmed: boolean): Promise<VendorChangeResult>;
  /** The Scorecard's evaluators, in block order; none for the one-evaluator Scorecard (1 sync). */
  listEvaluators(): Promise<string[]>;
  /**
   * Add or remove an evaluator in place (2 syncs). A removal whose block holds ratings writes
   * nothing and lists them unless `removeConfirmed`. EvaluatorChangeRefusedError says why not.
   */
  changeEvaluators(request: EvaluatorChangeRequest, removeConfirmed: boolean): Promise<EvaluatorChangeResult>;
}

export interface DecisionCheckResult {
  report: DecisionReport;
  syncs: number;
}

export interface DecisionWriteResult extends DecisionCheckResult {
  /** The date written on the sheet with the results (YYYY-MM-DD). */
  written: string;
}

/** The decision check (issue 11): is the ranking robust? */
export interface DecisionService {
  /** Read the workbook (at most 2 syncs) and run the check with the reference calculator. */
  checkDecision(): Promise<DecisionCheckResult>;
  /** Check the workbook as it is now and write the results on the Decision sheet (at most 2 syncs to read, 2 to write). */
  writeDecision(): Promise<DecisionWriteResult>;
}

/** What the buyer asks for in the pane's Vendor packs section (the CLI's `pack` flags). */
export interface PackSettings {
  /** Vendor names as the master has them; every vendor when empty. */
  vendors: string[];
  /** The pack's language; the master's template language when not given. */
  language?: Language;
  round: number;
  deadline?: string;
  returnTo?: string;
}

export interface MadePack {
  vendor: string;
  /** packFileNames: what the download is called. */
  fileName: string;
  data: Uint8Array;
}

export interface MadePacks {
  masterId: string;
  /** The master had no id: one was added to its custom document properties. */
  idAdded: boolean;
  packs: MadePack[];
  syncs: number;
}

/** A picked file's name and bytes. */
export interface PackFile {
  name: string;
  data: Uint8Array;
}

/** One picked file's outcome: the merge plan, or a file that is no workbook at all. */
export type PackPreview = { file: string; merge: PackMerge } | { file: string; unreadable: true };

export interface ImportPreview {
  packs: PackPreview[];
  /** The master's template language: the Change log's headings. */
  language: Language;
  syncs: number;
}

/** What to write for one pack: its changes and the conflicts the buyer chose to take. */
export interface PackApply {
  file: string;
  vendor: string;
  round: number;
  changes: FieldChange[];
}

export interface ApplyResult {
  /** Cells written (= Change log rows added). */
  written: number;
  /** The Change log sheet's name (none when nothing was written). */
  logSheet: string | null;
  syncs: number;
}

/** Response packs (issue 10), in the pane: the CLI's pack and merge on the open master. */
export interface PacksService {
  /** The master's packs as .xlsx bytes (2 syncs to read, 1 more when the master gets an id). */
  makePacks(settings: PackSettings): Promise<MadePacks>;
  /** Opens the bytes as a new workbook (Excel.createWorkbook, ExcelApi 1.8); throws where the host cannot. */
  openWorkbook(data: Uint8Array): Promise<void>;
  /** Each file checked and planned against the master (2 syncs), nothing written. */
  previewImport(files: PackFile[]): Promise<ImportPreview>;
  /** Writes the changes and their Change log rows (2 syncs for all packs); PacksStaleError when a
   * cell no longer holds the value previewed (then nothing is written). */
  applyImport(packs: PackApply[], language: Language): Promise<ApplyResult>;
}

/** Everything the pane does to the workbook. */
export type PaneService = WorkbookService & AnalysisService & PacksService & DecisionService;
