/**
 * `npm run bench`: prints the numbers the project tracks. No pass/fail here; budgets are shown
 * next to the measurements so a regression is visible.
 */
import { benchBundle } from './bundle';
import { benchCheck } from './check';
import { benchCli } from './cli';
import { benchValidate } from './cli.validate';
import { benchFormulas } from './formulas';
import { benchOffice } from './office';
import { benchMerge } from './merge';

async function main(): Promise<void> {
  await benchOffice();
  await benchFormulas();
  benchCli();
  await benchMerge();
  await benchValidate(200, 3);
  await benchCheck();
  benchBundle();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
