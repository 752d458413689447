import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { writePlanToWorkbook } from '../../src/adapters/xlsx/writePlan';
import { checkZip, READ_LIMITS } from '../../src/adapters/xlsx/zipCheck';
import { CONTRACT_QUESTIONS } from '../../src/core/catalogue/questions';
import { SCENARIO_IDS, scenarioQuestions } from '../../src/core/catalogue/scenarios';
import { DEFAULT_OPTIONS, MAX_TERM_YEARS, MAX_VENDORS, type TemplateOptions } from '../../src/core/options';
import { BLOCK_LIMITS, nameExtent, nameTooLarge, TEMPLATE_EXTENT } from '../../src/core/snapshot/limits';
import { planTemplate } from '../../src/core/template/planTemplate';
import { partText, withParts } from '../adapters/xlsx/zipFixtures';
import { runCli, tempFolder } from './runCli';
import { answeredOptions, writeWorkbook } from './workbooks';

/** The largest template there is: 200 vendors, every scenario, a 10-year term, every question answered at length. */
function largestOptions(): TemplateOptions {
  const ids = [...CONTRACT_QUESTIONS, ...scenarioQuestions(SCENARIO_IDS)].map((q) => q.id);
  const answer = 'Within 2 hours, 7x24, by our own engineers; a named contact and quarterly reviews. '.repeat(4);
  return {
    ...DEFAULT_OPTIONS,
    termYears: MAX_TERM_YEARS,
    scenarios: [...SCENARIO_IDS],
    vendors: Array.from({ length: MAX_VENDORS }, (_, i) => ({
      name: `Vendor ${i + 1} with a long registered company name, Ltd.`,
      model: 'all-inclusive' as const,
      answers: Object.fromEntries(ids.map((id) => [id, answer])),
    })),
  };
}

describe('block limits', () => {
  it('every block of the largest template fits in TEMPLATE_EXTENT, so the limits leave the margin they claim', () => {
    const plan = planTemplate(largestOptions());
    for (const n of plan.names) {
      expect(n.range.rows, n.name).toBeLessThanOrEqual(TEMPLATE_EXTENT);
      expect(n.range.cols, n.name).toBeLessThanOrEqual(TEMPLATE_EXTENT);
      expect(nameTooLarge({ rows: n.range.rows, cols: n.range.cols, cells: n.range.rows * n.range.cols }, true), n.name).toBe(false);
    }
  });

  it('the largest template, answered, inflates to under a tenth of the inflated-size limit', async () => {
    const data = Buffer.from((await writePlanToWorkbook(planTemplate(largestOptions())).xlsx.writeBuffer()) as ArrayBuffer);
    expect(checkZip(data, { ...READ_LIMITS, maxUncompressedBytes: READ_LIMITS.maxUncompressedBytes / 10 }).ok).toBe(true);
  });

  it('measures references: quoted sheet names, several areas, whole columns', () => {
    expect(nameExtent("'Coverage'!$D$4:$XFD$1048576")).toEqual({ rows: 1048573, cols: 16381, cells: 1048573 * 16381 });
    expect(nameExtent("'A1:Z99 notes'!$B$2")).toEqual({ rows: 1, cols: 1, cells: 1 });
    expect(nameExtent('Pricing!$D$3:$G$3,Pricing!$D$10:$E$12')).toEqual({ rows: 3, cols: 4, cells: 10 });
    expect(nameExtent('Sheet1!$A:$C')).toEqual({ rows: 0, cols: 0, cells: 0 });
    expect(nameExtent('#REF!')).toEqual({ rows: 0, cols: 0, cells: 0 });
    expect(nameExtent('AB1!$C$1:$C$4')).toEqual({ rows: 4, cols: 1, cells: 4 });
    expect(nameExtent('=LOG10(Sheet1!$A$1)')).toEqual({ rows: 1, cols: 1, cells: 1 });
    // A user's own name is judged by its cell count only; a template name by its rows and columns too.
    expect(nameTooLarge(nameExtent('Notes!$A$1:$XFD$20'), false)).toBe(false);
    expect(nameTooLarge(nameExtent('Notes!$A$1:$XFD$20'), true)).toBe(true);
    expect(nameTooLarge(nameExtent(`Notes!$A$1:$A$${BLOCK_LIMITS.cells + 1}`), false)).toBe(true);
  });
});

describe('validate: a defined name stretched over a whole sheet', () => {
  let dir: string;
  beforeEach(async () => {
    dir = tempFolder();
    await writeWorkbook(join(dir, 'good.xlsx'), answeredOptions(), { complete: true });
  });

  function withName(name: string, reference: string, file: string): void {
    const data = readFileSync(join(dir, 'good.xlsx'));
    const xml = partText(data, 'xl/workbook.xml').replace(new RegExp(`(<definedName name="${name}"[^>]*>)[^<]*`), (_, open: string) => `${open}${reference}`);
    if (!xml.includes(`>${reference}<`)) throw new Error(`no name ${name}`);
    writeFileSync(join(dir, file), withParts(data, [{ name: 'xl/workbook.xml', data: Buffer.from(xml) }]));
  }

  it('is refused as unreadable (exit 2), naming the file and the name; the other files are still checked', async () => {
    withName('vc_Coverage', "'Coverage'!$D$4:$XFD$1048576", 'whole.xlsx');
    // Wider than any template, yet small enough that, unrefused, it would be read (and pass for findings).
    withName('vc_Answers', "'Questions'!$C$4:$BZZ$10", 'wide.xlsx');
    const result = await runCli(['validate', 'whole.xlsx', 'wide.xlsx', 'good.xlsx', '--json'], dir);
    expect(result.code).toBe(2);
    const { files } = JSON.parse(result.stdout) as { files: { file: string; complete: boolean; error?: string }[] };
    expect(files[0]).toEqual({
      file: 'whole.xlsx',
      complete: false,
      error:
        "whole.xlsx: the defined name vc_Coverage covers 1048573 rows × 16381 columns ('Coverage'!$D$4:$XFD$1048576), far more than a Vendor Compare workbook holds: refused rather than run out of memory. Point the name back at its cells (Formulas > Name Manager) or re-insert the template.",
    });
    expect(files[1]!.error).toMatch(/^wide\.xlsx: the defined name vc_Answers covers 7 rows × 2052 columns/);
    expect(files[2]).toMatchObject({ file: 'good.xlsx', complete: true });
    // fill and summary read through the same door.
    for (const command of ['fill', 'summary']) {
      const other = await runCli([command, 'whole.xlsx'], dir);
      expect(other.code, command).toBe(2);
      expect(other.stderr, command).toMatch(/^Error: whole\.xlsx: the defined name vc_Coverage covers 1048573 rows/);
    }
    const zh = await runCli(['validate', 'whole.xlsx', '--lang', 'zh'], dir);
    expect(zh.stdout).toContain('whole.xlsx：定义名称 vc_Coverage 覆盖 1048573 行 × 16381 列');
  });
});
