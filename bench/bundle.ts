/** The task pane's production bundle: the JavaScript loaded before the pane is usable. */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, printTable } from './table';

const BUDGET_GZIP = 140 * 1024;

export function benchBundle(): void {
  execFileSync('npx', ['webpack', '--mode', 'production'], { stdio: 'pipe' });
  const html = readFileSync(join('dist', 'taskpane.html'), 'utf8');
  const initial = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]!).filter((src) => !/^https?:/.test(src));
  const rows = initial.map((src) => {
    const data = readFileSync(join('dist', src.replace(/^\//, '')));
    return { src, raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
  });
  const lazy = readdirSync('dist').filter((f) => f.endsWith('.js') && !initial.some((src) => src.endsWith(f)));
  const lazyBytes = lazy.map((f) => gzipSync(readFileSync(join('dist', f)), { level: 9 }).length).reduce((a, b) => a + b, 0);
  const raw = rows.reduce((s, r) => s + r.raw, 0);
  const gzip = rows.reduce((s, r) => s + r.gzip, 0);
  printTable(
    'Task pane bundle (production build)',
    ['what', 'raw', 'gzip', 'budget (gzip)'],
    [
      ...rows.map((r) => [r.src, kb(r.raw), kb(r.gzip), '']),
      ['initial JavaScript, total', kb(raw), kb(gzip), `${kb(BUDGET_GZIP)} ${gzip <= BUDGET_GZIP ? 'within' : 'OVER'}`],
      [`lazy chunks (${lazy.length})`, '', kb(lazyBytes), ''],
    ],
  );
}
