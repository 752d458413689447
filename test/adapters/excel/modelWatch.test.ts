import type { FillResult } from '../../../src/adapters/excel/contract';
import { TemplateStructureError } from '../../../src/adapters/excel/errors';
import type { RequestContextLike } from '../../../src/adapters/excel/excelTypes';
import { watchModelChanges } from '../../../src/adapters/excel/modelWatch';
import { readSnapshot } from '../../../src/adapters/excel/readSnapshot';
import { rectAddress } from '../../../src/core/plan/a1';
import type { WorkbookDouble } from '../../excel-double';
import { cellOfName, modelLabel, nameAt, templateOptions, workbookWithTemplate } from './analysisFixtures';

/** Excel.run's part in the tests: a fresh context per batch. */
const runner = (wb: WorkbookDouble) => <T>(batch: (context: RequestContextLike) => Promise<T>) => batch(wb.newContext());

async function watched(models: ('tiered' | 'all-inclusive')[] = ['tiered', 'tiered']) {
  const wb = await workbookWithTemplate(templateOptions(models.map((model, i) => ({ name: `V${i + 1}`, model }))));
  const results: FillResult[] = [];
  const errors: unknown[] = [];
  const ctx = wb.newContext();
  const registration = await watchModelChanges(ctx, runner(wb), (r) => results.push(r), (e) => errors.push(e));
  return { wb, results, errors, registration, registrationSyncs: ctx.stats.syncs };
}

const computed = async (wb: WorkbookDouble) => (await readSnapshot(wb.newContext())).blocks.vc_Computed!.formulas;

describe('watchModelChanges', () => {
  it('registers one handler on the sheet of vc_Model in 2 syncs', async () => {
    const { wb, registrationSyncs } = await watched();
    expect(registrationSyncs).toBe(2);
    expect(wb.changeHandlerCount).toBe(1);
  });

  it('refills when the user changes a model, and reports the vendor', async () => {
    const { wb, results } = await watched(['tiered', 'tiered']);
    const model = cellOfName(wb, 'vc_Model', 0, 1);
    const syncs = wb.stats.syncs;
    await wb.userEdit(model.sheet, model.address, [[modelLabel('all-inclusive')]]);
    expect(results).toEqual([{ changedVendors: ['V2'], overwritten: [], applied: true, syncs: 2 }]);
    expect(wb.stats.syncs - syncs).toBe(2);
    const expected = await workbookWithTemplate(
      templateOptions([
        { name: 'V1', model: 'tiered' },
        { name: 'V2', model: 'all-inclusive' },
      ]),
    );
    expect(await computed(wb)).toEqual(await computed(expected));
  });

  it('reacts to a paste over the whole model row too', async () => {
    const { wb, results } = await watched(['tiered', 'tiered']);
    const { sheet, rect } = nameAt(wb, 'vc_Model');
    await wb.userEdit(sheet, rectAddress(rect), [[modelLabel('all-inclusive'), modelLabel('all-inclusive')]]);
    expect(results.map((r) => r.changedVendors)).toEqual([['V1', 'V2']]);
  });

  it('ignores edits elsewhere, including the writes of a fill, without a sync', async () => {
    const { wb, results } = await watched();
    const fee = cellOfName(wb, 'vc_PlatformFee', 0, 0);
    const tco = nameAt(wb, 'vc_TCO');
    const syncs = wb.stats.syncs;
    await wb.userEdit(fee.sheet, fee.address, [[5000]]);
    await wb.fireChanged(tco.sheet, rectAddress(tco.rect));
    expect(results).toEqual([]);
    expect(wb.stats.syncs).toBe(syncs);
  });

  it('asks where vc_Model is after rows are inserted, and follows it', async () => {
    const { wb, results } = await watched();
    const { sheet, rect } = nameAt(wb, 'vc_Model');
    const syncs = wb.stats.syncs;
    // As if two rows were inserted above the model row: the name moved, Excel says "RowInserted".
    const name = wb.state.names.find((n) => n.name === 'vc_Model')!;
    name.rect = { ...rect, row: rect.row + 2 };
    await wb.fireChanged(sheet, `${rect.row + 1}:${rect.row + 2}`, 'RowInserted');
    expect(wb.stats.syncs - syncs).toBe(1);
    expect(results).toEqual([]);
    // An edit where the model row used to be is no longer a model change.
    await wb.fireChanged(sheet, rectAddress(rect));
    expect(results).toEqual([]);
    await wb.fireChanged(sheet, rectAddress(name.rect));
    expect(results).toHaveLength(1);
  });

  it('handles quick successive changes one after the other', async () => {
    const { wb, results } = await watched(['tiered', 'tiered']);
    const first = cellOfName(wb, 'vc_Model', 0, 0);
    const second = cellOfName(wb, 'vc_Model', 0, 1);
    await Promise.all([
      wb.userEdit(first.sheet, first.address, [[modelLabel('all-inclusive')]]),
      wb.userEdit(second.sheet, second.address, [[modelLabel('all-inclusive')]]),
    ]);
    // One refill per change, each for its own vendor, run one after the other.
    expect(results.map((r) => r.changedVendors)).toEqual([['V1'], ['V2']]);
    expect(results.every((r) => r.applied)).toBe(true);
  });

  it("refills the changed vendor even when another vendor's formulas were typed over", async () => {
    const { wb, results } = await watched(['tiered', 'tiered']);
    const tco = cellOfName(wb, 'vc_TCO', 0, 1);
    await wb.userEdit(tco.sheet, tco.address, [[12345]]);
    const model = cellOfName(wb, 'vc_Model', 0, 0);
    await wb.userEdit(model.sheet, model.address, [[modelLabel('all-inclusive')]]);
    expect(results).toEqual([expect.objectContaining({ changedVendors: ['V1'], applied: true, overwritten: [] })]);
  });

  it('reports a refill that fails on a broken template, and keeps watching', async () => {
    const { wb, results, errors } = await watched();
    const model = cellOfName(wb, 'vc_Model', 0, 0);
    const computedName = wb.state.names.find((n) => n.name === 'vc_Computed')!;
    wb.state.names = wb.state.names.filter((n) => n !== computedName);
    await wb.userEdit(model.sheet, model.address, [[modelLabel('all-inclusive')]]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(TemplateStructureError);
    wb.state.names.push(computedName);
    await wb.userEdit(model.sheet, model.address, [[modelLabel('all-inclusive')]]);
    expect(results.map((r) => r.changedVendors)).toEqual([['V1']]);
  });

  it('stops when the registration is removed on its own context', async () => {
    const { wb, results, registration } = await watched();
    registration.remove();
    await registration.context.sync();
    expect(wb.changeHandlerCount).toBe(0);
    const model = cellOfName(wb, 'vc_Model', 0, 0);
    await wb.userEdit(model.sheet, model.address, [[modelLabel('all-inclusive')]]);
    expect(results).toEqual([]);
  });

  it('hands a failed refill to onError instead of dropping it', async () => {
    const { wb, results, errors } = await watched();
    wb.injectFailure({ when: () => true, code: 'GeneralException', message: 'Excel is busy' });
    const model = cellOfName(wb, 'vc_Model', 0, 0);
    await wb.userEdit(model.sheet, model.address, [[modelLabel('all-inclusive')]]);
    expect(results).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain('Excel is busy');
  });

  it('refuses to watch a workbook without vc_Model', async () => {
    const wb = await workbookWithTemplate(templateOptions([{ name: 'V1' }]));
    wb.state.names = wb.state.names.filter((n) => n.name !== 'vc_Model');
    await expect(watchModelChanges(wb.newContext(), runner(wb), () => undefined, () => undefined)).rejects.toBeInstanceOf(TemplateStructureError);
    expect(wb.changeHandlerCount).toBe(0);
  });
});
