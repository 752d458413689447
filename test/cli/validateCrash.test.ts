import { copyFileSync, mkdirSync } from 'fs';
import { join } from 'path';
import { vi } from 'vitest';
import { WORKED_EXAMPLE } from '../fixtures/workedExample';
import { runCli, tempFolder } from './runCli';
import { answeredOptions, writeWorkbook } from './workbooks';

// A bug met on one file of a folder (here: the snapshot reader throwing a plain Error for b.xlsx).
vi.mock('../../src/adapters/xlsx/packageSnapshot', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/adapters/xlsx/packageSnapshot')>();
  return {
    ...actual,
    readFileSnapshot: (...args: Parameters<typeof actual.readFileSnapshot>) => {
      if (args[0].endsWith('b.xlsx')) throw new TypeError('cannot read properties of undefined');
      return actual.readFileSnapshot(...args);
    },
  };
});

async function folder(): Promise<string> {
  const dir = tempFolder();
  mkdirSync(join(dir, 'quotes'));
  await writeWorkbook(join(dir, 'quotes', 'a.xlsx'), answeredOptions(), { complete: true });
  copyFileSync(join(dir, 'quotes', 'a.xlsx'), join(dir, 'quotes', 'b.xlsx'));
  await writeWorkbook(join(dir, 'quotes', 'c.xlsx'), WORKED_EXAMPLE);
  return dir;
}

const crashed = `${join('quotes', 'b.xlsx')} could not be checked: unexpected error (a bug in vendor-compare, please report it): TypeError: cannot read properties of undefined`;

describe('validate: a bug met on one file of a folder', () => {
  it('still reports every file, then the bug with its stack, and exits 3', async () => {
    const result = await runCli(['validate', 'quotes'], await folder());
    expect(result.code).toBe(3);
    expect(result.stdout).toContain(`${join('quotes', 'a.xlsx')}\n  4 of 4 vendors complete`);
    expect(result.stdout).toContain(`${join('quotes', 'b.xlsx')}\n  ${crashed}\n`);
    expect(result.stdout).toMatch(/quotes.c\.xlsx\n {2}0 of 4 vendors complete/);
    expect(result.stdout).toContain('3 files: 1 complete, 1 with errors, 1 unreadable.');
    expect(result.stderr).toMatch(/^unexpected error \(a bug in vendor-compare, please report it\):\nTypeError: cannot read properties of undefined\n\s+at /);
  });

  it('--json is complete: the crashed file has an entry with its error', async () => {
    const result = await runCli(['validate', 'quotes', '--json'], await folder());
    expect(result.code).toBe(3);
    const { files } = JSON.parse(result.stdout) as { files: { file: string; complete: boolean; error?: string }[] };
    expect(files.map((f) => [f.file, f.complete])).toEqual([
      [join('quotes', 'a.xlsx'), true],
      [join('quotes', 'b.xlsx'), false],
      [join('quotes', 'c.xlsx'), false],
    ]);
    expect(files[1]).toEqual({ file: join('quotes', 'b.xlsx'), complete: false, error: crashed });
  });
});
