/**
 * Headless Chromium for the browser tests (the Debian package, never a downloaded browser) and
 * pages that record every way they could leave 127.0.0.1 or go wrong: requests to another
 * origin, WebSockets, console errors and uncaught exceptions.
 */
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Why the browser tests cannot run here, or null when Chromium is installed. Test files check
 * it in beforeEach, so every test fails with this message (a failing beforeAll would only
 * mark them skipped). */
export function chromiumMissing(): Error | null {
  return existsSync(CHROMIUM)
    ? null
    : new Error(
        `No Chromium at ${CHROMIUM}. The browser tests need the Debian package: ` +
          '`apt-get install -y chromium fonts-wqy-microhei` (never a downloaded browser).',
      );
}

/** Playwright gives each launch a fresh temporary profile (user data dir). */
export async function launchChromium(): Promise<Browser> {
  const missing = chromiumMissing();
  if (missing) throw missing;
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** What answers the page's request for Microsoft's office.js. */
export type OfficeJsAnswer =
  /** The test double's host script (support/hostBundle.ts). */
  | { kind: 'double'; script: string }
  /** An empty script: the page loads as in a plain browser with office.js unavailable. */
  | { kind: 'empty' }
  /** No answer: the page must not ask for the CDN at all (OFFICE_JS=local). */
  | { kind: 'none' };

export interface PanePage {
  page: Page;
  context: BrowserContext;
  /** Everything that went wrong so far: outside requests, console errors, page errors. */
  problems: string[];
  /** Every URL the page requested (the routed office.js included). */
  requests: string[];
  close(): Promise<void>;
}

export interface PanePageOptions {
  /** The static server's origin; the only one the page may reach. */
  origin: string;
  officeJs: OfficeJsAnswer;
  /** CSS pixels; the pane is 350 px wide in Excel on the web by default. */
  width?: number;
}

export async function openPanePage(browser: Browser, options: PanePageOptions): Promise<PanePage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 350, height: 800 },
    locale: 'en-US',
    serviceWorkers: 'block',
  });
  const problems: string[] = [];
  const requests: string[] = [];
  // Every request goes through here: same-origin ones continue, the CDN's office.js is answered
  // without the network, anything else is recorded and aborted.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_CDN && options.officeJs.kind !== 'none') {
      const body = options.officeJs.kind === 'double' ? options.officeJs.script : '';
      await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body });
    } else if (new URL(url).origin === options.origin) {
      await route.continue();
    } else {
      problems.push(`request outside ${options.origin}: ${url}`);
      await route.abort('blockedbyclient');
    }
  });
  const page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('websocket', (socket) => problems.push(`websocket: ${socket.url()}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message}`));
  return { page, context, problems, requests, close: () => context.close() };
}
