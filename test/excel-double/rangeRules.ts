/** Data validation of the double, stored for tests to assert. */
import type { DataValidationLike } from '../../src/adapters/excel/excelTypes';
import { invalidArgument, propertyNotLoaded } from './errors';
import { assertAllowed } from './protection';
import type { RangeProxy } from './range';
import { subtractRect } from '../../src/core/plan/subtractRect';
import { intersects, type ValidationState } from './state';

const RULE_KINDS = ['custom', 'date', 'decimal', 'list', 'textLength', 'time', 'wholeNumber'];
const OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'];
/** Excel's limits: an inline list of 255 characters, a prompt of 255, a prompt title of 32. */
const MAX_LIST_SOURCE = 255;
const MAX_PROMPT = 255;
const MAX_PROMPT_TITLE = 32;

/** Office.js serialises what is set at the moment it is set; so does the double. */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export class DataValidationProxy implements DataValidationLike {
  constructor(private readonly range: RangeProxy) {}

  get rule(): Excel.DataValidationRule {
    throw propertyNotLoaded('DataValidation', 'rule');
  }

  /** Replaces the validation of exactly this range; other ranges keep theirs. */
  set rule(rule: Excel.DataValidationRule) {
    const sent = copy(rule);
    this.range.onTarget('dataValidation.rule', [sent], (t) => {
      assertAllowed(t.sheet, 'rules', 'DataValidation.rule');
      checkRule(sent);
      const existing = findValidation(t.sheet.validations, t.rect);
      if (existing) existing.rule = sent;
      else t.sheet.validations.push({ rect: t.rect, rule: sent });
    });
  }

  get prompt(): Excel.DataValidationPrompt {
    throw propertyNotLoaded('DataValidation', 'prompt');
  }

  set prompt(prompt: Excel.DataValidationPrompt) {
    const sent = copy(prompt);
    this.range.onTarget('dataValidation.prompt', [sent], (t) => {
      assertAllowed(t.sheet, 'rules', 'DataValidation.prompt');
      if ((sent.message ?? '').length > MAX_PROMPT || (sent.title ?? '').length > MAX_PROMPT_TITLE) {
        throw invalidArgument('The input message or its title is too long.', 'DataValidation.prompt');
      }
      const existing = findValidation(t.sheet.validations, t.rect);
      if (existing) existing.prompt = sent;
      else t.sheet.validations.push({ rect: t.rect, prompt: sent });
    });
  }

  /** DataValidation.clear() (ExcelApi 1.8): no validation left on the range's cells; a validation
   * reaching outside the range keeps those cells, as Excel's Data Validation > Clear All on a
   * selection does. https://learn.microsoft.com/javascript/api/excel/excel.datavalidation#excel-excel-datavalidation-clear-member(1) */
  clear(): void {
    this.range.onTarget('dataValidation.clear', [], (t) => {
      assertAllowed(t.sheet, 'rules', 'DataValidation.clear');
      t.sheet.validations = t.sheet.validations.flatMap((v) =>
        intersects(v.rect, t.rect) ? subtractRect(v.rect, t.rect).map((rect) => ({ ...v, rect })) : [v],
      );
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    throw propertyNotLoaded('DataValidation', 'errorAlert');
  }

  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    setErrorAlert(this.range, alert);
  }
}

/** DataValidation.errorAlert (ExcelApi 1.8): the message when a typed value breaks the rule.
 * https://learn.microsoft.com/javascript/api/excel/excel.datavalidation#excel-excel-datavalidation-erroralert-member
 * Excel caps the message at 225 characters and the title at 32. */
const MAX_ERROR = 225;

function setErrorAlert(range: RangeProxy, alert: Excel.DataValidationErrorAlert): void {
  const sent = copy(alert);
  range.onTarget('dataValidation.errorAlert', [sent], (t) => {
    assertAllowed(t.sheet, 'rules', 'DataValidation.errorAlert');
    if ((sent.message ?? '').length > MAX_ERROR || (sent.title ?? '').length > MAX_PROMPT_TITLE) {
      throw invalidArgument('The error message or its title is too long.', 'DataValidation.errorAlert');
    }
    if (sent.style !== undefined && !['Stop', 'Warning', 'Information'].includes(sent.style)) {
      throw invalidArgument(`'${String(sent.style)}' is not an error alert style.`, 'DataValidation.errorAlert');
    }
    const existing = findValidation(t.sheet.validations, t.rect);
    if (existing) existing.errorAlert = sent;
    else t.sheet.validations.push({ rect: t.rect, errorAlert: sent });
  });
}

function findValidation(list: ValidationState[], rect: ValidationState['rect']): ValidationState | undefined {
  return list.find((v) => v.rect.row === rect.row && v.rect.col === rect.col && v.rect.rows === rect.rows && v.rect.cols === rect.cols);
}

function checkRule(rule: Excel.DataValidationRule): void {
  const bad = (why: string) => invalidArgument(why, 'DataValidation.rule');
  const kinds = Object.entries(rule).filter(([, v]) => v !== undefined && v !== null);
  if (kinds.length !== 1 || !RULE_KINDS.includes(kinds[0]![0])) throw bad('A data validation rule needs exactly one type.');
  const { list, decimal, wholeNumber, textLength, custom } = rule;
  if (list) {
    if (typeof list.inCellDropDown !== 'boolean') throw bad('inCellDropDown must be a boolean.');
    if (typeof list.source !== 'string' || list.source === '') throw bad('A list needs a source.');
    if (!list.source.startsWith('=') && list.source.length > MAX_LIST_SOURCE) {
      throw bad(`An inline list may hold at most ${MAX_LIST_SOURCE} characters.`);
    }
  }
  const basic = decimal ?? wholeNumber ?? textLength;
  if (basic) {
    if (!OPERATORS.includes(basic.operator)) throw bad(`'${basic.operator}' is not an operator.`);
    if (basic.formula1 === undefined || basic.formula1 === '') throw bad('formula1 is required.');
    const needsTwo = basic.operator === 'Between' || basic.operator === 'NotBetween';
    if (needsTwo && (basic.formula2 === undefined || basic.formula2 === '')) throw bad('formula2 is required.');
  }
  if (custom && (typeof custom.formula !== 'string' || custom.formula === '')) throw bad('A custom rule needs a formula.');
}
