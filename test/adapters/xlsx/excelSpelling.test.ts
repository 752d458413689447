/**
 * A file keeps formulas as the program that saved it spells them, and Excel spells them its own
 * way. Whether a cell was typed over must not depend on that spelling: a formula is a cell with
 * an <f> element, a string cell is text even when it reads "=...".
 */
import { readSnapshot } from '../../../src/adapters/xlsx/readSnapshot';
import { writePlanToWorkbook } from '../../../src/adapters/xlsx/writePlan';
import { planFill } from '../../../src/core/fill/planFill';
import { cellAddress, parseCell } from '../../../src/core/plan/a1';
import type { Plan } from '../../../src/core/plan/types';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { validate } from '../../../src/core/validation/validate';
import { WORKED_EXAMPLE } from '../../fixtures/workedExample';
import { planToXlsx, readXlsx } from '../../support/xlsxWorkbook';
import { savedByExcel } from './excelSaved';

function blockCell(plan: Plan, name: string, c: number): string {
  const range = plan.names.find((n) => n.name === name)!.range;
  return cellAddress(range.row, range.col + c);
}

describe('the .xlsx reader and formulas spelled by Excel', () => {
  it.each(['en', 'zh'] as const)('finds no broken formula and nothing typed over (%s)', async (language) => {
    const plan = planTemplate({ ...WORKED_EXAMPLE, language });
    const { data, shared } = savedByExcel(await planToXlsx(plan));
    const snapshot = readSnapshot(await readXlsx(data), 'book.xlsx');
    const computed = snapshot.blocks.vc_Computed!.formulas.flat().filter((f): f is string => f !== null);
    expect(computed.filter((f) => f.includes("'"))).toEqual([]);
    expect(computed.some((f) => f.includes('_xlfn.IFERROR('))).toBe(true);
    expect(shared).toHaveLength(4);

    expect(validate(snapshot).findings.filter((f) => f.rule === 'broken-formula')).toEqual([]);
    const fill = planFill(snapshot);
    if (!fill.ok) throw new Error(`fill refused: ${fill.reason}`);
    expect(fill.vendors.flatMap((v) => v.changes.filter((c) => c.overwritten))).toEqual([]);
    // The normaliser knows these spellings, so fill has nothing to rewrite either.
    expect(fill.vendors.flatMap((v) => v.changes)).toEqual([]);
    // Every shared formula reads as a formula, spelled like its master.
    const block = snapshot.blocks.vc_Computed!;
    const sharedFormulas = shared.map((address) => {
      const { row, col } = parseCell(address);
      return block.formulas[row - block.range.row]?.[col - block.range.col];
    });
    expect(new Set(sharedFormulas).size).toBe(1);
    expect(sharedFormulas[0]).toMatch(/^=.*!\$/);
  });

  it('reads a string starting with "=" as text: a vendor so named, and a cost typed over with such text', async () => {
    const vendors = WORKED_EXAMPLE.vendors.map((v, i) => (i === 1 ? { ...v, name: '=HYPERLINK("x")' } : v));
    const plan = planTemplate({ ...WORKED_EXAMPLE, vendors });
    const workbook = writePlanToWorkbook(plan);
    const tco = blockCell(plan, 'vc_TCO', 1);
    // ExcelJS stores a string as a string cell, as Excel saves text typed with a quote prefix.
    workbook.getWorksheet('Pricing')!.getCell(tco).value = '=SUM(E40:E49)';
    const snapshot = readSnapshot(await readXlsx(Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer)), 'book.xlsx');

    const names = snapshot.blocks.vc_VendorNames!;
    expect([names.values[0]![1], names.formulas[0]![1]]).toEqual(['=HYPERLINK("x")', null]);
    const findings = validate(snapshot).findings.filter((f) => f.rule === 'broken-formula');
    expect(findings.map((f) => [f.vendor, f.cell, f.message.includes('replaced by a constant')])).toEqual([['=HYPERLINK("x")', tco, true]]);
    const fill = planFill(snapshot);
    expect(fill.ok && fill.vendors.flatMap((v) => v.changes.filter((c) => c.overwritten).map((c) => [v.vendor, c.cell.address]))).toEqual([
      ['=HYPERLINK("x")', tco],
    ]);
  });
});
