/**
 * The second engine on several evaluators (issue 11): LibreOffice Calc recalculates a template
 * written from a quotes file with two evaluators, in Chinese (labels compared in the template's
 * language), and gets the hand-computed consensus, spread and quality of test/core/evaluators.test.ts.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePlanToWorkbook } from '../../src/adapters/xlsx/writePlan';
import { readSnapshot } from '../../src/adapters/xlsx/readSnapshot';
import { importOptions } from '../../src/core/import';
import { planTemplate } from '../../src/core/template/planTemplate';
import { recalculate } from './recalculate';
import { TWO_EVALUATORS } from '../fixtures/evaluators';

const FILE = { ...TWO_EVALUATORS, language: 'zh' };

describe('LibreOffice on a two-evaluator Scorecard', () => {
  it('computes the consensus, the spread and the quality score as worked out by hand', async () => {
    const options = importOptions(FILE);
    if (!options.ok) throw new Error('bad test input');
    const dir = mkdtempSync(join(tmpdir(), 'vc-lo-evaluators-'));
    try {
      const path = join(dir, 'book.xlsx');
      writeFileSync(path, Buffer.from((await writePlanToWorkbook(planTemplate(options.value)).xlsx.writeBuffer()) as ArrayBuffer));
      const [recalculated] = recalculate([path], join(dir, 'out'));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(recalculated!);
      const { blocks } = readSnapshot(workbook, recalculated!, [], { resultValues: true });
      // See test/core/evaluators.test.ts for the arithmetic: Aurora's mean of Yes and No is 50,
      // of in-house and outsourced 50; Beacon's evaluators agree, so their choices show.
      expect(blocks.vc_ScoreInputs!.values.map((row) => row[0])).toEqual([3, 1, 50, 4, 4, 50, '是', 4, 4]);
      expect(blocks.vc_ScoreInputs!.values.map((row) => row[1])).toEqual([4, 2, '是', 3, 3, '混合', '否', 3, 3]);
      const quality = blocks.vc_QualityScore!.values[0]!;
      expect(quality[0]).toBeCloseTo(81.5, 9);
      expect(quality[1]).toBeCloseTo(61.125, 9);
      const spread = blocks.vc_ScoreSpread!.values.map((row) => row[0]);
      expect(spread.slice(0, 4)).toEqual([25, 100, 40, 0]);
      expect(spread[4]).toBeCloseTo(100 / 3, 6);
      // The Decision sheet's live list of disputed criteria: Aurora's C2 and C3, none for Beacon.
      expect(blocks.vc_DecisionDisagreements!.values[0]![0]).toBe('C2 C3');
      expect(blocks.vc_DecisionDisagreements!.values[0]![1] ?? '').toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
