import { TemplateStructureError } from '../../../src/adapters/excel/errors';
import { fillFormulas, readFillSnapshot } from '../../../src/adapters/excel/fillFormulas';
import { readSnapshot } from '../../../src/adapters/excel/readSnapshot';
import type { ModelId } from '../../../src/core/catalogue/models';
import { planFill } from '../../../src/core/fill/planFill';
import { cellAt, snapshot } from '../../excel-double';
import { rectAddress } from '../../../src/core/plan/a1';
import { cellOfName, EXCEL_HOSTS, nameAt, named, onExcelHost, setModels, templateOptions, workbookWithTemplate } from './analysisFixtures';

const MODELS: ModelId[] = ['all-inclusive', 'tiered', 'pay-as-you-go', 'subscription'];

/** The computed formulas on Pricing, as the Office reader sees them. */
async function computedFormulas(wb: Awaited<ReturnType<typeof workbookWithTemplate>>) {
  return (await readSnapshot(wb.newContext())).blocks.vc_Computed!.formulas;
}

/** Every computed formula on Pricing deleted, as a user clearing the block would. */
async function deleteComputed(wb: Awaited<ReturnType<typeof workbookWithTemplate>>): Promise<void> {
  const { sheet, rect } = nameAt(wb, 'vc_Computed');
  await wb.userEdit(sheet, rectAddress(rect), Array.from({ length: rect.rows }, () => Array.from({ length: rect.cols }, () => '')));
}

describe('fillFormulas', () => {
  it('reads only what the fill plan needs, and plans exactly as from the full snapshot', async () => {
    const wb = await workbookWithTemplate(templateOptions([{ name: 'A', model: 'tiered' }, { name: 'B' }], { language: 'zh' }));
    await setModels(wb, ['subscription', 'pay-as-you-go']);
    const ctx = wb.newContext();
    const partial = await readFillSnapshot(ctx);
    expect(ctx.stats.syncs).toBe(1);
    expect(planFill(partial)).toEqual(planFill(await readSnapshot(wb.newContext())));
  });

  it('puts back deleted formulas exactly as insertion writes them, for every model', async () => {
    const vendors = named('Aurora', 'Beacon', 'Cosmo', 'Delta');
    const wb = await workbookWithTemplate(templateOptions(vendors));
    await setModels(wb, MODELS);
    const inserted = await computedFormulas(wb);
    await deleteComputed(wb);
    const ctx = wb.newContext();
    const result = await fillFormulas(ctx, false);
    expect(result).toEqual({ changedVendors: ['Aurora', 'Beacon', 'Cosmo', 'Delta'], overwritten: [], applied: true, upgraded: false, syncs: 2 });
    expect(ctx.stats.syncs).toBe(2);
    expect(await computedFormulas(wb)).toEqual(inserted);
  });

  it('changes nothing when run a second time, or after a model picked in the sheet', async () => {
    const wb = await workbookWithTemplate(templateOptions(named('Aurora', 'Beacon')));
    await deleteComputed(wb);
    await fillFormulas(wb.newContext(), false);
    await setModels(wb, ['tiered', 'subscription']);
    const before = snapshot(wb);
    const ctx = wb.newContext();
    expect(await fillFormulas(ctx, false)).toEqual({ changedVendors: [], overwritten: [], applied: true, upgraded: false, syncs: 1 });
    expect(ctx.stats.syncs).toBe(1);
    expect(snapshot(wb)).toEqual(before);
  });

  it('touches only computed cells, never an input', async () => {
    const wb = await workbookWithTemplate(templateOptions([{ name: 'Aurora', platformFee: 1200, overageRate: 90 }]));
    const inputs = async () => {
      const s = await readSnapshot(wb.newContext());
      return Object.values(s.blocks).filter((b) => b.name !== 'vc_Computed' && !b.formulas.flat().some((f) => f !== null));
    };
    await setModels(wb, ['all-inclusive']);
    const before = await inputs();
    await fillFormulas(wb.newContext(), false);
    expect(await inputs()).toEqual(before);
  });

  it('lists overwritten cells and writes nothing until asked, then replaces them', async () => {
    const wb = await workbookWithTemplate(templateOptions([{ name: 'Aurora', model: 'all-inclusive' }, { name: 'Beacon', model: 'tiered' }]));
    const tco = cellOfName(wb, 'vc_TCO', 0, 1);
    const formula = cellAt(wb, tco.sheet, tco.address);
    await wb.userEdit(tco.sheet, tco.address, [[12345]]);
    const npv = cellOfName(wb, 'vc_NPV', 0, 0);
    await wb.userEdit(npv.sheet, npv.address, [['']]);
    const before = snapshot(wb);

    const ctx = wb.newContext();
    const asked = await fillFormulas(ctx, false);
    expect(asked).toEqual({
      changedVendors: ['Aurora', 'Beacon'],
      overwritten: [{ vendor: 'Beacon', sheet: tco.sheet, address: tco.address }],
      applied: false,
      upgraded: false,
      syncs: 1,
    });
    expect(ctx.stats.syncs).toBe(1);
    expect(snapshot(wb)).toEqual(before);

    const replaced = await fillFormulas(wb.newContext(), true);
    expect(replaced).toMatchObject({ changedVendors: ['Aurora', 'Beacon'], applied: true, syncs: 2 });
    expect(replaced.overwritten).toHaveLength(1);
    expect(cellAt(wb, tco.sheet, tco.address)).toEqual(formula);
    expect((await fillFormulas(wb.newContext(), false)).changedVendors).toEqual([]);
  });

  it('fills 50 vendors x 10 years in 2 syncs, grouping cells into few 2-D writes', async () => {
    const vendors = Array.from({ length: 50 }, (_, i) => ({ name: `Vendor ${i + 1}` }));
    const wb = await workbookWithTemplate(templateOptions(vendors, { termYears: 10 }));
    await setModels(wb, vendors.map((_, i) => MODELS[Math.floor(i / 13)]!));
    await deleteComputed(wb);
    const plan = planFill(await readSnapshot(wb.newContext()));
    const cells = plan.ok ? plan.vendors.flatMap((v) => v.changes).length : 0;
    expect(cells).toBeGreaterThan(50 * 15);

    const ctx = wb.newContext();
    const result = await fillFormulas(ctx, false);
    expect(result.changedVendors).toHaveLength(50);
    expect(ctx.stats.syncs).toBe(2);
    // A sheet lookup, then a range and its formulas per rectangle: far fewer than one per cell.
    expect(ctx.stats.operations[1]).toBeLessThan(cells / 20);
    expect(ctx.stats.maxPayloadBytes).toBeLessThan(1_000_000);
    expect((await fillFormulas(wb.newContext(), false)).changedVendors).toEqual([]);
  });

  it('raises TemplateStructureError naming the missing block, and writes nothing', async () => {
    const wb = await workbookWithTemplate(templateOptions(named('Aurora')));
    await setModels(wb, ['tiered']);
    wb.state.names = wb.state.names.filter((n) => n.name !== 'vc_Computed');
    const before = snapshot(wb);
    const error = await fillFormulas(wb.newContext(), false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateStructureError);
    expect((error as TemplateStructureError).names).toEqual(['vc_Computed']);
    expect(snapshot(wb)).toEqual(before);
  });
});

describe.each(EXCEL_HOSTS)('fillFormulas on an ExcelApi %s host: typed over means a constant', (excelApi) => {
  const host = onExcelHost(excelApi);

  it('asks before replacing "=..." text typed over a formula, still in 1 sync to read', async () => {
    const wb = host(await workbookWithTemplate(templateOptions([{ name: 'Aurora', model: 'tiered' }, { name: '=HYPERLINK("x")', model: 'tiered' }])));
    const tco = cellOfName(wb, 'vc_TCO', 0, 1);
    await wb.userEdit(tco.sheet, tco.address, [["'=SUM(E40:E49)"]]);
    const before = snapshot(wb);
    const ctx = wb.newContext();
    expect(await fillFormulas(ctx, false)).toEqual({
      changedVendors: ['=HYPERLINK("x")'],
      overwritten: [{ vendor: '=HYPERLINK("x")', sheet: tco.sheet, address: tco.address }],
      applied: false,
      upgraded: false,
      syncs: 1,
    });
    expect(ctx.stats.syncs).toBe(1);
    expect(snapshot(wb)).toEqual(before);
    expect((await fillFormulas(wb.newContext(), true)).applied).toBe(true);
    expect(cellAt(wb, tco.sheet, tco.address)?.kind).toBe('formula');
  });

  it('rewrites a formula retyped in another spelling without asking: it held no constant', async () => {
    const wb = host(await workbookWithTemplate(templateOptions([{ name: 'Aurora', model: 'tiered' }])));
    const tco = cellOfName(wb, 'vc_TCO', 0, 0);
    const planned = cellAt(wb, tco.sheet, tco.address);
    await wb.userEdit(tco.sheet, tco.address, [['=sum(1.0,2)']]);
    expect(await fillFormulas(wb.newContext(), false)).toEqual({ changedVendors: ['Aurora'], overwritten: [], applied: true, upgraded: false, syncs: 2 });
    expect(cellAt(wb, tco.sheet, tco.address)).toEqual(planned);
  });
});
