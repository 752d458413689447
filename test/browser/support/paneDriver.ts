/** What a user does in the pane, through Playwright, and reads of the double behind it. */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { ScenarioId } from '../../../src/core/catalogue/scenarios';
import type { Language } from '../../../src/core/catalogue/text';
import type { PaneTab } from '../../../src/taskpane/paneTabs';
import { testIds } from '../../../src/taskpane/testIds';
import type { VcHostApi } from '../host/hostApi';

/** `npm run screenshots` refreshes the README's pictures; `npm test` writes to an ignored folder,
 * so a test run leaves the work tree as it was. */
export const SCREENSHOTS = fileURLToPath(
  new URL(process.env.VC_SCREENSHOTS === 'docs' ? '../../../docs/screenshots/' : '../../../test-output/screenshots/', import.meta.url),
);

export interface TemplateForm {
  vendors: string[];
  term?: number;
  users?: number;
  currency?: string;
  language?: Language;
  scenarios?: ScenarioId[];
}

/** The pane after its opening check: Insert is enabled. */
export async function waitForPane(page: Page): Promise<void> {
  await page.locator(`[data-testid="${testIds.insert}"]:enabled`).waitFor();
}

export async function fillForm(page: Page, form: TemplateForm): Promise<void> {
  for (const [index, name] of form.vendors.entries()) {
    if (index > 0) await page.getByTestId(testIds.vendorAdd).click();
    await page.getByTestId(testIds.vendorInput(index)).fill(name);
  }
  if (form.term !== undefined) await page.getByTestId(testIds.term).fill(String(form.term));
  if (form.users !== undefined) await page.getByTestId(testIds.users).fill(String(form.users));
  if (form.currency) await page.getByTestId(testIds.currency).selectOption(form.currency);
  if (form.language) await page.getByTestId(testIds.language(form.language)).check();
  for (const id of form.scenarios ?? []) await page.getByTestId(testIds.scenario(id)).check();
}

/** Fills the form, inserts, and returns the success message's text. */
export async function insertTemplate(page: Page, form: TemplateForm): Promise<string> {
  await fillForm(page, form);
  await page.getByTestId(testIds.insert).click();
  return (await page.getByTestId(testIds.success).innerText()).trim();
}

export async function showTab(page: Page, tab: PaneTab): Promise<void> {
  await page.getByTestId(testIds.tab(tab)).click();
  await page.getByTestId(testIds.panel(tab)).waitFor();
}

/** Validate tab, Validate button, and the summary it shows. */
export async function validate(page: Page): Promise<void> {
  await showTab(page, 'validate');
  await page.getByTestId(testIds.validate).click();
  await page.getByTestId(testIds.summary).waitFor();
}

/** Runs `read` on window.__vcDouble in the page and returns its result (as JSON). `read` is
 * sent to the page as source: it may use its arguments only, nothing from this module. */
export async function fromDouble<R, A = undefined>(page: Page, read: (api: VcHostApi, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  const api = await page.evaluateHandle(() => {
    if (!window.__vcDouble) throw new Error('The page has no test double (window.__vcDouble)');
    return window.__vcDouble;
  });
  try {
    return await api.evaluate(read as (api: VcHostApi, arg: unknown) => R | Promise<R>, arg as unknown);
  } finally {
    await api.dispose();
  }
}

/**
 * A screenshot of the pane for the README, written to docs/screenshots/<name>.png: the whole
 * page, or (`viewportOnly`) what a pane of the viewport's height shows from the top.
 */
export async function screenshot(page: Page, name: string, { viewportOnly = false } = {}): Promise<string> {
  const path = `${SCREENSHOTS}${name}.png`;
  await mkdir(dirname(path), { recursive: true });
  // No caret, hover or focus ring in the picture.
  await page.mouse.move(0, 0);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path, fullPage: !viewportOnly, animations: 'disabled', caret: 'hide' });
  return path;
}

/** Fails unless fontconfig knows a Chinese font: without one Chromium draws empty boxes. */
export function assertChineseFont(): void {
  const fonts = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim();
  if (!fonts) throw new Error('No Chinese font installed: `apt-get install -y fonts-wqy-microhei`, or the zh screenshots show empty boxes.');
}
