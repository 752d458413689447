/**
 * Adding and removing a vendor in a file (planVendorChange applied by the ExcelJS writer): the
 * workbook must then compute exactly as a fresh template made with the new vendor list and the
 * same inputs (a second, independent path: the planner writing every cell from the options), in
 * HyperFormula, block by block; and every other vendor's inputs must sit in that vendor's column.
 */
import type ExcelJS from 'exceljs';
import { applyPatch } from '../../src/adapters/xlsx/applyPatch';
import { readSnapshot } from '../../src/adapters/xlsx/readSnapshot';
import type { TemplateOptions, VendorQuote } from '../../src/core/options';
import type { Snapshot } from '../../src/core/snapshot/types';
import { planTemplate } from '../../src/core/template/planTemplate';
import { planVendorChange, type VendorChange, type VendorChangeRequest } from '../../src/core/vendors/planVendorChange';
import { WORKED_EXAMPLE } from '../fixtures/workedExample';
import { expectSameBlocks } from '../support/sameBlocks';
import { snapshotOf } from '../support/snapshot';
import { planToXlsx, readXlsx, workbookToHyperFormula } from '../support/xlsxWorkbook';

const withVendors = (vendors: VendorQuote[]): TemplateOptions => ({ ...WORKED_EXAMPLE, vendors });

/** Each vendor with inputs on every sheet, different per vendor: answers, contract status and
 * notes, coverage statuses, ratings (Beacon and Delta fully rated, so the ranking has content). */
function filled(vendor: VendorQuote, i: number): VendorQuote {
  return {
    ...vendor,
    answers: { Q1: `${vendor.name}: within ${i + 1} hours`, Q3: `${vendor.name} hotline`, Q7: `escalation ${i}` },
    contract: { Q1: { inContract: i % 2 === 0 ? 'yes' : 'no', note: `clause ${i + 4}` } },
    coverage: { 'L1-1': 'included', 'L3-3': i % 2 === 0 ? 'paid' : 'notOffered' },
    ratings:
      i % 2 === 1
        ? {
            responseNormal: 2 + i,
            responseUrgent: 1,
            coverage247: true,
            depth: 4,
            proactiveness: 3,
            team: 'inHouse',
            dedicatedManager: true,
            experts: 4,
            scenarioFit: 5 - i,
          }
        : { depth: 2 + i },
  };
}
const [aurora, beacon, cirrus, delta] = WORKED_EXAMPLE.vendors.map(filled) as [VendorQuote, VendorQuote, VendorQuote, VendorQuote];

async function workbookOf(options: TemplateOptions): Promise<ExcelJS.Workbook> {
  return readXlsx(await planToXlsx(planTemplate(options)));
}

/** The file after the change, written and read back: what a user opens. */
async function changed(options: TemplateOptions, request: VendorChangeRequest): Promise<{ workbook: ExcelJS.Workbook; change: VendorChange }> {
  const workbook = await workbookOf(options);
  const change = planVendorChange(readSnapshot(workbook, 'book.xlsx'), request);
  if ('reason' in change) throw new Error(`refused: ${change.reason}`);
  applyPatch(workbook, change.patch);
  return { workbook: await readXlsx(Buffer.from(await workbook.xlsx.writeBuffer())), change };
}

const computed = (workbook: ExcelJS.Workbook): Snapshot => snapshotOf(workbookToHyperFormula(workbook));

describe('a vendor added or removed in a file computes as a fresh template of the new vendors', () => {
  it('removes a vendor in the middle: the others keep their inputs, costs, scores and ranking', async () => {
    const { workbook, change } = await changed(withVendors([aurora, beacon, cirrus, delta]), { kind: 'remove', name: 'beacon rtc' });
    expect(change.vendors).toEqual(['Aurora Cloud', 'Cirrus IM', 'Delta Talk']);
    // Beacon's inputs that a fresh column lacks: its model, prices, answers, statuses, ratings.
    expect(change.held.map((h) => h.value)).toEqual(expect.arrayContaining(['Beacon RTC: within 2 hours', 'clause 5', '80000', 'No']));
    expectSameBlocks(computed(workbook), computed(await workbookOf(withVendors([aurora, cirrus, delta]))));
  });

  it('adds a vendor in the middle (before another): an empty column, every other vendor where it was', async () => {
    const { workbook, change } = await changed(withVendors([aurora, cirrus, delta]), { kind: 'add', name: ' Beacon RTC ', before: 'Cirrus IM' });
    expect(change.index).toBe(1);
    expectSameBlocks(computed(workbook), computed(await workbookOf(withVendors([aurora, { name: 'Beacon RTC' }, cirrus, delta]))));
  });

  it('adds a vendor at the end, then removes the first: still a fresh template of those vendors', async () => {
    const first = await changed(withVendors([aurora, beacon]), { kind: 'add', name: 'Echo' });
    const change = planVendorChange(readSnapshot(first.workbook, 'book.xlsx'), { kind: 'remove', name: 'Aurora Cloud' });
    if ('reason' in change) throw new Error(change.reason);
    applyPatch(first.workbook, change.patch);
    const after = await readXlsx(Buffer.from(await first.workbook.xlsx.writeBuffer()));
    expectSameBlocks(computed(after), computed(await workbookOf(withVendors([beacon, { name: 'Echo' }]))));
  });
});
