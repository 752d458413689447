/**
 * Every formula of every plan, walked through the Excel 2016 rules (test/support/formulas):
 * both languages, every scenario choice, 1/3/50 vendors, every pricing model and none, and
 * the formulas "fill" writes for every model afterwards. Conditional-format, data-validation
 * and defined-name formulas included. The negative cases below prove each rule can fail.
 */
import { MARK_FORMULA } from '../../src/adapters/excel/marks';
import { PRICING_MODELS, type ModelId } from '../../src/core/catalogue/models';
import { SCENARIOS, type ScenarioId } from '../../src/core/catalogue/scenarios';
import type { Language } from '../../src/core/catalogue/text';
import { DEFAULT_OPTIONS } from '../../src/core/options';
import type { Plan } from '../../src/core/plan/types';
import { planTemplate } from '../../src/core/template/planTemplate';
import { checkFormula, type FormulaSite, type Violation } from '../support/formulas/excel2016Rules';
import { fillFormulaSites, planFormulaSites, planSnapshot, workbookShape } from '../support/formulas/planFormulas';

const LANGUAGES: Language[] = ['en', 'zh'];
const SCENARIO_SETS: ScenarioId[][] = [[], ...SCENARIOS.map((s) => [s.id]), SCENARIOS.map((s) => s.id)];
const VENDOR_COUNTS = [1, 3, 50];
const MODELS: (ModelId | null)[] = [null, ...PRICING_MODELS.map((m) => m.id)];

function plan(language: Language, scenarios: ScenarioId[], vendors: number, model: ModelId | null, taken: string[] = []): Plan {
  const list = Array.from({ length: vendors }, (_, i) => ({ name: `Vendor ${i + 1}`, ...(model ? { model } : {}) }));
  return planTemplate({ ...DEFAULT_OPTIONS, language, scenarios, vendors: list }, taken);
}

function walk(p: Plan): { sites: number; violations: Violation[] } {
  const shape = workbookShape(p);
  const snapshot = planSnapshot(p);
  const sites: FormulaSite[] = [...planFormulaSites(p), ...MODELS.flatMap((m) => fillFormulaSites(p, snapshot, m))];
  return { sites: sites.length, violations: sites.flatMap((site) => checkFormula(site, shape)) };
}

const cases = LANGUAGES.flatMap((language) =>
  SCENARIO_SETS.flatMap((scenarios) =>
    VENDOR_COUNTS.flatMap((vendors) => MODELS.map((model) => [language, scenarios.join('+') || 'none', vendors, model ?? 'none'] as const)),
  ),
);

describe('every formula of every plan is one Excel 2016 computes as we do', () => {
  it.each(cases)('%s, scenarios %s, %i vendors, model %s', (language, scenarios, vendors, model) => {
    const p = plan(language, scenarios === 'none' ? [] : (scenarios.split('+') as ScenarioId[]), vendors, model === 'none' ? null : model);
    const { sites, violations } = walk(p);
    expect(sites).toBeGreaterThan(100);
    expect(violations.map((v) => v.message)).toEqual([]);
  });
});

describe('the walk covers the Scorecard of several evaluators (issue 11)', () => {
  it.each([
    ['en', 1, ['Li']],
    ['zh', 3, ['Li', 'Wang', 'Chen']],
    ['en', 50, Array.from({ length: 10 }, (_, i) => `E${i + 1}`)],
  ] as const)('%s, %i vendors, evaluators %j', (language, vendors, evaluators) => {
    const list = Array.from({ length: vendors }, (_, i) => ({ name: `Vendor ${i + 1}` }));
    const p = planTemplate({ ...DEFAULT_OPTIONS, language, vendors: list, evaluators: [...evaluators] });
    expect(p.names.some((n) => n.name === 'vc_EvaluatorInputs')).toBe(true);
    const { sites, violations } = walk(p);
    expect(sites).toBeGreaterThan(100);
    expect(violations.map((v) => v.message)).toEqual([]);
  });
});

describe('the walk also covers sheets whose names need quoting', () => {
  it('walks a plan whose sheet names were taken and got a suffix', () => {
    const p = plan('en', ['S1'], 3, 'tiered', ['Pricing', 'Questions']);
    expect(p.sheets.map((s) => s.name)).toContain('Pricing (2)');
    expect(walk(p).violations.map((v) => v.message)).toEqual([]);
  });
});

describe('formulas the add-in writes outside the plan', () => {
  it('the review-mark conditional format passes too', () => {
    const p = plan('en', [], 1, null);
    const site: FormulaSite = { sheet: 'Pricing', cell: 'D6', kind: 'conditional format', formula: MARK_FORMULA.replace(/^=/, '') };
    expect(checkFormula(site, workbookShape(p)).map((v) => v.message)).toEqual([]);
  });
});

describe('each rule can fail', () => {
  const shape = {
    names: new Map([
      ['VC_PLACEHOLDERS', 12],
      ['VC_TERM', 1],
    ]),
    sheets: new Set(['Questions', '报价', "It's"]),
  };
  const check = (formula: string, kind: FormulaSite['kind'] = 'cell') => checkFormula({ sheet: 'Questions', cell: 'C27', kind, formula }, shape);
  const rules = (formula: string, kind: FormulaSite['kind'] = 'cell') => check(formula, kind).map((v) => v.rule);

  const bad: [string, string, FormulaSite['kind']?][] = [
    ['SUMPRODUCT(--(TRANSPOSE(A1:A3)=B1:B3))', 'transpose-in-array-function'],
    [
      'SUMPRODUCT((LEN(TRIM(C4:C25))>0)*(MMULT(--(TRIM(C4:C25)=TRANSPOSE(vc_Placeholders)),--(vc_Placeholders=vc_Placeholders))=0))',
      'transpose-in-array-function',
    ],
    ['SUMPRODUCT(IF(A1:A3>0,1,0))', 'if-over-range-in-array-function'],
    ['SUMPRODUCT(IFERROR(A1:A3/B1:B3,0))', 'if-over-range-in-array-function'],
    ['SUM(A1:A3*2)', 'range-arithmetic-outside-sumproduct'],
    ['OR(A1:A3="x")', 'range-arithmetic-outside-sumproduct'],
    ['AND(vc_Placeholders<>"")', 'range-arithmetic-outside-sumproduct'],
    ["MAX(-'报价'!$D$6:$F$6)", 'range-arithmetic-outside-sumproduct'],
    ["SUM(LEN('报价'!$D$6:$F$6))", 'range-in-value-argument'],
    ['IF(D4="x",A1:A3,0)', 'range-in-value-argument'],
    ['A1:A3', 'range-result'],
    ['MMULT(A1:B2,A1:B2)', 'range-result'],
    ['XLOOKUP(A1,B1:B3,C1:C3)', 'dynamic-array-function'],
    ['_xlfn.XLOOKUP(A1,B1:B3,C1:C3)', 'dynamic-array-function'],
    ['SUM(FILTER(A1:A3,B1:B3>0))', 'dynamic-array-function'],
    ['SUM(SORT(A1:A3))', 'dynamic-array-function'],
    ['ROWS(UNIQUE(A1:A3))', 'dynamic-array-function'],
    ['LET(x,1,x+1)', 'dynamic-array-function'],
    ['LAMBDA(x,x+1)', 'dynamic-array-function'],
    ['SUM(SEQUENCE(3))', 'dynamic-array-function'],
    ['OFFSET(A1,1,0)', 'volatile-function'],
    ['INDIRECT("A1")', 'volatile-function'],
    ['TODAY()', 'volatile-function'],
    ['NOW()', 'volatile-function'],
    ['RAND()', 'volatile-function'],
    ['RANDBETWEEN(1,6)', 'volatile-function'],
    ['CELL("row",A1)', 'volatile-function'],
    ['INFO("osversion")', 'volatile-function'],
    ['VLOOKUP(A1,B1:C3,2,FALSE)', 'function-not-allowed'],
    [Array.from({ length: 3000 }, () => 'A1').join('+'), 'too-long'],
    [`${'IF(A1,'.repeat(65)}1${',0)'.repeat(65)}`, 'too-deep'],
    [`"${'x'.repeat(256)}"`, 'string-too-long'],
    ['vc_Nope+1', 'unknown-name'],
    ["'Nope'!A1", 'unknown-sheet'],
    ['SUM(A1', 'syntax'],
    ['SUM(A1:A3)', 'name-not-a-reference', 'defined name'],
    ['XLOOKUP(A1,B1:B3,C1:C3)', 'dynamic-array-function', 'conditional format'],
    [`"${'x,'.repeat(130)}"`, 'string-too-long', 'data validation'],
  ];

  it.each(bad)('=%s breaks %s', (formula, rule, kind = 'cell') => {
    const found = check(formula, kind).find((v) => v.rule === rule);
    expect(found, `${rule} not reported: ${JSON.stringify(check(formula, kind).map((v) => v.message))}`).toBeDefined();
    expect(found!.message).toContain(`Questions!C27 (${kind}) breaks ${rule}`);
  });

  const good = [
    'SUMPRODUCT(--(TRIM(C4)=vc_Placeholders))',
    'IF(OR(LEN(TRIM(C4))=0,SUMPRODUCT(--(TRIM(C4)=vc_Placeholders))>0),0,1)',
    'SUMPRODUCT(($A$14:$A$23<=vc_Term)*B14:B23)',
    'SUM(C4:C25)',
    `HYPERLINK("#'报价'!A1","报价")`,
    `'报价'!D4&""`,
    "'It''s'!A1",
    '-2^2%',
    'IF(A1,,0)',
    'SUM({1,2;3,4})',
    `${'IF(A1,'.repeat(64)}1${',0)'.repeat(64)}`,
    `"${'x'.repeat(255)}"`,
  ];

  it.each(good)('=%s passes', (formula) => {
    expect(check(formula).map((v) => v.message)).toEqual([]);
  });

  it('leaves array evaluation to Excel in conditional formats and validation formulas', () => {
    expect(rules('OR(A1:A3="x")', 'conditional format')).toEqual([]);
    expect(rules('OR(A1:A3="x")')).toEqual(['range-arithmetic-outside-sumproduct']);
  });

  it('reports one array construct once, not again at every enclosing function', () => {
    expect(rules('IF(SUM(A1:A3*2)>0,1,0)')).toEqual(['range-arithmetic-outside-sumproduct']);
    expect(rules('SUMPRODUCT(--(TRANSPOSE(A1:A3)=B1:B3))')).toEqual(['function-not-allowed', 'transpose-in-array-function']);
  });
});
