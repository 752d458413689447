/** The charts a package draws on a sheet, with the references of their title and series. */
import { readFileSync } from 'node:fs';
import { relationships, relsPartOf, sheetParts, targetPart } from '../../src/adapters/xlsx/packageRels';
import { unescapeXml } from '../../src/adapters/xlsx/workbookNames';
import { readPart, readZipDirectory } from '../../src/adapters/xlsx/zipDirectory';

export interface ChartRefs {
  part: string;
  title: string | null;
  series: { name: string; categories: string; values: string; cached: number[] }[];
}

export function packageText(file: string): (part: string) => string | null {
  const data = readFileSync(file);
  const directory = readZipDirectory(data);
  if (!directory.ok) throw new Error(`${file} is not a zip`);
  return (part) => readPart(data, directory.entries, part)?.toString('utf8') ?? null;
}

const f = (xml: string) => unescapeXml(/<c:f>([^<]*)<\/c:f>/.exec(xml)?.[1] ?? '');

export function chartsOnSheet(file: string, sheet: string): ChartRefs[] {
  const text = packageText(file);
  const sheetPart = sheetParts(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels')).get(sheet);
  if (!sheetPart) throw new Error(`no sheet ${sheet}`);
  const drawings = relationships(text(relsPartOf(sheetPart))).filter((r) => r.type.endsWith('/drawing'));
  return drawings.flatMap((d) => {
    const drawing = targetPart(sheetPart, d.target);
    return relationships(text(relsPartOf(drawing)))
      .filter((r) => r.type.endsWith('/chart'))
      .map((r) => {
        const part = targetPart(drawing, r.target);
        const xml = text(part) ?? '';
        const title = /<c:title>[\s\S]*?<\/c:title>/.exec(xml)?.[0] ?? '';
        const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
          const ser = m[1]!;
          const values = /<c:val>[\s\S]*?<\/c:val>/.exec(ser)?.[0] ?? '';
          return {
            name: f(/<c:tx>[\s\S]*?<\/c:tx>/.exec(ser)?.[0] ?? ''),
            categories: f(/<c:cat>[\s\S]*?<\/c:cat>/.exec(ser)?.[0] ?? ''),
            values: f(values),
            cached: [...values.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])),
          };
        });
        return { part, title: title.includes('<c:f>') ? f(title) : null, series };
      });
  });
}

/** A reference without the quotes a writer may or may not put round the sheet name. */
export function unquoted(ref: string): string {
  return ref.replace(/^'((?:[^']|'')+)'!/, (_, name: string) => `${name.replace(/''/g, "'")}!`);
}
