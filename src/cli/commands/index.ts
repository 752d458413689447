import { registerCheck } from './check';
import type { RegisterCommand } from './context';
import { registerEvaluators } from './evaluators';
import { registerFill } from './fill';
import { registerPack } from './pack';
import { registerSummary } from './summary';
import { registerTemplate } from './template';
import { registerValidate } from './validate';
import { registerVendors } from './vendors';
import { registerMerge } from './merge';

/** Every subcommand, in help order. A new one is one file plus one line. */
export const COMMANDS: readonly RegisterCommand[] = [
  registerTemplate,
  registerValidate,
  registerFill,
  registerVendors,
  registerEvaluators,
  registerPack,
  registerMerge,
  registerSummary,
  registerCheck,
];
