import type ExcelJS from 'exceljs';
import type { ValidationSpec } from '../../core/plan/types';

/** Excel's limit on an inline list ("a,b,c") in a data validation. */
const MAX_INLINE_LIST = 255;

/** A plan validation as an ExcelJS data validation. */
export function toDataValidation(spec: ValidationSpec): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    ...(spec.prompt ? { showInputMessage: true, prompt: spec.prompt } : {}),
    ...(spec.error ? { errorStyle: 'stop', error: spec.error } : {}),
  };
  if (spec.kind === 'list') return { ...common, type: 'list', formulae: [inlineList(spec.items)] };
  return spec.max === undefined
    ? { ...common, type: spec.kind, operator: 'greaterThanOrEqual', formulae: [spec.min] }
    : { ...common, type: spec.kind, operator: 'between', formulae: [spec.min, spec.max] };
}

/** "a,b,c" in quotes. An item with a comma cannot be written inline, and Excel rejects a list
 * over 255 characters: both are plan errors, refused here rather than written as a broken file. */
function inlineList(items: readonly string[]): string {
  const bad = items.find((item) => item.includes(','));
  if (bad !== undefined) throw new Error(`a dropdown item cannot contain a comma: ${JSON.stringify(bad)}`);
  const list = items.join(',');
  if (list.length > MAX_INLINE_LIST) throw new Error(`a dropdown list is over ${MAX_INLINE_LIST} characters: ${list}`);
  return `"${list.replace(/"/g, '""')}"`;
}
