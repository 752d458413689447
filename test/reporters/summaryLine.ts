/**
 * Ends the run with the plain line "N passed, N failed, N skipped" that CI reads, after
 * vitest's own summary.
 */
import type { RunnerTask as Task, RunnerTestFile as File } from 'vitest';
import type { Reporter } from 'vitest/reporters';

function tests(tasks: Task[]): Task[] {
  return tasks.flatMap((t) => (t.type === 'suite' ? tests(t.tasks) : [t]));
}

export default class SummaryLineReporter implements Reporter {
  onFinished(files: File[] = []): void {
    const all = tests(files);
    const passed = all.filter((t) => t.result?.state === 'pass').length;
    const failed = all.filter((t) => t.result?.state === 'fail').length + files.filter((f) => f.result?.state === 'fail' && f.tasks.length === 0).length;
    const skipped = all.filter((t) => t.mode === 'skip' || t.mode === 'todo').length;
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
