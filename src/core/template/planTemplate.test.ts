import { CONTRACT_QUESTIONS } from '../catalogue/questions';
import type { ScenarioId } from '../catalogue/scenarios';
import type { Language } from '../catalogue/text';
import { DEFAULT_OPTIONS, type TemplateOptions, type VendorQuote } from '../options';
import { cellAddress } from '../plan/a1';
import type { CellContent, Plan, SheetPlan } from '../plan/types';
import { loadPlan } from '../../../test/support/hyperformula';
import { isTemplateName, planTemplate } from './planTemplate';

function options(vendors: VendorQuote[] | number, extra: Partial<TemplateOptions> = {}): TemplateOptions {
  const list = typeof vendors === 'number' ? Array.from({ length: vendors }, (_, i) => ({ name: `Vendor ${i + 1}` })) : vendors;
  return { ...DEFAULT_OPTIONS, vendors: list, ...extra };
}

function cellAt(sheet: SheetPlan, row: number, col: number): CellContent | undefined {
  for (const block of sheet.blocks) {
    const r = row - block.row;
    const c = col - block.col;
    if (r >= 0 && c >= 0 && r < block.cells.length && c < (block.cells[0]?.length ?? 0)) return block.cells[r]![c];
  }
  return undefined;
}

function sheet(plan: Plan, key: SheetPlan['key']): SheetPlan {
  const found = plan.sheets.find((s) => s.key === key);
  if (!found) throw new Error(`no ${key}`);
  return found;
}

function named(plan: Plan, name: string) {
  const found = plan.names.find((n) => n.name === name);
  if (!found) throw new Error(`no name ${name}`);
  return found;
}

const REQUIRED_NAMES = [
  'vc_Term',
  'vc_Users',
  'vc_DiscountRate',
  'vc_Currency',
  'vc_VendorNames',
  'vc_Model',
  'vc_QuestionIds',
  'vc_Answers',
  'vc_Completeness',
  'vc_Placeholders',
  'vc_Weights',
  'vc_Coverage',
  'vc_ScoreInputs',
  'vc_PlatformFee',
];

describe('planTemplate layout', () => {
  const cases: [number, Language, ScenarioId[]][] = [
    [1, 'en', []],
    [3, 'en', ['S2']],
    [3, 'zh', []],
    [50, 'zh', ['S1', 'S5']],
    [50, 'en', ['S1', 'S2', 'S3', 'S4', 'S5']],
  ];

  it.each(cases)('%i vendors, %s, scenarios %j', (vendorCount, language, scenarios) => {
    const plan = planTemplate(options(vendorCount, { language, scenarios }));
    const expectedSheets =
      language === 'en'
        ? ['Overview', 'Assumptions', 'Pricing', 'Coverage', 'Questions', 'Scorecard', 'Decision']
        : ['概览', '假设', '报价', '支持范围', '合同问题', '评分卡', '决策检查'];
    expect(plan.sheets.map((s) => s.name)).toEqual(expectedSheets);

    for (const name of REQUIRED_NAMES) expect(plan.names.map((n) => n.name)).toContain(name);
    expect(new Set(plan.names.map((n) => n.name)).size).toBe(plan.names.length);
    expect(plan.names.every((n) => isTemplateName(n.name))).toBe(true);

    expect(named(plan, 'vc_VendorNames').range).toMatchObject({ rows: 1, cols: vendorCount });
    expect(named(plan, 'vc_Model').range).toMatchObject({ rows: 1, cols: vendorCount });
    const questionCount = CONTRACT_QUESTIONS.length + 3 * scenarios.length;
    expect(named(plan, 'vc_Answers').range).toMatchObject({ rows: questionCount, cols: vendorCount });
    expect(named(plan, 'vc_QuestionIds').range).toMatchObject({ rows: questionCount, cols: 1 });
    expect(named(plan, 'vc_Completeness').range).toMatchObject({ rows: 1, cols: vendorCount });

    const questions = sheet(plan, 'questions');
    const idRange = named(plan, 'vc_QuestionIds').range;
    const ids = Array.from({ length: idRange.rows }, (_, i) => cellAt(questions, idRange.row + i, idRange.col));
    const scenarioIds = scenarios.flatMap((s) => [`${s}-1`, `${s}-2`, `${s}-3`]);
    expect(ids).toEqual([...CONTRACT_QUESTIONS.map((q) => q.id), ...scenarioIds]);

    for (const s of plan.sheets) {
      // No cell is written twice, and every rule covers at least one cell.
      const seen = new Set<string>();
      for (const block of s.blocks) {
        block.cells.forEach((cells, r) =>
          cells.forEach((_, c) => {
            const key = cellAddress(block.row + r, block.col + c);
            expect(seen.has(key), `${s.name}!${key} written twice`).toBe(false);
            seen.add(key);
          }),
        );
      }
      for (const rule of [...s.validations, ...s.conditionalFormats, ...s.formats]) {
        expect(rule.range.rows * rule.range.cols).toBeGreaterThan(0);
      }
    }
  });
});

describe('planTemplate content', () => {
  it('never overwrites an existing sheet: taken names get a suffix, case-insensitively', () => {
    const plan = planTemplate(options(2), ['pricing', 'Pricing (2)', 'Overview']);
    expect(plan.sheets.map((s) => s.name)).toEqual([
      'Overview (2)',
      'Assumptions',
      'Pricing (3)',
      'Coverage',
      'Questions',
      'Scorecard',
      'Decision',
    ]);
    const links = sheet(plan, 'overview').blocks.flatMap((b) => b.cells.flat()).filter((c) => typeof c === 'object' && c !== null);
    expect(links.map((l) => (l as { formula: string }).formula).join(' ')).toContain("#'Pricing (3)'!A1");
  });

  it('keeps vendor names that look like formulas as text', () => {
    const evil = '=HYPERLINK("http://evil.example","click")';
    const plan = planTemplate(options([{ name: evil }, { name: '+1' }]));
    const pricing = sheet(plan, 'pricing');
    const header = named(plan, 'vc_VendorNames').range;
    expect(cellAt(pricing, header.row, header.col)).toBe(evil);
    expect(cellAt(pricing, header.row, header.col + 1)).toBe('+1');
  });

  it('fills the quoted prices and the model, tier and billing labels in the chosen language', () => {
    const plan = planTemplate(
      options(
        [
          { name: 'Aurora', model: 'tiered', platformFee: 100000, tier: 'enterprise', tiers: { enterprise: { fee: 20000, hours: 80 } } },
          { name: 'Beacon', model: 'subscription', subscriptionFee: 3000, billing: 'monthly' },
        ],
        { language: 'zh' },
      ),
    );
    const wb = loadPlan(plan);
    expect(wb.named('vc_Model')).toEqual([['分层服务型', '订阅增值型']]);
    expect(wb.named('vc_PlatformFee')).toEqual([[100000, null]]);
    expect(wb.named('vc_Tier')).toEqual([['企业版', null]]);
    expect(wb.named('vc_EnterpriseFee')).toEqual([[20000, null]]);
    expect(wb.named('vc_EnterpriseHours')).toEqual([[80, null]]);
    expect(wb.named('vc_Billing')).toEqual([[null, '按月']]);
    expect(wb.named('vc_SubscriptionFee')).toEqual([[null, 3000]]);
  });

  it('writes the demand table from the options and pads later years with the default profile', () => {
    const demand = [{ devHours: 300, opsHours: 10, incidents: 2, onsiteDays: 0 }];
    const wb = loadPlan(planTemplate(options(1, { termYears: 2, demand })));
    expect(wb.named('vc_DevHours').slice(0, 2)).toEqual([[300], [20]]);
    expect(wb.named('vc_DevHours')).toHaveLength(10);
    expect(wb.named('vc_Term')).toEqual([[2]]);
  });
});

describe('planTemplate formulas (HyperFormula)', () => {
  it('counts real answers live, treating blanks and placeholders as unanswered', () => {
    const plan = planTemplate(options(3, { scenarios: ['S2'] }));
    const wb = loadPlan(plan);
    expect(wb.named('vc_Answered')).toEqual([[0, 0, 0]]);
    const answers = named(plan, 'vc_Answers').range;
    const at = (q: number, v: number) => cellAddress(answers.row + q, answers.col + v);
    const questions = plan.sheets.find((s) => s.key === 'questions')!.name;
    wb.set(questions, at(0, 0), '2 hours on working days');
    wb.set(questions, at(1, 0), ' tbd ');
    wb.set(questions, at(2, 0), '   ');
    wb.set(questions, at(3, 0), '待定');
    wb.set(questions, at(4, 0), 42);
    wb.set(questions, at(9, 0), 'Dedicated SRE team');
    wb.set(questions, at(0, 1), '?');
    wb.set(questions, at(0, 2), 'Yes');
    wb.set(questions, at(1, 2), 'x'.repeat(300));
    wb.set(questions, at(2, 2), '*');
    expect(wb.named('vc_Answered')).toEqual([[3, 0, 3]]);
    const completeness = wb.named('vc_Completeness')[0]!;
    expect(completeness[0]).toBeCloseTo(3 / 10, 12);
    expect(completeness[2]).toBeCloseTo(3 / 10, 12);
    expect(wb.named('vc_WeightTotal')).toEqual([[1]]);
  });

  it('every cached result in the plan is what the formula computes', () => {
    const plan = planTemplate(
      options([
        { name: 'Aurora', answers: { Q1: '2h', Q2: 'TBD', Q3: 'yes' } },
        { name: '=1+1' },
      ], { language: 'zh', scenarios: ['S3'] }),
    );
    const wb = loadPlan(plan);
    let checked = 0;
    for (const s of plan.sheets) {
      for (const block of s.blocks) {
        block.cells.forEach((cells, r) =>
          cells.forEach((cell, c) => {
            if (cell === null || typeof cell !== 'object' || cell.result === undefined) return;
            const actual = wb.value(s.name, cellAddress(block.row + r, block.col + c));
            if (typeof cell.result === 'number') expect(actual).toBeCloseTo(cell.result, 12);
            else expect(actual).toBe(cell.result);
            checked++;
          }),
        );
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
