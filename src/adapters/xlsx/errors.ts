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
