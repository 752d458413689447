import { DEFAULT_OPTIONS } from '../options';
import { planTemplate } from './planTemplate';

describe('every dropdown and number check explains itself in the template’s language', () => {
  it.each(['en', 'zh'] as const)('%s: a prompt and an error message on every rule, within Excel’s limits', (language) => {
    const plan = planTemplate({ ...DEFAULT_OPTIONS, language, scenarios: ['S1'], vendors: [{ name: 'A' }, { name: 'B' }] });
    const rules = plan.sheets.flatMap((s) => s.validations.map((v) => ({ sheet: s.key, ...v })));
    expect(rules.length).toBeGreaterThan(20);
    for (const rule of rules) {
      expect(rule.prompt!.length, JSON.stringify(rule)).toBeGreaterThan(0);
      expect(rule.prompt!.length).toBeLessThanOrEqual(255);
      expect(rule.error!.length).toBeLessThanOrEqual(225);
      if (language === 'zh') expect(rule.prompt).toMatch(/[\u4e00-\u9fff]/);
      else expect(rule.prompt).not.toMatch(/[\u4e00-\u9fff]/);
      // A dropdown's error names what it accepts.
      if (rule.kind === 'list') for (const item of rule.items) expect(rule.error).toContain(item);
    }
  });

  it('says which range a number must be in, a share as a percentage', () => {
    const plan = planTemplate({ ...DEFAULT_OPTIONS, vendors: [{ name: 'A' }] });
    const assumptions = plan.sheets.find((s) => s.key === 'assumptions')!;
    const term = plan.names.find((n) => n.name === 'vc_Term')!.range;
    const discount = plan.names.find((n) => n.name === 'vc_DiscountRate')!.range;
    const at = (row: number) => assumptions.validations.find((v) => v.range.row === row && v.range.col === 1)!;
    expect(at(term.row).prompt).toBe('A whole number from 1 to 10.');
    expect(at(discount.row).prompt).toBe('A percentage from 0% to 100%.');
    expect(at(discount.row).error).toBe('That is not allowed here. A percentage from 0% to 100%.');
  });
});
