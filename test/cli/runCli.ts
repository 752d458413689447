/** Test helper: runs the CLI in-process in a fresh temporary folder and captures its output. */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { onTestFinished } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { run } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A new folder, removed when the test that made it finishes (so call it inside a test). */
export function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vendor-compare-cli-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** `terminal` pretends stdout / stderr are terminals (colour, progress bar). */
export async function runCli(
  argv: string[],
  cwd: string,
  env: Record<string, string> = { LANG: 'en_US.UTF-8' },
  terminal: Pick<CliIo, 'isTTY' | 'columns'> = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
    env,
    ...terminal,
  }, '9.9.9');
  return { code, stdout, stderr };
}
