/** Runs the CLI validate benchmark alone: npx vite-node bench/cli.validate.bench.ts [count] */
import { benchValidate } from './cli.validate';

benchValidate(Number(process.argv[2]) || 200).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
