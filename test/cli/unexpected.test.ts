import { vi } from 'vitest';
import { runCli, tempFolder } from './runCli';

// A bug deep inside (here: the writer throwing a plain Error) must not pass for a user error.
vi.mock('../../src/adapters/xlsx/writeTemplateFile', () => ({
  writeTemplateFile: () => Promise.reject(new TypeError('cannot read properties of undefined')),
}));

it('reports an unexpected error as a bug, with its stack, and exits 3 (not 1: the workbook has errors)', async () => {
  const result = await runCli(['template', '-o', 'a.xlsx', '--vendor-names', 'A'], tempFolder());
  expect(result.code).toBe(3);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^unexpected error \(a bug in vendor-compare, please report it\):\nTypeError: cannot read properties of undefined\n\s+at /);
});
