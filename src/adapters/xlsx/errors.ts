/** The output file could not be written. `code` is the system error code (ENOENT, EACCES...). */
export class OutputFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: 'exists' | 'isDirectory' | 'write',
    readonly code?: string,
  ) {
    super(`${reason === 'exists' ? 'output file exists' : reason === 'isDirectory' ? 'output path is a folder' : 'cannot write'}: ${path}${code ? ` (${code})` : ''}`);
    this.name = 'OutputFileError';
  }
}

/** Why a user's .xlsx file cannot be read. Data, not text: the CLI words it in the user's language. */
export type WorkbookFileProblem =
  | { kind: 'notFound' }
  | { kind: 'isDirectory' }
  | { kind: 'read'; code: string | undefined }
  | { kind: 'tooLarge'; bytes: number; limit: number }
  /** What the bytes look like instead: nothing, an Excel 97-2003 .xls, another zip, anything else. */
  | { kind: 'notXlsx'; looksLike: 'empty' | 'xls' | 'zip' | 'other' }
  /** Excel's password protection (an encrypted package in a compound file), or an encrypted zip. */
  | { kind: 'encrypted' }
  /** truncated: cut short; damaged: the archive or the workbook inside cannot be read; `entry` names the part. */
  | { kind: 'corrupt'; reason: 'truncated' | 'damaged'; entry?: string }
  /**
   * It would expand beyond a limit: the sizes its directory declares add up to too much (total),
   * one part expands too many times its compressed size (ratio), too many parts (entries), or a
   * part expands beyond the size it declares (mismatch).
   */
  | { kind: 'zipBomb'; reason: 'total' | 'ratio' | 'entries' | 'mismatch'; entry?: string; value: number; limit: number }
  /** A defined name spans far more than a template holds (a whole sheet): reading it would exhaust memory. */
  | { kind: 'nameTooLarge'; name: string; reference: string; rows: number; cols: number };

/** A workbook file the user gave cannot be read. `path` is as the user typed it. */
export class WorkbookFileError extends Error {
  constructor(
    readonly path: string,
    readonly problem: WorkbookFileProblem,
    options?: { cause?: unknown },
  ) {
    super(`cannot read workbook ${path}: ${problem.kind}`, options);
    this.name = 'WorkbookFileError';
  }
}
