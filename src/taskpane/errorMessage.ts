import { ExcelWriteError, TemplateExistsError } from '../adapters/excel/errors';
import { format } from '../core/i18n/messages';
import type { UiMessages } from '../core/i18n/ui.en';

export interface ErrorText {
  title: string;
  body: string;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The one place where the pane turns a thrown value into words. */
export function describeError(error: unknown, step: 'check' | 'insert', ui: UiMessages): ErrorText {
  if (error instanceof TemplateExistsError) return { title: ui.result.existsTitle, body: ui.result.exists };
  if (step === 'check') return { title: ui.result.checkFailedTitle, body: format(ui.result.checkFailed, { message: messageOf(error) }) };
  if (error instanceof ExcelWriteError) return { title: ui.result.errorTitle, body: error.message };
  return { title: ui.result.errorTitle, body: format(ui.result.generic, { message: messageOf(error) }) };
}
