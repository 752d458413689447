/** Typed errors the Office.js adapter raises; the pane's one message bar turns them into text. */
export class TemplateExistsError extends Error {
  constructor(readonly sheetName: string | null) {
    super(`The workbook already holds a Vendor Compare template${sheetName ? ` (sheet ${sheetName})` : ''}.`);
    this.name = 'TemplateExistsError';
  }
}

/** Excel refused the batch. Operations queued before the failing one may have been applied,
 * so the adapter removes what it created before raising this. `cleanupFailed` is true when
 * that removal failed too (its error is `cleanupError`), so parts of the template may remain. */
export class ExcelWriteError extends Error {
  readonly cleanupFailed: boolean;
  readonly cleanupError: unknown;

  constructor(
    message: string,
    readonly code: string | undefined,
    details: { cause?: unknown; cleanupError?: unknown; cleanupFailed?: boolean } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ExcelWriteError';
    this.cleanupFailed = details.cleanupFailed ?? false;
    this.cleanupError = details.cleanupError;
  }
}
