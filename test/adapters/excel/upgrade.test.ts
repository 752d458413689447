/**
 * "Fill pricing formulas" on a workbook made by the previous version (layout 1, as that
 * version's planner wrote it: test/fixtures/v1) upgrades it in place in the double, in the two
 * syncs of any fill, and leaves it as a fresh template of this version would be.
 */
import { FillRefusedError } from '../../../src/adapters/excel/errors';
import { fillFormulas } from '../../../src/adapters/excel/fillFormulas';
import { readSnapshot } from '../../../src/adapters/excel/readSnapshot';
import type { Snapshot } from '../../../src/core/snapshot/types';
import { messages } from '../../../src/core/i18n/messages';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { WORKED_EXAMPLE } from '../../fixtures/workedExample';
import { cellAt, snapshot, type WorkbookDouble } from '../../excel-double';
import { workbookWithTemplate } from './analysisFixtures';
import { layoutOneWorkbook } from './layoutOne';

const INPUT_BLOCKS = ['vc_VendorNames', 'vc_Model', 'vc_PlatformFee', 'vc_SetupFee', 'vc_OverageRate', 'vc_Tier', 'vc_EnterpriseFee', 'vc_Billing', 'vc_Answers', 'vc_Weights', 'vc_DevHours'];

function values(snapshot: Snapshot, names: readonly string[]) {
  return Object.fromEntries(names.map((n) => [n, snapshot.blocks[n]!.values]));
}

describe('fill upgrades a layout-1 workbook (Office.js)', () => {
  it('in three syncs: every input kept, every computed formula and name as a fresh template has them', async () => {
    const wb = await layoutOneWorkbook();
    const before = await readSnapshot(wb.newContext());
    expect(before.blocks.vc_LayoutVersion).toBeUndefined();
    // A formula of the user's on Overview that reads Aurora's TCO (layout 1: Pricing row 62).
    await wb.userEdit('Overview', 'L2', [["='Pricing'!D62*2"]]);

    const ctx = wb.newContext();
    const result = await fillFormulas(ctx, false);
    // Read the blocks, check where the new tables go is empty, write: the normal fill's two plus one.
    expect(result).toMatchObject({ applied: true, upgraded: true, overwritten: [], syncs: 3 });
    expect(ctx.stats.syncs).toBe(3);

    const after = await readSnapshot(wb.newContext());
    expect(values(after, INPUT_BLOCKS)).toEqual(values(before, INPUT_BLOCKS));
    expect(after.blocks.vc_LayoutVersion!.values).toEqual([[2]]);
    // Layout 2 puts 3 rows after the status and 1 under the model row: Aurora's TCO is on row 66.
    expect(cellAt(wb, 'Overview', 'L2')).toEqual({ kind: 'formula', formula: '=Pricing!D66*2' });

    const freshBook = await workbookWithTemplate(WORKED_EXAMPLE);
    const fresh = await readSnapshot(freshBook.newContext());
    // What only the code needs is hidden as in a fresh template (Pricing's keys, the language and
    // version row, the rank's helper row).
    // The upgrade does not add the Decision sheet (issue 11) nor its threshold on Assumptions yet:
    // left out of the comparison, and checked absent, so adding them makes this test say so.
    const decisionSheet = messages('en').template.sheetNames.decision;
    const hidden = (book: WorkbookDouble) =>
      book.state.sheets.filter((s) => s.name !== decisionSheet).map((s) => [s.name, [...s.hiddenRows], [...s.hiddenCols]]);
    const notUpgraded = new Set(planTemplate(WORKED_EXAMPLE).names.filter((n) => n.sheet === 'decision' || n.name === 'vc_AbnormalThreshold').map((n) => n.name));
    expect(wb.state.sheets.map((s) => s.name)).not.toContain(decisionSheet);
    for (const name of notUpgraded) expect(after.blocks[name], name).toBeUndefined();
    expect(hidden(wb)).toEqual(hidden(freshBook));
    expect(hidden(freshBook).find(([name]) => name === 'Pricing')).toEqual(['Pricing', [], [0]]);
    expect(hidden(freshBook).find(([name]) => name === 'Assumptions')).toEqual(['Assumptions', [9], []]);
    expect(after.blocks.vc_Computed!.formulas).toEqual(fresh.blocks.vc_Computed!.formulas);
    for (const name of Object.keys(fresh.blocks).filter((n) => !notUpgraded.has(n))) expect(after.blocks[name]?.range, name).toEqual(fresh.blocks[name]!.range);
    // The answered counts no longer need array entry (layout 1: TRANSPOSE inside MMULT); the
    // Scorecard names the criteria still unrated.
    for (const name of ['vc_Requires', 'vc_AnswerChecks', 'vc_Answered', 'vc_ScoreStatus', 'vc_QualityScore', 'vc_Ranking']) {
      expect(after.blocks[name]!.formulas, name).toEqual(fresh.blocks[name]!.formulas);
    }

    // The quote-currency row took no dropdown from the model row above it (Excel's inserted rows
    // copy the row above; the double does too).
    const pricing = wb.state.sheets.find((s) => s.name === 'Pricing')!;
    const onRow = (row: number) => pricing.validations.filter((v) => v.rect.row <= row && v.rect.row + v.rect.rows > row);
    expect(onRow(4)).toEqual([]);
    expect(onRow(3).map((v) => v.rule?.list?.source)).toEqual([expect.stringContaining('All-inclusive')]);

    // The chart a fresh insert draws over the chart data is drawn too, over the same cells.
    const charts = (book: WorkbookDouble) => book.state.sheets.flatMap((s) => s.charts.map((c) => ({ sheet: s.name, name: c.name, source: c.source.rect, series: c.seriesNameCells })));
    expect(charts(wb)).toEqual(charts(freshBook));
    expect(charts(wb)).toHaveLength(1);

    // A second fill finds nothing to do.
    expect(await fillFormulas(wb.newContext(), false)).toMatchObject({ changedVendors: [], upgraded: false, syncs: 1 });
  });

  it('asks before replacing a constant typed over a layout-1 formula, naming the cell as it is now', async () => {
    const wb = await layoutOneWorkbook();
    await wb.userEdit('Pricing', 'E62', [[99999]]);
    const before = JSON.stringify(wb.state.sheets.map((s) => [...s.cells]));
    const asked = await fillFormulas(wb.newContext(), false);
    expect(asked).toMatchObject({ applied: false, upgraded: false, overwritten: [{ vendor: 'Beacon RTC', sheet: 'Pricing', address: 'E62' }] });
    expect(JSON.stringify(wb.state.sheets.map((s) => [...s.cells]))).toBe(before);
    expect(await fillFormulas(wb.newContext(), true)).toMatchObject({ applied: true, upgraded: true });
    expect(cellAt(wb, 'Pricing', 'E66')?.kind).toBe('formula');
  });

  it('writes nothing where the user has content in the way of the new tables, and says where', async () => {
    const wb = await layoutOneWorkbook();
    await wb.userEdit('Assumptions', 'B55', [['my own note']]);
    const before = snapshot(wb);
    const error = await fillFormulas(wb.newContext(), true).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FillRefusedError);
    expect(error).toMatchObject({ reason: 'upgradeOccupied', cells: ['Assumptions!B55'] });
    expect(snapshot(wb)).toEqual(before);
  });
});
