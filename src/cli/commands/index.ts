import type { RegisterCommand } from './context';
import { registerTemplate } from './template';

/** Every subcommand, in help order. A new one (validate, fill, summary) is one file plus one line. */
export const COMMANDS: readonly RegisterCommand[] = [registerTemplate];
