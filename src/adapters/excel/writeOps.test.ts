import type { Plan } from '../../core/plan/types';
import { FOOTER, PROPERTIES, sheetPlan as sheet } from '../../../test/support/planFixtures';
import { columnWidthPoints } from './styles';
import { buildWriteOps, estimateBytes, splitIntoBatches, type WriteOp } from './writeOps';

const PLAN: Plan = {
  language: 'en',
  properties: PROPERTIES,
  footer: FOOTER,
  sheets: [
    sheet('assumptions', 'Assumptions', {
      blocks: [
        { row: 0, col: 0, cells: [['Term', 3]] },
        { row: 2, col: 0, cells: [['Total', { formula: 'SUM(B1:B2)', result: 3 }]] },
      ],
      formats: [{ range: { row: 0, col: 1, rows: 1, cols: 1 }, style: 'input', numberFormat: '0' }],
      columnWidths: [{ col: 0, width: 20 }],
      freeze: { rows: 1, cols: 0 },
      validations: [
        { range: { row: 0, col: 1, rows: 1, cols: 1 }, kind: 'whole', min: 1, max: 10, prompt: '1 to 10' },
        { range: { row: 1, col: 1, rows: 1, cols: 1 }, kind: 'decimal', min: 0 },
        { range: { row: 3, col: 1, rows: 1, cols: 2 }, kind: 'list', items: ['Yes', 'No'] },
      ],
      conditionalFormats: [{ range: { row: 0, col: 1, rows: 1, cols: 1 }, formula: 'B1>10', style: 'missing' }],
    }),
    sheet('overview', 'Overview', { blocks: [{ row: 0, col: 0, cells: [['=not a formula']] }] }),
  ],
  names: [{ name: 'vc_Term', sheet: 'assumptions', range: { row: 0, col: 1, rows: 1, cols: 1 }, comment: 'Term' }],
};

describe('buildWriteOps', () => {
  const ops = buildWriteOps(PLAN);

  it('orders sheets with their content, then names, then rules, then protection, then the sheet to show', () => {
    expect(ops.map((o) => `${o.kind}:${'sheet' in o ? o.sheet : ''}`)).toEqual([
      'addSheet:Assumptions',
      'cells:Assumptions',
      'cells:Assumptions',
      'format:Assumptions',
      'columnWidth:Assumptions',
      'freeze:Assumptions',
      'addSheet:Overview',
      'cells:Overview',
      'name:Assumptions',
      'validation:Assumptions',
      'validation:Assumptions',
      'validation:Assumptions',
      'conditionalFormat:Assumptions',
      'protect:Assumptions',
      'protect:Overview',
      'activate:Overview',
    ]);
  });

  it('puts the chart after the rules and before protection and the sheet to show', () => {
    const chart = {
      sheet: 'Overview',
      source: { row: 0, col: 1, rows: 1, cols: 1 },
      titleFormula: "='Overview'!$A$1",
      topLeft: 'K1',
      bottomRight: 'R18',
    };
    const withChart = buildWriteOps(PLAN, chart).map((o) => o.kind);
    expect(withChart.slice(-5)).toEqual(['conditionalFormat', 'chart', 'protect', 'protect', 'activate']);
    expect(withChart).toHaveLength(ops.length + 1);
  });

  it('writes a block with a formula through `formulas` in one call, others through `values`', () => {
    const cells = ops.filter((o): o is Extract<WriteOp, { kind: 'cells' }> => o.kind === 'cells');
    expect(cells.map((c) => [c.property, c.data])).toEqual([
      ['values', [['Term', 3]]],
      ['formulas', [['Total', '=SUM(B1:B2)']]],
      ['values', [["'=not a formula"]]],
    ]);
  });

  it('maps validations to Excel rules and prefixes conditional format formulas with =', () => {
    const rules = ops.filter((o) => o.kind === 'validation' || o.kind === 'conditionalFormat');
    expect(rules).toEqual([
      expect.objectContaining({ rule: { wholeNumber: { formula1: 1, formula2: 10, operator: 'Between' } }, prompt: '1 to 10' }),
      expect.objectContaining({ rule: { decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' } } }),
      expect.objectContaining({ rule: { list: { inCellDropDown: true, source: 'Yes,No' } } }),
      expect.objectContaining({ formula: '=B1>10', fill: '#F8D7DA' }),
    ]);
  });

  it('converts widths from characters to points', () => {
    expect(ops.find((o) => o.kind === 'columnWidth')).toMatchObject({ col: 0, points: columnWidthPoints(20) });
    expect(columnWidthPoints(8.43)).toBe(48);
    expect(columnWidthPoints(20)).toBe(108.75);
  });

  it('refuses a list item holding a comma, which an inline list cannot express', () => {
    const bad: Plan = {
      ...PLAN,
      sheets: [sheet('overview', 'O', { validations: [{ range: { row: 0, col: 0, rows: 1, cols: 1 }, kind: 'list', items: ['a,b'] }] })],
      names: [],
    };
    expect(() => buildWriteOps(bad)).toThrow(/comma/);
  });
});

describe('splitIntoBatches', () => {
  const ops = buildWriteOps(PLAN);

  it('keeps everything in one batch when it fits', () => {
    expect(splitIntoBatches(ops, 1_000_000, 2)).toEqual([ops]);
  });

  it('splits into consecutive batches within the budget, never more than allowed', () => {
    const budget = Math.max(...ops.map(estimateBytes)) * 3;
    const two = splitIntoBatches(ops, budget, 2);
    expect(two).toHaveLength(2);
    expect(two.flat()).toEqual(ops);
    expect(two[0]!.reduce((n, o) => n + estimateBytes(o), 0)).toBeLessThanOrEqual(budget);
    expect(splitIntoBatches(ops, 1, 2)).toHaveLength(2);
  });

  it('counts a number format once per cell of its range', () => {
    const small: WriteOp = { kind: 'format', sheet: 'S', rect: { row: 0, col: 0, rows: 1, cols: 1 }, numberFormat: '0.00' };
    const large: WriteOp = { ...small, rect: { row: 0, col: 0, rows: 100, cols: 10 } };
    expect(estimateBytes(large) - estimateBytes(small)).toBeGreaterThanOrEqual(999 * 7);
  });
});
