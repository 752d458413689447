/** A PaneService for pane tests: scripted answers, recorded calls, and a way to hold a call open. */
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
} from '../../adapters/excel/contract';
import type { Language } from '../../core/catalogue/text';
import type { TemplateOptions } from '../../core/options';
import type { Finding } from '../../core/validation/types';
import type { ValidationResult } from '../../core/validation/validate';

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export const SIX_SHEETS: InsertResult['sheets'] = [
  { key: 'overview', name: 'Overview' },
  { key: 'assumptions', name: 'Assumptions' },
  { key: 'pricing', name: 'Pricing' },
  { key: 'coverage', name: 'Coverage' },
  { key: 'questions', name: 'Questions (2)' },
  { key: 'scorecard', name: 'Scorecard' },
];

export type Answer<T> = T | Error | (() => Promise<T>);

function answer<T>(value: Answer<T>): Promise<T> {
  if (typeof value === 'function') return (value as () => Promise<T>)();
  return value instanceof Error ? Promise.reject(value) : Promise.resolve(value);
}

export const NOTHING_TO_FILL: FillResult = { changedVendors: [], overwritten: [], applied: true, upgraded: false, syncs: 1 };

export const EMPTY_RESULT: ValidationResult = {
  complete: true,
  notTemplate: false,
  summary: { vendors: 0, completeVendors: 0, openQuestions: 0, errors: 0, warnings: 0, unchecked: [] },
  findings: [],
  headline: '0 of 0 vendors complete, 0 questions open',
};

export class FakeWorkbookService implements PaneService {
  readonly inserts: TemplateOptions[] = [];
  hasTemplateCalls = 0;
  /** The argument of every fillFormulas call, in order. */
  readonly fills: boolean[] = [];
  readonly validations: Language[] = [];
  readonly selections: { sheet: string; address: string }[] = [];
  readonly marked: Finding[][] = [];
  clearCalls = 0;

  /** Answer to fillFormulas, by its replaceOverwritten argument. */
  fillAnswer: (replaceOverwritten: boolean) => Answer<FillResult> = () => NOTHING_TO_FILL;
  validateAnswer: Answer<ValidationResult> = EMPTY_RESULT;
  selectAnswer: Answer<void> = undefined;
  markAnswer: Answer<void> = undefined;
  clearAnswer: Answer<void> = undefined;
  /** The sheet names of every removeLeftovers call, and its answer. */
  readonly removals: string[][] = [];
  removeAnswer: Answer<void> = undefined;
  vendorsAnswer: Answer<string[]> = ['Aurora', 'Beacon', 'Cirrus'];
  /** Every changeVendors call, and its answer by request and confirmation. */
  readonly vendorChanges: { request: VendorChangeRequest; removeConfirmed: boolean }[] = [];
  changeAnswer: (request: VendorChangeRequest, removeConfirmed: boolean) => Answer<VendorChangeResult> = (request) => ({
    applied: true,
    vendor: request.name,
    vendors: [],
    held: [],
    syncs: 2,
  });
  evaluatorsAnswer: Answer<string[]> = ['Li', 'Wang'];
  /** Every changeEvaluators call, and its answer by request and confirmation. */
  readonly evaluatorChanges: { request: EvaluatorChangeRequest; removeConfirmed: boolean }[] = [];
  evaluatorChangeAnswer: (request: EvaluatorChangeRequest, removeConfirmed: boolean) => Answer<EvaluatorChangeResult> = (request) => ({
    applied: true,
    evaluator: request.name,
    evaluators: [],
    held: [],
    syncs: 2,
  });

  /** Every pack call, in order, and its answer. */
  readonly packRequests: PackSettings[] = [];
  decisionAnswer: Answer<DecisionCheckResult> = new Error('no decision answer scripted');
  decisionWriteAnswer: Answer<DecisionWriteResult> = new Error('no decision write answer scripted');
  decisionChecks = 0;
  decisionWrites = 0;
  packsAnswer: Answer<MadePacks> = { masterId: 'id-1', idAdded: false, packs: [], syncs: 2 };
  /** The size of every workbook opened with openWorkbook, and its answer. */
  readonly opened: number[] = [];
  openAnswer: Answer<void> = undefined;
  readonly previews: PackFile[][] = [];
  previewAnswer: Answer<ImportPreview> = { packs: [], language: 'en', syncs: 2 };
  readonly applies: { packs: PackApply[]; language: Language }[] = [];
  applyAnswer: Answer<ApplyResult> = { written: 0, logSheet: null, syncs: 2 };

  constructor(
    private readonly exists: Answer<boolean> = false,
    private readonly insertAnswer: Answer<InsertResult> = (): Promise<InsertResult> =>
      Promise.resolve({ sheets: SIX_SHEETS, vendorCount: 1, syncs: 2 }),
  ) {}

  hasTemplate(): Promise<boolean> {
    this.hasTemplateCalls++;
    return answer(this.exists);
  }

  insertTemplate(options: TemplateOptions): Promise<InsertResult> {
    this.inserts.push(options);
    return answer(this.insertAnswer);
  }

  removeLeftovers(sheetNames: readonly string[]): Promise<void> {
    this.removals.push([...sheetNames]);
    return answer(this.removeAnswer);
  }

  fillFormulas(replaceOverwritten: boolean): Promise<FillResult> {
    this.fills.push(replaceOverwritten);
    return answer(this.fillAnswer(replaceOverwritten));
  }

  validate(language: Language): Promise<ValidationResult> {
    this.validations.push(language);
    return answer(this.validateAnswer);
  }

  selectCell(sheet: string, address: string): Promise<void> {
    this.selections.push({ sheet, address });
    return answer(this.selectAnswer);
  }

  markFindings(findings: Finding[]): Promise<void> {
    this.marked.push(findings);
    return answer(this.markAnswer);
  }

  clearMarks(): Promise<void> {
    this.clearCalls++;
    return answer(this.clearAnswer);
  }

  listVendors(): Promise<string[]> {
    return answer(this.vendorsAnswer);
  }

  changeVendors(request: VendorChangeRequest, removeConfirmed: boolean): Promise<VendorChangeResult> {
    this.vendorChanges.push({ request, removeConfirmed });
    return answer(this.changeAnswer(request, removeConfirmed));
  }

  listEvaluators(): Promise<string[]> {
    return answer(this.evaluatorsAnswer);
  }

  changeEvaluators(request: EvaluatorChangeRequest, removeConfirmed: boolean): Promise<EvaluatorChangeResult> {
    this.evaluatorChanges.push({ request, removeConfirmed });
    return answer(this.evaluatorChangeAnswer(request, removeConfirmed));
  }

  makePacks(settings: PackSettings): Promise<MadePacks> {
    this.packRequests.push(settings);
    return answer(this.packsAnswer);
  }

  openWorkbook(data: Uint8Array): Promise<void> {
    this.opened.push(data.length);
    return answer(this.openAnswer);
  }

  previewImport(files: PackFile[]): Promise<ImportPreview> {
    this.previews.push(files);
    return answer(this.previewAnswer);
  }

  applyImport(packs: PackApply[], language: Language): Promise<ApplyResult> {
    this.applies.push({ packs, language });
    return answer(this.applyAnswer);
  }

  checkDecision(): Promise<DecisionCheckResult> {
    this.decisionChecks++;
    return answer(this.decisionAnswer);
  }

  writeDecision(): Promise<DecisionWriteResult> {
    this.decisionWrites++;
    return answer(this.decisionWriteAnswer);
  }
}
