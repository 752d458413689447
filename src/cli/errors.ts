/**
 * The errors the CLI expects. Each carries data, not text: the one catch point (main.ts) turns
 * it into a message in the user's language and an exit code. Anything else is a bug.
 */
import type { ImportProblem, JsonSyntaxProblem } from '../core/import';

export { OutputFileError } from '../adapters/xlsx/errors';

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export type UsageProblem =
  | { kind: 'noVendors' }
  | { kind: 'bothVendorSources' }
  | { kind: 'outputExtension'; path: string }
  | { kind: 'badOptions'; problems: ImportProblem[] };

/** The command line asks for something impossible. */
export class UsageError extends Error {
  constructor(readonly problem: UsageProblem) {
    super(`usage: ${problem.kind}`);
    this.name = 'UsageError';
  }
}

export type InputProblem =
  | { kind: 'read'; code: string | undefined }
  | { kind: 'json'; syntax: JsonSyntaxProblem }
  | { kind: 'invalid'; problems: ImportProblem[] };

/** An input file (the quotes file) cannot be read or is not a good import file. */
export class InputFileError extends Error {
  constructor(
    readonly path: string,
    readonly problem: InputProblem,
  ) {
    super(`input file ${path}: ${problem.kind}`);
    this.name = 'InputFileError';
  }
}
