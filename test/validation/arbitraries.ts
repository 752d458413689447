/**
 * fast-check generators shared by the validation fuzz tests: template options, cell contents a
 * user (or a bad import) may leave in a workbook, and real answers.
 */
import fc from 'fast-check';
import { MODEL_IDS } from '../../src/core/catalogue/models';
import { DEFAULT_PLACEHOLDERS } from '../../src/core/catalogue/questions';
import { SCENARIO_IDS } from '../../src/core/catalogue/scenarios';
import { DEFAULT_OPTIONS, type TemplateOptions } from '../../src/core/options';
import type { NamedBlock, Snapshot, SnapshotValue } from '../../src/core/snapshot/types';
import { planTemplate } from '../../src/core/template/planTemplate';
import { WORKED_EXAMPLE } from '../fixtures/workedExample';

const vendorName = fc.oneof(
  fc.constantFrom('Aurora', 'Beacon RTC', '云信', "O'Brien & Co", '=HYPERLINK("x")', 'A'.repeat(100)),
  fc.string({ minLength: 1, maxLength: 30 }),
);

/** Options for planTemplate: 1-5 vendors with distinct names, any scenarios, either language. */
export const templateOptions: fc.Arbitrary<TemplateOptions> = fc
  .record({
    language: fc.constantFrom('en' as const, 'zh' as const),
    termYears: fc.integer({ min: 1, max: 10 }),
    scenarios: fc.subarray([...SCENARIO_IDS]),
    vendors: fc.uniqueArray(
      fc.record({ name: vendorName.filter((n) => n.trim() !== ''), model: fc.option(fc.constantFrom(...MODEL_IDS), { nil: undefined }) }),
      { minLength: 1, maxLength: 5, selector: (v) => v.name.trim().toLocaleLowerCase() },
    ),
  })
  .map((o) => ({ ...DEFAULT_OPTIONS, ...o }));

/** Labels, placeholders and prices the rules read, so random edits hit the interesting cases. */
const meaningful = fc.constantFrom(
  ...DEFAULT_PLACEHOLDERS,
  ' ｔｂｄ ',
  'Unknown',
  '未知',
  'Included',
  '包含',
  'All-inclusive',
  '分层服务型',
  'Pay-as-you-go',
  'Basic',
  '旗舰版',
  'Monthly',
  '1,000',
  '¥1000',
  '5%',
  '2h',
  '尽快',
  'Q1',
  'Q3',
  'S2-1',
);

/** Text that HyperFormula would read as a formula or a number stays text behind an apostrophe. */
const text = fc.string({ maxLength: 40 }).map((s) => (/^[=+\-'@#]/.test(s) ? `'${s}` : s));

/** Any content of a cell: text, numbers, booleans, blanks, error values and formulas (some broken). */
export const cellContent: fc.Arbitrary<string | number | boolean | null> = fc.oneof(
  text,
  meaningful,
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
  fc.integer({ min: -5, max: 200 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('#N/A', '#REF!', '#DIV/0!', '=NA()', '=1/0', '=""', '=#REF!', '=(', '=vc_Term', '=A1', '=SUM(A1:A3)'),
);

/** An answer a vendor might really give: text (not starting like a formula), a number, a date serial, a boolean. */
export const realAnswer: fc.Arbitrary<string | number | boolean> = fc.oneof(
  fc.constantFrom('2h', 'Within 30 minutes', '7x24', '尽快', 'We have a hotline', 'TBD by Friday', '0', 'Yes', '待定中'),
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.integer({ min: -100, max: 50000 }),
  fc.boolean(),
);

const snapshotValue: fc.Arbitrary<SnapshotValue> = fc.oneof(
  cellContent.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)),
  fc.constantFrom('#N/A', '#REF!', '#VALUE!').map((error) => ({ error })),
);

const NAMES = planTemplate(WORKED_EXAMPLE).names.map((n) => n.name);

/** A block of any name, anywhere, with values that may be ragged (fewer cells than its range). */
const anyBlock: fc.Arbitrary<NamedBlock> = fc
  .record({
    name: fc.constantFrom(...NAMES),
    sheet: fc.constantFrom('Pricing', 'Questions', 'Assumptions', '问题'),
    row: fc.integer({ min: 0, max: 70 }),
    col: fc.integer({ min: 0, max: 10 }),
    values: fc.array(fc.array(snapshotValue, { maxLength: 6 }), { maxLength: 12 }),
    formula: fc.option(fc.constantFrom('=1', '=NA()', '=IF(D27<>"",NA(),D6)', '=(', ''), { nil: null }),
    above: fc.option(fc.array(snapshotValue, { maxLength: 6 }), { nil: null }),
    rows: fc.integer({ min: 1, max: 45 }),
    cols: fc.integer({ min: 1, max: 6 }),
  })
  .map((b) => ({
    name: b.name,
    sheet: b.sheet,
    range: { row: b.row, col: b.col, rows: b.rows, cols: b.cols },
    values: b.values,
    formulas: b.values.map((r) => r.map(() => b.formula)),
    above: b.above,
  }));

/** Snapshots no well-behaved adapter would produce: random blocks, some names broken. */
export const anySnapshot: fc.Arbitrary<Snapshot> = fc
  .record({
    blocks: fc.array(anyBlock, { maxLength: 40 }),
    broken: fc.array(fc.record({ name: fc.constantFrom(...NAMES), reference: fc.constantFrom('=#REF!', "='Gone'!$A$1", '') }), { maxLength: 3 }),
  })
  .map(({ blocks, broken }) => ({
    source: 'fuzz',
    sheetNames: ['Pricing', 'Questions', 'Assumptions'],
    blocks: Object.fromEntries(blocks.map((b) => [b.name, b])),
    broken,
  }));
