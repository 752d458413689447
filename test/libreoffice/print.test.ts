/**
 * The printed workbook (issue 9), rendered by LibreOffice to PDF: the Overview a manager signs
 * fits one page for up to 10 vendors, and its first page is kept as a picture (test-output/print/,
 * or docs/screenshots/ under `npm run screenshots`, for the README).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addChart, cellText } from '../../src/adapters/xlsx/addChart';
import { writePlanToWorkbook } from '../../src/adapters/xlsx/writePlan';
import type { Language } from '../../src/core/catalogue/text';
import type { TemplateOptions } from '../../src/core/options';
import { overviewChartOf } from '../../src/core/template/overviewChartData';
import { planTemplate } from '../../src/core/template/planTemplate';
import { answeredOptions, namedCells } from '../cli/workbooks';
import { WORKED_EXAMPLE } from '../fixtures/workedExample';
import { ratedColumn } from '../support/quality';
import { convertWithLibreOffice } from './recalculate';

const PICTURES = join(__dirname, '..', '..', process.env.VC_SCREENSHOTS === 'docs' ? 'docs/screenshots' : 'test-output/print');

/** The worked example over a 10-year term: LibreOffice 7.4 draws the #N/A of years beyond a
 * shorter term as 0 (Excel leaves them out), which the README's picture would show as a drop. */
function options(language: Language, count: number): TemplateOptions {
  const base = answeredOptions({ ...WORKED_EXAMPLE, language, termYears: 10 });
  const vendors = Array.from({ length: count }, (_, i) => ({ ...base.vendors[i % base.vendors.length]!, name: i < 4 ? base.vendors[i]!.name : `Vendor ${i + 1}` }));
  return { ...base, vendors };
}

/** The template as the CLI writes it (chart included), every vendor rated, technical depth 5 down to 1. */
async function workbookFile(dir: string, language: Language, count: number): Promise<string> {
  const plan = planTemplate(options(language, count));
  const workbook = writePlanToWorkbook(plan);
  const scores = namedCells(plan, 'vc_ScoreInputs');
  const rated = ratedColumn(language);
  scores.cells.forEach((row, r) =>
    row.forEach((address, v) => (workbook.getWorksheet(scores.sheet)!.getCell(address).value = r === 3 ? 5 - (v % 5) : rated[r]!)),
  );
  const chart = overviewChartOf(plan)!;
  const data = await addChart(new Uint8Array(await workbook.xlsx.writeBuffer()), { ...chart, titleText: cellText(workbook, chart.sheet, chart.title) });
  const path = join(dir, `overview-${language}-${count}.xlsx`);
  writeFileSync(path, data);
  return path;
}

/** The sheet each page of the PDF belongs to, read from the page's footer (it names its sheet). */
function pageSheets(pdf: string, sheets: readonly string[]): (string | undefined)[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  return Array.from({ length: pages }, (_, i) => {
    const text = execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' });
    const footer = text.trimEnd().split('\n').at(-1) ?? '';
    return sheets.find((name) => footer.includes(name));
  });
}

describe('the printed workbook (LibreOffice to PDF)', () => {
  it('prints the Overview on one page for 3 and 10 vendors, with its footer, in English and Chinese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vc-print-'));
    try {
      const cases = [
        { language: 'en' as const, count: 3 },
        { language: 'en' as const, count: 10 },
        { language: 'zh' as const, count: 4 },
      ];
      const files = await Promise.all(cases.map((c) => workbookFile(dir, c.language, c.count)));
      const pdfs = convertWithLibreOffice(files, 'pdf', 'pdf', join(dir, 'pdf'));
      cases.forEach((c, i) => {
        const sheets = planTemplate(options(c.language, c.count)).sheets.map((s) => s.name);
        const owners = pageSheets(pdfs[i]!, sheets);
        expect(owners.every((o) => o !== undefined), `${c.language} ${c.count}: a page without its sheet in the footer`).toBe(true);
        expect(owners.filter((o) => o === sheets[0]), `${c.language} ${c.count}: Overview pages`).toHaveLength(1);
        expect(new Set(owners)).toEqual(new Set(sheets));
      });
      // The README's pictures: the Overview page, in English (3 vendors) and Chinese (4).
      mkdirSync(PICTURES, { recursive: true });
      for (const [i, name] of [[0, 'print-overview.en'], [2, 'print-overview.zh']] as const) {
        execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdfs[i]!, join(PICTURES, name)]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
