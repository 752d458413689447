import { promises as fs } from 'fs';
import { resolve } from 'path';
import { importOptions, parseJsonText, type Settings } from '../core/import';
import type { TemplateOptions } from '../core/options';
import { errorCode } from '../adapters/xlsx/saveFile';
import { InputFileError } from './errors';

/**
 * Reads a quotes file (issue 2, "Import format") into TemplateOptions; `overrides` (the
 * command-line settings) win over the file's. A relative `path` is taken from `cwd`; errors
 * name `path` as the user typed it.
 */
export async function readQuotesFile(path: string, cwd: string, overrides: Partial<Settings>): Promise<TemplateOptions> {
  const text = await fs.readFile(resolve(cwd, path), 'utf8').catch((error: unknown) => {
    throw new InputFileError(path, { kind: 'read', code: errorCode(error) });
  });
  const json = parseJsonText(text);
  if (!json.ok) throw new InputFileError(path, { kind: 'json', syntax: json.error });
  const options = importOptions(json.value, overrides);
  if (!options.ok) throw new InputFileError(path, { kind: 'invalid', problems: options.error });
  return options.value;
}
