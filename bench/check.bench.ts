/** Alone: npx vite-node bench/check.bench.ts */
import { benchCheck } from './check';

void benchCheck();
