import { Command } from 'commander';
import { COMMANDS } from './commands';
import type { CommandContext } from './commands/context';

/** A fresh program per run: no state survives between runs (tests run many in one process). */
export function createProgram(ctx: CommandContext, version?: string): Command {
  const t = ctx.t.program;
  const program = new Command('vendor-compare')
    .description(t.description)
    .exitOverride()
    .configureOutput({ writeOut: (text) => ctx.io.stdout(text), writeErr: (text) => ctx.io.stderr(text) })
    .showHelpAfterError(t.helpAfterError)
    .helpOption('-h, --help', t.help)
    .helpCommand('help [command]', t.helpCommand);
  if (version) program.version(version, '-V, --version', t.version);
  for (const register of COMMANDS) register(program, ctx);
  return program;
}
