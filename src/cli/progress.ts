import { Presets, SingleBar } from 'cli-progress';
import type { CliIo } from './io';

export interface Progress {
  tick(file: string): void;
  stop(): void;
}

const SILENT: Progress = { tick: () => undefined, stop: () => undefined };

/**
 * A progress bar on stderr (cli-progress) when `show` is true, else nothing. It draws through
 * io.stderr, so tests see exactly what a terminal would get.
 */
export function progressBar(io: CliIo, total: number, label: string, show: boolean): Progress {
  if (!show) return SILENT;
  const stream = {
    isTTY: true,
    columns: io.columns ?? 80,
    write(text: string): boolean {
      io.stderr(text);
      return true;
    },
  } as unknown as NodeJS.WritableStream;
  const bar = new SingleBar(
    {
      stream,
      format: `${label} {bar} {value}/{total}  {file}`,
      clearOnComplete: true,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return {
    tick: (file) => bar.increment(1, { file }),
    stop: () => bar.stop(),
  };
}
