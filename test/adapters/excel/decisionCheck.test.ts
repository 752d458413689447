/**
 * The pane's decision check on the Excel double: the check reads in one sync, writing its
 * results takes one more, through the Decision sheet's protection. What was written is then
 * computed by a second engine: the double's cells loaded into HyperFormula, where the sheet's own
 * live checksum must equal the written one (the results read as up to date) and the verdict line
 * reflect the written tests. One input changed afterwards makes them out of date.
 */
import { checkDecision, writeDecision } from '../../../src/adapters/excel/decisionCheck';
import { TemplateStructureError } from '../../../src/adapters/excel/errors';
import type { QualityInputs } from '../../../src/core/costs/scores';
import { messages } from '../../../src/core/i18n/messages';
import type { Language } from '../../../src/core/catalogue/text';
import { DEFAULT_OPTIONS, type TemplateOptions } from '../../../src/core/options';
import { definedNames, readSheetGrid, type WorkbookDouble } from '../../excel-double';
import { loadGrids, type Grid } from '../../support/hyperformula';
import { cellOfName, workbookWithTemplate } from './analysisFixtures';

const RATED: QualityInputs = {
  responseNormal: 2,
  responseUrgent: 1,
  coverage247: true,
  depth: 4,
  proactiveness: 4,
  team: 'inHouse',
  dedicatedManager: true,
  experts: 4,
  scenarioFit: 4,
};

/** Two complete vendors, the same quality, both all-inclusive with 200 hours included (the 100
 * hours of demand are within them): A 100,000 a year, B 110,000. A is cheaper, so A wins at every
 * price weight above 0 and, tied at 0, by coming first. */
function options(language: Language): TemplateOptions {
  return {
    ...DEFAULT_OPTIONS,
    language,
    termYears: 1,
    demand: [{ devHours: 100, opsHours: 0, incidents: 0, onsiteDays: 0 }],
    vendors: [
      { name: 'A', model: 'all-inclusive', platformFee: 100_000, includedHours: 200, overageRate: 900, dayRate: 0, ratings: RATED },
      { name: 'B', model: 'all-inclusive', platformFee: 110_000, includedHours: 200, overageRate: 900, dayRate: 0, ratings: RATED },
    ],
  };
}

/** A formula as HyperFormula reads it. The double spells formulas as Excel keeps them: a small
 * constant as 1E-12 and a Chinese sheet name unquoted (评分卡!D4), both of which HyperFormula's
 * parser refuses; written out in full, and quoted, they mean the same. */
const asHyperFormulaReads = (cell: unknown) =>
  typeof cell === 'string' && cell.startsWith('=')
    ? cell
        .replace(/(\d+(?:\.\d+)?)E([+-]?\d+)/g, (_, mantissa: string, exponent: string) => Number(`${mantissa}e${exponent}`).toFixed(20))
        .replace(/(?<![\w'])([\u4e00-\u9fff][\w\u4e00-\u9fff]*)!/g, "'$1'!")
    : cell;

/** The double's workbook in HyperFormula: its formulas and constants, its names. */
function computed(wb: WorkbookDouble) {
  const grids: Record<string, Grid> = {};
  for (const sheet of wb.state.sheets) grids[sheet.name] = readSheetGrid(wb, sheet.name).formulas.map((row) => row.map(asHyperFormulaReads)) as Grid;
  const names = definedNames(wb).map((n) => ({ name: n.name, ref: String(asHyperFormulaReads(n.formula)).replace(/^=/, '') }));
  return loadGrids(grids, names, { arrayArithmetic: false });
}

describe.each(['en', 'zh'] as const)('the decision check in the pane (%s)', (language) => {
  const t = messages(language).template.decision;

  it('checks in one sync and writes the results in one more; the sheet reads them as up to date', async () => {
    const wb = await workbookWithTemplate(options(language));
    const before = wb.stats.syncs;
    const checked = await checkDecision(wb.newContext());
    expect(wb.stats.syncs - before).toBe(1);
    expect(checked.report).toMatchObject({ winner: 'A', robust: true, incomplete: [] });

    const start = wb.stats.syncs;
    const written = await writeDecision(wb.newContext(), new Date(Date.UTC(2026, 11, 4)));
    expect(wb.stats.syncs - start).toBe(2);
    expect(written).toMatchObject({ written: '2026-12-04', report: { winner: 'A' } });
    expect(wb.sheet(cellOfName(wb, 'vc_DecisionVerdict').sheet).protection.protected).toBe(true);

    const hf = computed(wb);
    expect(hf.named('vc_DecisionFreshness')[0]![0]).toBe(t.upToDate);
    // The written winner is the report's; 2026-12-04 is Excel day 46360.
    expect(hf.named('vc_DecisionWrittenWinner')[0]![0]).toBe('A');
    expect(hf.named('vc_DecisionWrittenOn')[0]![0]).toBe(46360);
  });

  it('reads as out of date once an input changes after the write', async () => {
    const wb = await workbookWithTemplate(options(language));
    await writeDecision(wb.newContext());
    const fee = cellOfName(wb, 'vc_PlatformFee', 0, 1);
    await wb.userEdit(fee.sheet, fee.address, [[50_000]]);
    expect(computed(wb).named('vc_DecisionFreshness')[0]![0]).toBe(t.outOfDate);
  });
});

it('refuses to write on a workbook without the Decision sheet, naming the missing blocks', async () => {
  const wb = await workbookWithTemplate(options('en'));
  const sheet = cellOfName(wb, 'vc_DecisionVerdict').sheet;
  wb.state.names = wb.state.names.filter((n) => !n.name.startsWith('vc_Decision'));
  await expect(writeDecision(wb.newContext())).rejects.toBeInstanceOf(TemplateStructureError);
  expect(
    readSheetGrid(wb, sheet)
      .values.flat()
      .filter((v) => v === 'A'),
  ).toEqual([]);
});
