/** Typed errors the Office.js adapter raises; the pane's one message bar turns them into text. */
export class TemplateExistsError extends Error {
  constructor(readonly sheetName: string | null) {
    super(`The workbook already holds a Vendor Compare template${sheetName ? ` (sheet ${sheetName})` : ''}.`);
    this.name = 'TemplateExistsError';
  }
}

/** Excel refused the batch; nothing of it was applied (Excel batches are all or nothing per sync). */
export class ExcelWriteError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'ExcelWriteError';
  }
}
