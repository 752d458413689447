/** Validation of the open workbook: read it (2 syncs) and run every rule. */
import type { Language } from '../../core/catalogue/text';
import { validate, type ValidationResult } from '../../core/validation/validate';
import type { RequestContextLike } from './excelTypes';
import { readSnapshot } from './readSnapshot';

export async function validateWorkbook(context: RequestContextLike, language: Language): Promise<ValidationResult> {
  return validate(await readSnapshot(context), language);
}
