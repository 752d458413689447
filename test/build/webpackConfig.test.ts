/** webpack.config.js and the dev server's stop: checked through their functions, nothing is built or served. */
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { vi } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');
const load = createRequire(__filename);
const makeConfig = load(join(ROOT, 'webpack.config.js')) as (env: Record<string, unknown>, argv: { mode: string }) => unknown;
const { stopOnSignals } = load(join(ROOT, 'scripts', 'dev-server-exit.cjs')) as {
  stopOnSignals(server: unknown, proc: unknown, forceAfterMs?: number): void;
};

describe('npm run build without ADDIN_BASE_URL', () => {
  const saved = process.env.ADDIN_BASE_URL;
  afterEach(() => {
    vi.restoreAllMocks();
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  });

  function warningsFor(mode: string, baseUrl: string | undefined, env: Record<string, unknown> = {}): string[] {
    if (baseUrl === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = baseUrl;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    makeConfig(env, { mode });
    return warn.mock.calls.map((call) => String(call[0]));
  }

  it('warns that the manifest points at localhost', () => {
    const [warning, ...more] = warningsFor('production', undefined);
    expect(more).toEqual([]);
    expect(warning).toContain('ADDIN_BASE_URL is not set, so dist/manifest.xml points at https://localhost:3000');
  });

  it('says nothing with ADDIN_BASE_URL or in development', () => {
    expect(warningsFor('production', 'https://addins.example.com/vc')).toEqual([]);
    expect(warningsFor('development', undefined)).toEqual([]);
  });
});

describe('npm start stops on Ctrl+C or SIGTERM', () => {
  function fakes(stop: () => Promise<void>) {
    const proc = Object.assign(new EventEmitter(), { exit: vi.fn() });
    const server = { stop: vi.fn(stop), server: { closeAllConnections: vi.fn() } };
    stopOnSignals(server, proc, 50);
    return { proc, server };
  }

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ])('%s drops open connections, stops the server and exits %i', async (signal, code) => {
    const { proc, server } = fakes(() => Promise.resolve());
    proc.emit(signal);
    await vi.waitFor(() => expect(proc.exit).toHaveBeenCalledWith(code));
    expect(server.server.closeAllConnections).toHaveBeenCalledTimes(1);
    expect(server.stop).toHaveBeenCalledTimes(1);
  });

  it('exits even when stopping hangs, and at once on a second Ctrl+C', async () => {
    const hung = fakes(() => new Promise<void>(() => undefined));
    hung.proc.emit('SIGINT');
    await vi.waitFor(() => expect(hung.proc.exit).toHaveBeenCalledWith(130));
    const twice = fakes(() => new Promise<void>(() => undefined));
    twice.proc.emit('SIGINT');
    twice.proc.emit('SIGINT');
    expect(twice.proc.exit).toHaveBeenCalledWith(130);
    await vi.waitFor(() => expect(twice.server.stop).toHaveBeenCalledTimes(1));
  });
});
