/**
 * The production PaneService: each call is one Excel.run against the open workbook, waiting
 * for the user to leave cell-edit mode instead of failing the batch.
 */
import type { TemplateOptions } from '../../core/options';
import type { Finding } from '../../core/validation/types';
import type { ValidationResult } from '../../core/validation/validate';
import type { Language } from '../../core/catalogue/text';
import type {
  ApplyResult,
  DecisionCheckResult,
  DecisionWriteResult,
  FillResult,
  ImportPreview,
  InsertResult,
  MadePacks,
  PackApply,
  PackFile,
  PackSettings,
  PaneService,
  VendorChangeRequest,
  VendorChangeResult,
  EvaluatorChangeRequest,
  EvaluatorChangeResult,
} from './contract';
import { applyImport, makePacks, previewImport } from './packs';
import { openWorkbook } from './openWorkbook';
import { MIN_EXCEL_API, supportsExcelApi } from './requirements';
import { changeEvaluators, listEvaluators } from './changeEvaluators';
import { changeVendors, listVendors } from './changeVendors';
import type { RequestContextLike } from './excelTypes';
import { checkDecision, writeDecision } from './decisionCheck';
import { fillFormulas } from './fillFormulas';
import { insertTemplate } from './insertTemplate';
import { removeLeftovers } from './removeLeftovers';
import { clearMarks, markFindings } from './marks';
import { selectCell } from './selectCell';
import { validateWorkbook } from './validateWorkbook';
import { hasTemplate } from './workbookInfo';

const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

function run<T>(batch: (context: RequestContextLike) => Promise<T>): Promise<T> {
  return Excel.run(RUN_OPTIONS, batch);
}

export class ExcelWorkbookService implements PaneService {
  hasTemplate(): Promise<boolean> {
    return run((context) => hasTemplate(context));
  }

  insertTemplate(options: TemplateOptions): Promise<InsertResult> {
    return run((context) => insertTemplate(context, options));
  }

  removeLeftovers(sheetNames: readonly string[]): Promise<void> {
    return run((context) => removeLeftovers(context, sheetNames));
  }

  fillFormulas(replaceOverwritten: boolean): Promise<FillResult> {
    return run((context) => fillFormulas(context, replaceOverwritten));
  }

  validate(language: Language): Promise<ValidationResult> {
    return run((context) => validateWorkbook(context, language));
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return run((context) => selectCell(context, sheet, address));
  }

  markFindings(findings: Finding[]): Promise<void> {
    return run((context) => markFindings(context, findings));
  }

  clearMarks(): Promise<void> {
    return run((context) => clearMarks(context));
  }

  listVendors(): Promise<string[]> {
    return run((context) => listVendors(context));
  }

  changeVendors(request: VendorChangeRequest, removeConfirmed: boolean): Promise<VendorChangeResult> {
    return run((context) => changeVendors(context, request, removeConfirmed));
  }

  listEvaluators(): Promise<string[]> {
    return run((context) => listEvaluators(context));
  }

  changeEvaluators(request: EvaluatorChangeRequest, removeConfirmed: boolean): Promise<EvaluatorChangeResult> {
    return run((context) => changeEvaluators(context, request, removeConfirmed));
  }

  makePacks(settings: PackSettings): Promise<MadePacks> {
    return run((context) => makePacks(context, settings));
  }

  openWorkbook(data: Uint8Array): Promise<void> {
    return openWorkbook(typeof Excel === 'undefined' ? undefined : Excel, supportsExcelApi(MIN_EXCEL_API), data);
  }

  previewImport(files: PackFile[]): Promise<ImportPreview> {
    return run((context) => previewImport(context, files));
  }

  applyImport(packs: PackApply[], language: Language): Promise<ApplyResult> {
    return run((context) => applyImport(context, packs, language));
  }

  checkDecision(): Promise<DecisionCheckResult> {
    return run((context) => checkDecision(context));
  }

  writeDecision(): Promise<DecisionWriteResult> {
    return run((context) => writeDecision(context));
  }
}

export function createExcelPaneService(): PaneService {
  return new ExcelWorkbookService();
}
