/**
 * The production task pane in headless Chromium, as a user meets it: served on 127.0.0.1, with
 * Microsoft's office.js answered by the typed Excel test double (host/officeHost.ts). Every test
 * fails on a request leaving 127.0.0.1, a console error or an uncaught page error.
 */
import type { Browser, Page } from 'playwright-core';
import { PRICING_MODELS } from '../../src/core/catalogue/models';
import { format } from '../../src/core/i18n/messages';
import { uiEn } from '../../src/core/i18n/ui.en';
import { uiZhCN } from '../../src/core/i18n/ui.zh-CN';
import { DEFAULT_OPTIONS } from '../../src/core/options';
import { planTemplate } from '../../src/core/template/planTemplate';
import { testIds } from '../../src/taskpane/testIds';
import { type OfficeJsAnswer, type PanePage, chromiumMissing, launchChromium, openPanePage } from './support/browser';
import { type BuiltPane, buildPane } from './support/buildPane';
import { bundleOfficeHost } from './support/hostBundle';
import { assertChineseFont, fillForm, fromDouble, insertTemplate, screenshot, showTab, validate, waitForPane } from './support/paneDriver';
import { type StaticServer, serveStatic } from './support/staticServer';

const SHEETS_EN = ['Overview', 'Assumptions', 'Pricing', 'Coverage', 'Questions', 'Scorecard', 'Decision'];

let browser: Browser;
let built: BuiltPane;
let server: StaticServer;
let hostScript: string;
let pane: PanePage | undefined;

beforeAll(async () => {
  // Without Chromium there is nothing to build for: beforeEach fails every test.
  if (chromiumMissing()) return;
  browser = await launchChromium();
  [built, hostScript] = await Promise.all([buildPane('cdn'), bundleOfficeHost()]);
  server = await serveStatic(built.dir);
}, 180_000);

beforeEach(() => {
  const missing = chromiumMissing();
  if (missing) throw missing;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await built?.remove();
});

afterEach(async () => {
  const finished = pane;
  pane = undefined;
  if (!finished) return;
  await finished.close();
  expect(finished.problems).toEqual([]);
});

/** Opens taskpane.html with office.js answered as asked; Office reports `displayLanguage`
 * (and a dark theme when `officeTheme` is 'dark'). */
async function open(
  displayLanguage = 'en-US',
  officeJs: OfficeJsAnswer = { kind: 'double', script: hostScript },
  { officeTheme = 'light', workbook = 'plain' }: { officeTheme?: 'light' | 'dark'; workbook?: 'plain' | 'withTemplate' } = {},
): Promise<Page> {
  pane = await openPanePage(browser, { origin: server.origin, officeJs });
  const query = new URLSearchParams({ displayLanguage, officeTheme, workbook });
  await pane.page.goto(`${server.origin}/taskpane.html?${query.toString()}`);
  return pane.page;
}

describe('the page guard', () => {
  it('records a request outside 127.0.0.1 (without letting it out), a console error and an uncaught error', async () => {
    const guarded = await openPanePage(browser, { origin: server.origin, officeJs: { kind: 'empty' } });
    try {
      const outcome = await guarded.page.evaluate(async () => {
        console.error('logged error');
        setTimeout(() => {
          throw new Error('thrown error');
        });
        return fetch('https://example.invalid/data').then(
          () => 'reached',
          () => 'blocked',
        );
      });
      expect(outcome).toBe('blocked');
      await expect.poll(() => guarded.problems.some((p) => p.startsWith('page error'))).toBe(true);
      expect(guarded.problems).toEqual(
        expect.arrayContaining([
          'console error: logged error',
          `request outside ${server.origin}: https://example.invalid/data`,
          expect.stringMatching(/^page error: Error: thrown error/),
        ]),
      );
    } finally {
      await guarded.close();
    }
  });
});

describe('the production build', () => {
  it('loads office.js from Microsoft CDN, which the test answers without the network', async () => {
    const page = await open();
    await waitForPane(page);
    expect(pane?.requests).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(await page.evaluate(() => document.querySelector('script[src*="office.js"]')?.getAttribute('src'))).toBe(
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    );
  });
});

describe('a new user inserts a template', () => {
  it('fills the form, inserts, and the workbook holds the seven sheets, the names and the vendors', async () => {
    const page = await open();
    await waitForPane(page);
    const vendors = ['Aurora', 'Beacon Cloud', 'Cirrus'];
    const message = await insertTemplate(page, { vendors, term: 5, users: 1200, currency: 'EUR', language: 'en', scenarios: ['S1', 'S3'] });

    expect(message).toContain(uiEn.result.successTitle);
    expect(message).toContain(format(uiEn.result.success.other, { count: SHEETS_EN.length, vendors: 3, sheets: SHEETS_EN.join(uiEn.listSeparator) }));
    // Insert is not offered twice: the next steps take the form's place, and the focus.
    expect(await page.getByTestId(testIds.insert).count()).toBe(0);
    expect(await page.getByTestId(testIds.nextSteps).innerText()).toContain('Pricing');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(uiEn.result.nextTitle);

    expect(await fromDouble(page, (api) => api.sheetNames())).toEqual(['Sheet1', ...SHEETS_EN]);
    const names = (await fromDouble(page, (api) => api.definedNames())).map((n) => n.name);
    for (const name of ['vc_Term', 'vc_Users', 'vc_DiscountRate', 'vc_Currency', 'vc_VendorNames', 'vc_Model', 'vc_QuestionIds', 'vc_Answers']) {
      expect(names).toContain(name);
    }
    const header = await fromDouble(page, (api) => ({
      cells: api.nameCells('vc_VendorNames'),
      at: api.definedNames().find((n) => n.name === 'vc_VendorNames')?.formula,
    }));
    expect(header.cells).toEqual([vendors]);
    expect(header.at).toMatch(/^=Pricing!/);
    expect(await fromDouble(page, (api) => [api.nameCells('vc_Term'), api.nameCells('vc_Users'), api.nameCells('vc_Currency')])).toEqual([
      [[5]],
      [[1200]],
      [['EUR']],
    ]);
    // The user's own sheet is untouched.
    expect(await fromDouble(page, (api) => (api.snapshot() as { sheets: { name: string; cells: unknown }[] }).sheets[0])).toMatchObject({
      name: 'Sheet1',
      cells: [
        ['0,0', { kind: 'value', value: 'My notes', quotePrefix: false }],
        ['1,1', { kind: 'value', value: 42, quotePrefix: false }],
      ],
    });
    await screenshot(page, 'en-insert');
  });

  it('an Excel error during the insert shows a readable message and leaves the workbook as it was', async () => {
    const page = await open();
    await waitForPane(page);
    const before = await fromDouble(page, (api) => api.snapshot());
    // The write fails late, on a defined name: sheets were already created and must go again.
    await fromDouble(page, (api) =>
      api.injectFailure({
        op: 'add',
        arg: 'vc_Answers',
        code: 'InvalidArgument',
        message: 'The argument is invalid or missing or has an incorrect format.',
      }),
    );
    await fillForm(page, { vendors: ['Aurora', 'Beacon'] });
    await page.getByTestId(testIds.insert).click();

    const error = page.getByTestId(testIds.error);
    await error.waitFor();
    const text = await error.innerText();
    expect(text).toContain(uiEn.result.errorTitle);
    expect(text).toContain(format(uiEn.result.unchanged, { message: 'The argument is invalid or missing or has an incorrect format.' }));
    expect(text).not.toContain(format(uiEn.result.generic, { message: '' }));
    expect(await page.getByTestId(testIds.success).count()).toBe(0);
    expect(await fromDouble(page, (api) => api.snapshot())).toEqual(before);
    // Not offered again unchanged; once the form changes, the user can try again, and it works.
    expect(await page.getByTestId(testIds.insert).isDisabled()).toBe(true);
    await page.getByTestId(testIds.vendorInput(1)).fill('Beacon Cloud');
    await page.locator(`[data-testid="${testIds.insert}"]:enabled`).click();
    await page.getByTestId(testIds.success).waitFor();
    expect(await fromDouble(page, (api) => api.sheetNames())).toEqual(['Sheet1', ...SHEETS_EN]);
  });
});

describe('a workbook that already holds a template', () => {
  it('says so up front, offers the next steps instead of the form, and leads to them', async () => {
    const page = await open('en-US', { kind: 'double', script: hostScript }, { workbook: 'withTemplate' });
    const exists = page.getByTestId(testIds.exists);
    await exists.waitFor();
    expect(await exists.innerText()).toContain(uiEn.result.exists);
    expect(await page.getByTestId(testIds.insert).count()).toBe(0);
    expect(await page.getByTestId(testIds.nextSteps).isVisible()).toBe(true);
    await page.getByTestId(testIds.goFormulas).click();
    expect(await page.getByTestId(testIds.tab('formulas')).getAttribute('aria-selected')).toBe('true');
    await page.getByTestId(testIds.fill).waitFor();
  });
});

describe('validate and go to a finding', () => {
  it('shows the findings of a new template; clicking one selects its cell in Excel', async () => {
    const page = await open();
    await waitForPane(page);
    await insertTemplate(page, { vendors: ['Aurora', 'Beacon'], language: 'en' });
    await validate(page);

    const counts = await page.getByTestId(testIds.counts).innerText();
    const [, errors, warnings] = /(\d+)\D+(\d+)/.exec(counts) ?? [];
    expect(Number(errors) + Number(warnings)).toBeGreaterThan(0);
    // Many findings: the groups start collapsed. Open the first vendor's.
    const group = page.getByTestId(testIds.findingGroup(0));
    expect(await group.innerText()).toContain('Aurora');
    await group.getByRole('button').first().click();
    const row = group.getByTestId(testIds.findingRow).nth(1).getByRole('button');
    const [, sheet, address] = /\n(.+)!([A-Z]+\d+)$/.exec((await row.innerText()).trim()) ?? [];
    expect(sheet && address).toBeTruthy();
    expect(await fromDouble(page, (api) => api.selection())).not.toEqual({ sheet, address });

    await row.click();
    await expect.poll(() => fromDouble(page, (api) => api.selection())).toEqual({ sheet, address });
    expect(await fromDouble(page, (api) => api.activeSheet())).toBe(sheet);
    await screenshot(page, 'en-validate', { viewportOnly: true });
  });
});

describe('languages', () => {
  it('shows the pane in Chinese when Office is in Chinese, and in English again after a reload in English', async () => {
    const page = await open('zh-CN');
    await waitForPane(page);
    expect(await page.locator('h1').innerText()).toBe(uiZhCN.title);
    expect(await page.getByTestId(testIds.insert).innerText()).toBe(uiZhCN.insert);
    expect(await page.getByTestId(testIds.tab('validate')).innerText()).toBe(uiZhCN.tabs.validate);
    // The template language follows the display language.
    expect(await page.getByTestId(testIds.language('zh')).isChecked()).toBe(true);

    const vendors = ['极光通信', 'Beacon'];
    const message = await insertTemplate(page, { vendors, scenarios: ['S2'] });
    const sheets = planTemplate({ ...DEFAULT_OPTIONS, language: 'zh', vendors: vendors.map((name) => ({ name })) }, ['Sheet1']).sheets.map(
      (s) => s.name,
    );
    expect(message).toContain(format(uiZhCN.result.success.other, { count: sheets.length, vendors: 2, sheets: sheets.join(uiZhCN.listSeparator) }));
    expect(await fromDouble(page, (api) => api.sheetNames())).toEqual(['Sheet1', ...sheets]);
    expect(await fromDouble(page, (api) => api.nameCells('vc_VendorNames'))).toEqual([vendors]);
    assertChineseFont();
    await screenshot(page, 'zh-insert');

    await validate(page);
    expect(await page.getByTestId(testIds.counts).innerText()).toMatch(/^错误/);
    const group = page.getByTestId(testIds.findingGroup(0));
    await group.getByRole('button').first().click();
    // The vendor is named in its group's heading, not again in every row.
    expect(await group.getByRole('heading').innerText()).toContain('极光通信');
    expect(await group.getByTestId(testIds.findingRow).first().innerText()).not.toContain('极光通信');
    await screenshot(page, 'zh-validate', { viewportOnly: true });

    await page.goto(`${server.origin}/taskpane.html?displayLanguage=en-US`);
    await waitForPane(page);
    expect(await page.locator('h1').innerText()).toBe(uiEn.title);
    expect(await page.getByTestId(testIds.insert).innerText()).toBe(uiEn.insert);
    expect(await page.getByTestId(testIds.language('en')).isChecked()).toBe(true);
  });
});

describe('pricing formulas', () => {
  const modelLabel = (id: string) => PRICING_MODELS.find((m) => m.id === id)?.label.en ?? id;

  it('a model picked on Pricing needs no refill: Fill finds every formula in place', async () => {
    const page = await open();
    await waitForPane(page);
    await insertTemplate(page, { vendors: ['Aurora', 'Beacon', 'Cirrus'], language: 'en' });
    const computedBefore = await fromDouble(page, (api) => api.nameCells('vc_Computed'));
    const models = [modelLabel('tiered'), '', modelLabel('subscription')];
    await fromDouble(page, (api, row) => api.typeIntoName('vc_Model', [row]), models);
    await showTab(page, 'formulas');
    await page.getByTestId(testIds.fill).click();
    const result = page.getByTestId(testIds.fillResult);
    await result.waitFor();
    expect((await result.innerText()).replace(/\s+/g, ' ')).toContain(uiEn.fill.unchanged);
    expect(await fromDouble(page, (api) => api.nameCells('vc_Computed'))).toEqual(computedBefore);
  });
});

describe('look: tabs, forced colours, Office theme', () => {
  /** The selected tab's underline (::before) and focus outline (::after), as drawn. */
  async function tabMarks(page: Page, tab: 'insert' | 'formulas') {
    return page.getByTestId(testIds.tab(tab)).evaluate((el) => {
      const before = getComputedStyle(el, '::before');
      const after = getComputedStyle(el, '::after');
      const probe = document.createElement('div');
      probe.style.backgroundColor = 'Highlight';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return {
        underline: before.content !== 'none' && parseFloat(before.height) > 0 ? before.backgroundColor : null,
        // Fluent draws the focus ring as a border on ::after.
        outline: after.content !== 'none' ? after.borderTopStyle : null,
        highlight,
      };
    });
  }

  it('a focused selected tab shows both its focus ring and its underline; forced colours keep the underline', async () => {
    const page = await open();
    await waitForPane(page);
    // Keyboard focus: click Insert, then the arrow key selects and focuses Formulas.
    await page.getByTestId(testIds.tab('insert')).click();
    await page.keyboard.press('ArrowRight');
    const focused = await tabMarks(page, 'formulas');
    expect(focused.underline).not.toBeNull();
    expect(focused.underline).not.toBe('rgba(0, 0, 0, 0)');
    expect(focused.outline).toBe('solid');
    expect((await tabMarks(page, 'insert')).underline).toBeNull();

    await page.emulateMedia({ forcedColors: 'active' });
    const forced = await tabMarks(page, 'formulas');
    expect(forced.underline).toBe(forced.highlight);
    await page.emulateMedia({ forcedColors: 'none' });
  });

  it('follows Office’s dark theme', async () => {
    const page = await open('en-US', { kind: 'double', script: hostScript }, { officeTheme: 'dark' });
    await waitForPane(page);
    const colours = await page.getByTestId(testIds.app).evaluate((el) => {
      const provider = el.closest('.fui-FluentProvider') as HTMLElement;
      return { background: getComputedStyle(provider).backgroundColor, text: getComputedStyle(el).color };
    });
    const channels = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    expect(Math.max(...channels(colours.background))).toBeLessThan(80);
    expect(Math.min(...channels(colours.text))).toBeGreaterThan(180);
    await screenshot(page, 'en-dark');
  });
});

describe('response packs', () => {
  it('makes packs in the browser under the CSP, offers each to download where Excel cannot open it, and reads one back', async () => {
    const page = await open();
    await waitForPane(page);
    await insertTemplate(page, { vendors: ['Aurora', 'Beacon'], language: 'en' });
    await showTab(page, 'packs');
    await page.getByTestId(testIds.makePacks).click();
    // The double's Excel has no createWorkbook: the pack is to download.
    const beacon = page.getByTestId(testIds.madePack(1));
    await page.locator(`[data-testid="${testIds.madePack(1)}"][data-delivery="download"]`).waitFor();
    expect(await beacon.innerText()).toContain(`Beacon.xlsx: ${uiEn.packs.cannotOpen}`);
    const [download] = await Promise.all([page.waitForEvent('download'), beacon.getByRole('link').click()]);
    expect(download.suggestedFilename()).toBe('Beacon.xlsx');
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync((await download.path())!);

    // The pack returned as made: read in the browser (ExcelJS), nothing to change.
    await page.getByTestId(testIds.packFiles).setInputFiles({ name: 'Beacon.xlsx', mimeType: 'application/octet-stream', buffer: bytes });
    const preview = page.getByTestId(testIds.packPreview(0));
    await preview.waitFor();
    expect(await preview.innerText()).toContain(
      `${format(uiEn.packs.who, { file: 'Beacon.xlsx', vendor: 'Beacon', round: 1 })}: ${uiEn.packs.unchanged}`,
    );
  });
});

describe('outside Office', () => {
  it('when office.js does not load, the page says so and what to check', async () => {
    const page = await open('en-US', { kind: 'empty' });
    const noHost = page.getByTestId(testIds.noHost);
    await noHost.waitFor();
    expect(await noHost.locator('h1').innerText()).toBe(uiEn.noLibrary.title);
    expect(await noHost.innerText()).toContain(uiEn.noLibrary.checks[0]);
    expect(await page.getByTestId(testIds.app).count()).toBe(0);
    expect(await page.evaluate(() => 'Office' in window || 'Excel' in window)).toBe(false);
  });
});

describe('what the production build ships', () => {
  it('allows scripts only from its own origin and the office.js host: no inline script, no eval', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const html = readFileSync(join(built.dir, 'taskpane.html'), 'utf8');
    const csp = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(html)?.[1] ?? '';
    const scriptSrc = csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self' https://appsforoffice.microsoft.com https://ajax.aspnetcdn.com");
    expect(csp).not.toContain('unsafe-eval');
    // Every <script> loads a file; none carries code of its own.
    expect([...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].every((m) => /\bsrc=/.test(m[1]!) && m[2]!.trim() === '')).toBe(true);
    // ExcelJS's browser build (the packs' chunk, loaded on first use) carries the setImmediate
    // polyfill, which turns a callback given as text into a function; ExcelJS and JSZip pass
    // functions, and the CSP above (no 'unsafe-eval') would refuse it anyway. That guarded form
    // alone is allowed; any other eval or new Function fails.
    const textCallback = /"function"!=typeof (\w+)&&\(\1=new Function\(""\+\1\)\)/g;
    for (const file of readdirSync(built.dir).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(built.dir, file), 'utf8').replace(textCallback, '');
      expect(code, file).not.toMatch(/\beval\(|new Function\(/);
    }
  });
});
