import { CommanderError } from 'commander';
import { messages } from '../core/i18n/messages';
import { describeError } from './describeError';
import { EXIT } from './errors';
import { cliLanguage, type CliIo } from './io';
import { createProgram } from './program';

/**
 * Runs the CLI on `argv` (without "node" and the script) and returns the exit code. The one
 * catch point: expected errors become a message on stderr; anything else is a bug and keeps its
 * stack trace.
 */
export async function run(argv: readonly string[], io: CliIo, version?: string): Promise<number> {
  const t = messages(cliLanguage(io.env)).cli;
  try {
    await createProgram({ io, t }, version).parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    // Commander has already printed its own message (or the help) through io.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    const known = describeError(error, t);
    if (known) {
      io.stderr(`${t.errors.prefix}${known.text}\n`);
      return known.exitCode;
    }
    io.stderr(`${t.errors.unexpected}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.failure;
  }
}

/** Entry point of bin/vendor-compare.js. */
export function main(version?: string): void {
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  };
  void run(process.argv.slice(2), io, version).then((code) => {
    process.exitCode = code;
  });
}
