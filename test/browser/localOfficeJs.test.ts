/**
 * OFFICE_JS=local: the production build serves office.js from its own origin, for tenants
 * without internet access. In plain Chromium (outside Office) the real office.js must load,
 * resolve Office.onReady with host null, and nothing may leave 127.0.0.1.
 */
import type { Browser } from 'playwright-core';
import { uiEn } from '../../src/core/i18n/ui.en';
import { testIds } from '../../src/taskpane/testIds';
import { type PanePage, chromiumMissing, launchChromium, openPanePage } from './support/browser';
import { type BuiltPane, buildPane } from './support/buildPane';
import { type StaticServer, serveStatic } from './support/staticServer';

let browser: Browser;
let built: BuiltPane;
let server: StaticServer;
let pane: PanePage | undefined;

beforeAll(async () => {
  // Without Chromium there is nothing to build for: beforeEach fails every test.
  if (chromiumMissing()) return;
  browser = await launchChromium();
  built = await buildPane('local');
  server = await serveStatic(built.dir);
}, 180_000);

beforeEach(() => {
  const missing = chromiumMissing();
  if (missing) throw missing;
});

afterAll(async () => {
  await pane?.close();
  await browser?.close();
  await server?.close();
  await built?.remove();
});

describe('OFFICE_JS=local', () => {
  it('copies office.js and the Excel scripts into the build, and the page points at them', () => {
    expect(built.files).toContain('office-js/office.js');
    expect(built.files.some((f) => /^office-js\/excel-.*\.js$/.test(f))).toBe(true);
    expect(built.files.some((f) => f.endsWith('.debug.js'))).toBe(false);
  });

  it('loads the local office.js in Chromium: onReady resolves outside Office and nothing leaves 127.0.0.1', async () => {
    // No routing for the CDN: any request to it is a failure.
    pane = await openPanePage(browser, { origin: server.origin, officeJs: { kind: 'none' } });
    const { page } = pane;
    await page.goto(`${server.origin}/taskpane.html`);

    const noHost = page.getByTestId(testIds.noHost);
    await noHost.waitFor();
    expect(await noHost.locator('h1').innerText()).toBe(uiEn.noHost.title);
    const info = await page.evaluate(() => Office.onReady().then((i) => ({ host: i.host, platform: i.platform })));
    expect(info).toEqual({ host: null, platform: null });

    expect(pane.requests).toContain(`${server.origin}/office-js/office.js`);
    expect(server.requested).toContain('/office-js/office.js');
    expect(pane.requests.filter((url) => new URL(url).origin !== server.origin)).toEqual([]);
    expect(pane.problems).toEqual([]);
  });
});
