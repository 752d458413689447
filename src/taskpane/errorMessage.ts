import {
  ExcelWriteError,
  FillRefusedError,
  PackRefusedError,
  PacksStaleError,
  PartialTemplateError,
  ProtectionNotRestoredError,
  SheetNotFoundError,
  SheetPasswordError,
  TemplateExistsError,
  TemplateStructureError,
  VendorChangeRefusedError,
  EvaluatorChangeRefusedError,
} from '../adapters/excel/errors';
import { format } from '../core/i18n/format';
import type { UiMessages } from '../core/i18n/ui.en';
import { PackFileReadError } from './hooks/usePacks';

export interface ErrorText {
  title: string;
  body: string;
}

/** What the pane was doing when the error came: decides the message bar's title. */
export type PaneStep =
  | 'check'
  | 'insert'
  | 'fill'
  | 'validate'
  | 'select'
  | 'mark'
  | 'clear'
  | 'watch'
  | 'load'
  | 'vendors'
  | 'evaluators'
  | 'makePacks'
  | 'importPacks'
  | 'decision'
  | 'decisionWrite';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function titleOf(step: Exclude<PaneStep, 'check'>, ui: UiMessages): string {
  if (step === 'vendors') return ui.vendorChange.failedTitle;
  if (step === 'evaluators') return ui.evaluatorChange.failedTitle;
  if (step === 'makePacks') return ui.packs.makeFailedTitle;
  if (step === 'importPacks') return ui.packs.importFailedTitle;
  return step === 'insert' ? ui.result.errorTitle : ui.failed[step];
}

/** The one place where the pane turns a thrown value into words. */
export function describeError(error: unknown, step: PaneStep, ui: UiMessages): ErrorText {
  if (error instanceof TemplateExistsError) return { title: ui.result.existsTitle, body: ui.result.exists };
  if (step === 'check') return { title: ui.result.checkFailedTitle, body: format(ui.result.checkFailed, { message: messageOf(error) }) };
  // Parts of the template may remain, and their vc_ names block every new insert: say how to remove them.
  if (error instanceof SheetPasswordError) return { title: titleOf(step, ui), body: format(ui.result.sheetPassword, { sheet: error.sheetName }) };
  if (error instanceof ProtectionNotRestoredError) {
    return {
      title: titleOf(step, ui),
      body: format(ui.result.protectionNotRestored, { message: error.message, sheets: error.sheetNames.join(ui.listSeparator) }),
    };
  }
  if (error instanceof ExcelWriteError && error.cleanupFailed) return { title: titleOf(step, ui), body: partialTemplate(error, ui) };
  // The adapter's typed errors already say what Excel refused, in words meant for the user.
  // The adapter removed what it had written: say so, the user's first worry.
  if (error instanceof ExcelWriteError && step === 'insert')
    return { title: titleOf(step, ui), body: format(ui.result.unchanged, { message: error.message }) };
  if (error instanceof ExcelWriteError) return { title: titleOf(step, ui), body: error.message };
  if (error instanceof TemplateStructureError && error.command === 'decision') return { title: titleOf(step, ui), body: ui.result.noDecisionSheet };
  if (error instanceof TemplateStructureError)
    return { title: titleOf(step, ui), body: format(ui.result.structure, { names: error.names.join(ui.listSeparator) }) };
  if (error instanceof FillRefusedError) {
    const cells = error.cells.slice(0, 8).join(ui.listSeparator) + (error.cells.length > 8 ? '…' : '');
    return { title: titleOf(step, ui), body: format(ui.result.fillRefused[error.reason], { cells }) };
  }
  if (error instanceof VendorChangeRefusedError) return { title: titleOf(step, ui), body: refusedVendorChange(error, ui) };
  if (error instanceof EvaluatorChangeRefusedError) return { title: titleOf(step, ui), body: refusedEvaluatorChange(error, ui) };
  if (error instanceof PackRefusedError)
    return { title: titleOf(step, ui), body: format(ui.packs.refused[error.reason], { names: error.detail.join(ui.listSeparator) }) };
  if (error instanceof PacksStaleError)
    return {
      title: titleOf(step, ui),
      body: format(ui.packs.stale, { cells: error.cells.slice(0, 8).join(ui.listSeparator) + (error.cells.length > 8 ? '…' : '') }),
    };
  if (error instanceof PackFileReadError)
    return { title: titleOf(step, ui), body: format(ui.packs.readFailed, { file: error.file, message: error.message }) };
  if (error instanceof SheetNotFoundError) return { title: titleOf(step, ui), body: format(ui.result.sheetGone, { sheet: error.sheetName }) };
  return { title: titleOf(step, ui), body: format(ui.result.generic, { message: messageOf(error) }) };
}

function partialTemplate(error: ExcelWriteError, ui: UiMessages): string {
  const sheets = error instanceof PartialTemplateError ? error.sheetNames : [];
  if (sheets.length === 0) return format(ui.result.partialSheetsUnknown, { message: error.message });
  return format(ui.result.partial, { message: error.message, sheets: sheets.join(ui.listSeparator) });
}

function refusedVendorChange(error: VendorChangeRefusedError, ui: UiMessages): string {
  const r = error.refusal;
  return format(ui.vendorChange.refused[r.reason], {
    vendor: 'name' in r ? r.name : '',
    max: 'max' in r ? r.max : '',
    names: 'names' in r ? r.names.join(ui.listSeparator) : '',
    vendors: 'vendors' in r ? r.vendors.join(ui.listSeparator) : '',
  });
}

function refusedEvaluatorChange(error: EvaluatorChangeRefusedError, ui: UiMessages): string {
  const r = error.refusal;
  return format(ui.evaluatorChange.refused[r.reason], {
    evaluator: 'name' in r ? r.name : '',
    max: 'max' in r ? r.max : '',
    names: 'names' in r ? r.names.join(ui.listSeparator) : '',
    evaluators: 'evaluators' in r ? r.evaluators.join(ui.listSeparator) : '',
  });
}
