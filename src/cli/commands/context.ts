import type { Command } from 'commander';
import type { CliMessages } from '../../core/i18n/cli.en';
import type { CliIo } from '../io';

/** What every subcommand gets: the outside world and the messages in the user's language. */
export interface CommandContext {
  io: CliIo;
  t: CliMessages;
  /** A command that finishes but reports failure (e.g. validation errors) sets the exit code here. */
  exit: { code: number };
}

/** A subcommand adds itself to the program; one file per subcommand. */
export type RegisterCommand = (program: Command, ctx: CommandContext) => void;
