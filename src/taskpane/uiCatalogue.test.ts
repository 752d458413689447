/** The pane's words, checked as text: plural forms in English; one vocabulary and full-width
 * punctuation in Chinese. */
import { messages } from '../core/i18n/messages';
import { uiEn } from '../core/i18n/ui.en';
import { uiZhCN } from '../core/i18n/ui.zh-CN';
import { DECISION_UI } from '../core/i18n/ui.decision';
import { plural } from './uiStrings';

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('English pane strings', () => {
  it('have plural forms instead of "(s)"', () => {
    expect(strings([uiEn, DECISION_UI.en]).filter((s) => /\(s\)/.test(s))).toEqual([]);
  });

  it('pick the form by count', () => {
    expect(plural(uiEn.check.marked, 1)).toMatch(/^Marked 1 cell\./);
    expect(plural(uiEn.check.marked, 2)).toMatch(/^Marked 2 cells\./);
    expect(plural(uiEn.validation.summary, 1)).toBe('Fix 1 problem before inserting.');
    expect(plural(uiEn.result.success, 1, { count: 6, vendors: 1, sheets: 'A' })).toBe('Created 6 sheets for 1 vendor: A.');
  });
});

describe('Chinese pane strings', () => {
  const zh = strings([uiZhCN, DECISION_UI.zh]);

  it('say 检查 for validate, never 验证', () => {
    expect(zh.filter((s) => s.includes('验证'))).toEqual([]);
    expect(uiZhCN.tabs.validate).toBe('检查');
  });

  it('translate the product name', () => {
    expect(zh.filter((s) => s.includes('Vendor Compare'))).toEqual([]);
    expect(uiZhCN.title).toBe('供应商对比');
  });

  it('put no space before a full-width bracket, and no ASCII colon after a placeholder', () => {
    expect(zh.filter((s) => / （/.test(s))).toEqual([]);
    expect(zh.filter((s) => /\}:/.test(s))).toEqual([]);
  });

  it('put no space between Chinese words and a quoted or listed name', () => {
    expect(
      zh.filter((s) =>
        /[\u4e00-\u9fff] \{(name|names|sheet|vendor|sheets|location)\}|\{(name|names|sheet|vendor|sheets|location)\} [\u4e00-\u9fff]/.test(s),
      ),
    ).toEqual([]);
  });

  it('join lists with 、', () => {
    expect(uiZhCN.listSeparator).toBe('、');
  });

  it('name the Pricing sheet by its real name in the Fill intro and button', () => {
    const pricing = messages('zh').template.sheetNames.pricing;
    expect(uiZhCN.fill.intro).toContain(`“${pricing}”`);
    expect(uiZhCN.fill.button).toContain(pricing);
  });
});

describe('both catalogues', () => {
  it('have the same placeholders in every string', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const en = strings([uiEn, DECISION_UI.en]);
    const zh = strings([uiZhCN, DECISION_UI.zh]);
    expect(en).toHaveLength(zh.length);
    en.forEach((s, i) => expect(placeholders(zh[i]!), s).toEqual(placeholders(s)));
  });
});
