import { CommanderError } from 'commander';
import { messages } from '../core/i18n/cliMessages';
import { describeError } from './describeError';
import { EXIT } from './errors';
import { cliLanguage, type CliIo } from './io';
import { createProgram } from './program';

/**
 * Runs the CLI on `argv` (without "node" and the script) and returns the exit code. The one
 * catch point: expected errors become a message on stderr; anything else is a bug, keeps its
 * stack trace and exits 3.
 */
export async function run(argv: readonly string[], io: CliIo, version?: string): Promise<number> {
  const t = messages(cliLanguage(io.env)).cli;
  const exit = { code: EXIT.ok as number };
  try {
    await createProgram({ io, t, exit }, version).parseAsync([...argv], { from: 'user' });
    return exit.code;
  } catch (error) {
    // Commander has already printed its own message (or the help) through io.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    const known = describeError(error, t);
    if (known) {
      io.stderr(`${t.errors.prefix}${known.text}\n`);
      return known.exitCode;
    }
    // A command that kept going past crashes (validate over a folder) hands them all over at once.
    const bugs = error instanceof AggregateError ? error.errors : [error];
    io.stderr(`${t.errors.unexpected}\n${bugs.map(stackOf).join('\n')}\n`);
    return EXIT.internal;
  }
}

function stackOf(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * The reader of our output went away (`vendor-compare validate dir | head`): stop quietly, as
 * Unix tools do, instead of dying with an unhandled EPIPE stack trace.
 */
function exitOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? EXIT.ok);
  });
}

/** Entry point of bin/vendor-compare.js. */
export function main(version?: string): void {
  exitOnClosedPipe(process.stdout);
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
    columns: process.stderr.columns,
  };
  void run(process.argv.slice(2), io, version).then((code) => {
    process.exitCode = code;
  });
}
