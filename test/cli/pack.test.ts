/**
 * `vendor-compare pack`: one workbook per vendor holding that vendor's inputs from the master
 * under the template's names (one column wide), its identity as document properties, protected
 * with the inputs unlocked; no part of any pack holds another vendor's data or the buyer's
 * numbers; a formula engine finds no error in a pack; bad requests are refused before writing.
 */
import ExcelJS from 'exceljs';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { DetailedCellError } from 'hyperformula';
import { readSnapshot } from '../../src/adapters/xlsx/readSnapshot';
import { customPropertiesOf } from '../../src/adapters/xlsx/packBytes';
import { PRICING_MODELS } from '../../src/core/catalogue/models';
import { COVERAGE_STATUSES } from '../../src/core/catalogue/layers';
import { CONTRACT_QUESTIONS, CONTRACT_STATUSES } from '../../src/core/catalogue/questions';
import { scenarioQuestions } from '../../src/core/catalogue/scenarios';
import { parseRange } from '../../src/core/plan/a1';
import { parseNameReference } from '../../src/core/snapshot/types';
import { identityOf, MASTER_ID_PROPERTY, questionSetFingerprint } from '../../src/core/packs/identity';
import { planPack } from '../../src/core/packs/planPack';
import type { Snapshot } from '../../src/core/snapshot/types';
import { WORKED_EXAMPLE } from '../fixtures/workedExample';
import { partNames, partText } from '../adapters/xlsx/zipFixtures';
import { loadPlan } from '../support/hyperformula';
import { runCli, tempFolder } from './runCli';
import { answeredOptions, loadWorkbook, namedCells, writeWorkbook } from './workbooks';

const QUESTIONS = CONTRACT_QUESTIONS.length + scenarioQuestions(WORKED_EXAMPLE.scenarios).length;
const VENDORS = WORKED_EXAMPLE.vendors.map((v) => v.name);
/** Per vendor, distinctive inputs typed into the master, so a leak is found by plain search. */
const platformFee = (c: number) => 120000.17 + 1000 * c;
const answer = (c: number, r: number) => `${VENDORS[c]} answers question ${r + 1} (zq${c}${r})`;
const evidence = (c: number, r: number) => `Clause ${c}.${r} of ${VENDORS[c]}'s contract`;
/** The buyer's own numbers: users, discount rate, demand, weights and response-time ratings. */
const USERS = 43217;
const DISCOUNT = 0.0817;
const DEMAND = [1201.5, 1203.5, 1205.5];
const WEIGHTS = [0.1713, 0.1719, 0.1727, 0.1733, 0.1739, 0.1369];
const RESPONSE_HOURS = (c: number) => 2.0625 + c;

const PACK_NAMES = [
  'vc_VendorNames',
  'vc_Model',
  'vc_QuoteCurrency',
  'vc_PlatformFee',
  'vc_SetupFee',
  'vc_CustomizationFee',
  'vc_Escalation',
  'vc_DayRate',
  'vc_IncludedHours',
  'vc_OverageRate',
  'vc_Tier',
  'vc_BasicFee',
  'vc_BasicHours',
  'vc_EnterpriseFee',
  'vc_EnterpriseHours',
  'vc_FlagshipFee',
  'vc_FlagshipHours',
  'vc_HourlyRate',
  'vc_IncidentFee',
  'vc_SubscriptionFee',
  'vc_Billing',
  'vc_CoverageIds',
  'vc_Coverage',
  'vc_CoveragePrice',
  'vc_CoverageUnit',
  'vc_QuestionIds',
  'vc_Answers',
  'vc_InContract',
  'vc_Evidence',
];

async function writeMaster(dir: string): Promise<string> {
  const path = join(dir, 'master.xlsx');
  await writeWorkbook(
    path,
    { ...answeredOptions(), users: USERS, discountRate: DISCOUNT, demand: WORKED_EXAMPLE.demand.map((d, y) => ({ ...d, devHours: DEMAND[y]! })) },
    {
      complete: true,
      edit: (workbook, plan) => {
        const put = (name: string, value: (r: number, c: number) => ExcelJS.CellValue) => {
          const { sheet, cells } = namedCells(plan, name);
          cells.forEach((row, r) => row.forEach((address, c) => (workbook.getWorksheet(sheet)!.getCell(address).value = value(r, c))));
        };
        put('vc_PlatformFee', (_, c) => platformFee(c));
        put('vc_Answers', (r, c) => answer(c, r));
        put('vc_Evidence', (r, c) => evidence(c, r));
        put('vc_Weights', (r) => WEIGHTS[r]!);
        // The first quality input, normal response hours, per vendor.
        const ratings = namedCells(plan, 'vc_ScoreInputs');
        ratings.cells[0]!.forEach((address, c) => (workbook.getWorksheet(ratings.sheet)!.getCell(address).value = RESPONSE_HOURS(c)));
      },
    },
  );
  return path;
}

async function snapshotOf(path: string): Promise<Snapshot> {
  return readSnapshot(await loadWorkbook(path), path);
}

const column = (snapshot: Snapshot, name: string, c: number) => snapshot.blocks[name]!.values.map((row) => row[c] ?? null);

/** Every part of a package as text. */
function allParts(path: string): string {
  const data = readFileSync(path);
  return partNames(data)
    .map((name) => partText(data, name))
    .join('\n');
}

describe('vendor-compare pack', () => {
  it('writes one pack per vendor with its values under one-column names, its identity and the instructions', async () => {
    const dir = tempFolder();
    const master = await writeMaster(dir);
    const before = await snapshotOf(master);
    const bytes = readFileSync(master);
    const run = await runCli(['pack', 'master.xlsx', '-o', 'packs', '--deadline', 'Friday 12 June', '--return-to', 'buyer@example.com'], dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^master\.xlsx had no master id: added [0-9a-f-]{36} to it/);
    expect(lines.slice(1)).toEqual(VENDORS.map((v) => `${v}: ${join('packs', `${v}.xlsx`)} (round 1, ${QUESTIONS} questions)`));
    expect(readdirSync(join(dir, 'packs')).sort()).toEqual(VENDORS.map((v) => `${v}.xlsx`).sort());

    const masterProps = await customPropertiesOf(readFileSync(master));
    const id = masterProps[MASTER_ID_PROPERTY]!;
    expect(lines[0]).toContain(id);
    // The master keeps everything else: every other part as it was, only the property added.
    const after = readFileSync(master);
    expect(partNames(after).sort()).toEqual([...partNames(bytes), 'docProps/custom.xml'].sort());
    for (const part of partNames(bytes).filter((p) => p !== '_rels/.rels' && p !== '[Content_Types].xml'))
      expect(partText(after, part), part).toBe(partText(bytes, part));

    for (const [c, vendor] of VENDORS.entries()) {
      const path = join(dir, 'packs', `${vendor}.xlsx`);
      const pack = await snapshotOf(path);
      expect(pack.sheetNames).toEqual(['Instructions', 'Pricing', 'Coverage', 'Questions', 'vc_PackBase']); // the merge's base: very hidden
      expect(Object.keys(pack.blocks).sort()).toEqual([...PACK_NAMES].sort());
      for (const name of PACK_NAMES) expect(pack.blocks[name]!.range.cols, name).toBe(1);
      expect(column(pack, 'vc_VendorNames', 0)).toEqual([vendor]);
      const model = PRICING_MODELS.find((m) => m.id === WORKED_EXAMPLE.vendors[c]!.model)!.label.en;
      expect(column(pack, 'vc_Model', 0)).toEqual([model]);
      expect(column(pack, 'vc_PlatformFee', 0)).toEqual([platformFee(c)]);
      expect(column(pack, 'vc_DayRate', 0)).toEqual([WORKED_EXAMPLE.vendors[c]!.dayRate]);
      expect(column(pack, 'vc_Answers', 0)).toEqual(Array.from({ length: QUESTIONS }, (_, r) => answer(c, r)));
      expect(column(pack, 'vc_Evidence', 0)).toEqual(Array.from({ length: QUESTIONS }, (_, r) => evidence(c, r)));
      expect(column(pack, 'vc_InContract', 0)).toEqual(Array(QUESTIONS).fill('Yes'));
      for (const name of ['vc_Coverage', 'vc_CoveragePrice', 'vc_CoverageUnit']) expect(column(pack, name, 0), name).toEqual(column(before, name, c));
      expect(column(pack, 'vc_Coverage', 0)).toContain('Included');

      const identity = identityOf(await customPropertiesOf(readFileSync(path)));
      expect(identity).toEqual({
        masterId: id,
        vendor,
        round: 1,
        questions: questionSetFingerprint(before),
        layoutVersion: 2,
        made: new Date().toISOString().slice(0, 10),
        // One fingerprint of the locked content per sheet to fill (the base sheet is not one).
        locked: {
          Instructions: expect.stringMatching(/^[0-9a-f]{8}$/),
          Pricing: expect.stringMatching(/^[0-9a-f]{8}$/),
          Coverage: expect.stringMatching(/^[0-9a-f]{8}$/),
          Questions: expect.stringMatching(/^[0-9a-f]{8}$/),
        },
      });
      const workbook = await loadWorkbook(path);
      expect(workbook.title).toBe(`Response pack for ${vendor}, round 1`);
      expect(workbook.subject).toBe('Vendor response pack: prices, support coverage and answers to the contract questions');
      const instructions = workbook.getWorksheet('Instructions')!;
      const texts: string[] = [];
      instructions.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
      expect(texts).toEqual(expect.arrayContaining([vendor, 'Friday 12 June', 'buyer@example.com', 'CNY']));
    }
  });

  it('never puts another vendor’s name, price or answer, nor the buyer’s demand, weights or ratings, in any part of a pack', async () => {
    const dir = tempFolder();
    const master = allParts(await writeMaster(dir));
    expect((await runCli(['pack', 'master.xlsx', '-o', 'packs'], dir)).code).toBe(0);
    const buyer = [USERS, DISCOUNT, ...DEMAND, ...WEIGHTS].map(String);
    const theirs = (o: number) => [VENDORS[o]!, String(platformFee(o)), `(zq${o}`, `Clause ${o}.`, String(RESPONSE_HOURS(o))];
    // The search would find them: the master holds every one as searched for.
    for (const s of [...buyer, ...VENDORS.flatMap((_, o) => theirs(o))]) expect(master).toContain(s);
    for (const [c, vendor] of VENDORS.entries()) {
      const text = allParts(join(dir, 'packs', `${vendor}.xlsx`));
      expect(text).toContain(String(platformFee(c)));
      expect(text).toContain(`(zq${c}0)`);
      for (const o of VENDORS.keys()) if (o !== c) for (const s of theirs(o)) expect(text, `${vendor}'s pack holds ${s}`).not.toContain(s);
      // Own ratings are the buyer's too.
      expect(text).not.toContain(String(RESPONSE_HOURS(c)));
      for (const n of buyer) expect(text, `${vendor}'s pack holds the buyer's ${n}`).not.toContain(n);
    }
  });

  it('protects every sheet without a password and leaves the input cells unlocked', async () => {
    const dir = tempFolder();
    await writeMaster(dir);
    await runCli(['pack', 'master.xlsx', '-o', 'packs', '--vendors', 'Beacon RTC'], dir);
    const path = join(dir, 'packs', 'Beacon RTC.xlsx');
    const data = readFileSync(path);
    const sheets = partNames(data).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets).toHaveLength(5); // four to fill, and the very hidden base
    for (const part of sheets) {
      expect(partText(data, part)).toMatch(/<sheetProtection\b[^>]*sheet="1"/);
      expect(partText(data, part)).not.toMatch(/password|hashValue/i);
    }
    const workbook = await loadWorkbook(path);
    // No --deadline or --return-to: the instructions say to ask the buyer.
    const instructions = workbook.getWorksheet('Instructions')!;
    expect([5, 6].map((row) => instructions.getCell(row + 1, 2).value)).toEqual(['(not given: ask the buyer)', '(not given: ask the buyer)']);
    const locked = (name: string) => {
      const at = parseNameReference(workbook.definedNames.getRanges(name).ranges[0]!)!;
      const { row, col } = parseRange(at.address);
      return workbook.getWorksheet(at.sheet)!.getCell(row + 1, col + 1).protection?.locked !== false;
    };
    for (const name of [
      'vc_VendorNames',
      'vc_Model',
      'vc_QuoteCurrency',
      'vc_PlatformFee',
      'vc_Billing',
      'vc_Coverage',
      'vc_CoveragePrice',
      'vc_CoverageUnit',
      'vc_Answers',
      'vc_InContract',
      'vc_Evidence',
    ])
      expect(locked(name), name).toBe(false);
    for (const name of ['vc_QuestionIds', 'vc_CoverageIds']) expect(locked(name), name).toBe(true);
  });

  it('plans a pack a formula engine computes without an error, its headers naming the vendor', async () => {
    const dir = tempFolder();
    const master = await snapshotOf(await writeMaster(dir));
    for (const language of ['en', 'zh'] as const) {
      const plan = planPack(master, { vendorIndex: 1, round: 2, language });
      const { hf } = loadPlan(plan);
      for (const [sheet, rows] of Object.entries(hf.getAllSheetsValues())) {
        rows.forEach((row, r) =>
          row.forEach((value, c) => expect(value instanceof DetailedCellError, `${sheet} row ${r + 1} col ${c + 1}: ${String(value)}`).toBe(false)),
        );
      }
      // Blank answers in red, by a rule of the pack's own (the template's reads Assumptions).
      const questions = plan.sheets.find((s) => s.key === 'questions')!;
      const answers = plan.names.find((n) => n.name === 'vc_Answers')!.range;
      expect(questions.conditionalFormats).toContainEqual({ range: answers, formula: 'LEN(TRIM(C4))=0', style: 'missing' });
      const notes = plan.sheets.flatMap((s) => s.blocks.flatMap((b) => b.cells.flat())).filter((v) => typeof v === 'string');
      expect(notes.some((text) => /Assumptions|假设/.test(text))).toBe(false);
      for (const key of ['coverage', 'questions'] as const) {
        const sheet = plan.sheets.find((s) => s.key === key)!.name;
        const name = key === 'coverage' ? 'vc_Coverage' : 'vc_Answers';
        const range = plan.names.find((n) => n.name === name)!.range;
        expect(hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row: range.row - 1, col: range.col })).toBe('Beacon RTC');
      }
    }
  });

  it('writes the dropdown values in the pack’s language (--lang zh from an English master)', async () => {
    const dir = tempFolder();
    await writeMaster(dir);
    expect((await runCli(['pack', 'master.xlsx', '-o', 'packs', '--lang', 'zh', '--vendors', 'aurora cloud'], dir)).code).toBe(0);
    const pack = await snapshotOf(join(dir, 'packs', 'Aurora Cloud.xlsx'));
    expect(pack.sheetNames[0]).toBe('填写说明');
    expect(column(pack, 'vc_Model', 0)).toEqual([PRICING_MODELS[0]!.label.zh]);
    expect(column(pack, 'vc_InContract', 0)).toEqual(Array(QUESTIONS).fill(CONTRACT_STATUSES.yes.zh));
    expect(column(pack, 'vc_Coverage', 0)).toContain(COVERAGE_STATUSES.included.zh);
    expect(column(pack, 'vc_Coverage', 0)).not.toContain('Included');
    expect(column(pack, 'vc_Answers', 0)[0]).toBe(answer(0, 0));
  });

  it('writes English labels from a Chinese master (--lang en)', async () => {
    const dir = tempFolder();
    await writeWorkbook(join(dir, 'master.xlsx'), { ...answeredOptions(), language: 'zh' }, { complete: true });
    expect((await runCli(['pack', 'master.xlsx', '-o', 'packs', '--lang', 'en', '--vendors', 'Beacon RTC'], dir)).code).toBe(0);
    const pack = await snapshotOf(join(dir, 'packs', 'Beacon RTC.xlsx'));
    expect(pack.sheetNames).toEqual(['Instructions', 'Pricing', 'Coverage', 'Questions', 'vc_PackBase']); // the merge's base: very hidden
    expect(column(pack, 'vc_Model', 0)).toEqual(['Tiered service']);
    expect(column(pack, 'vc_Tier', 0)).toEqual(['Enterprise']);
    expect(column(pack, 'vc_InContract', 0)).toEqual(Array(QUESTIONS).fill('Yes'));
    expect(column(pack, 'vc_Coverage', 0)).toContain('Included');
    expect(column(pack, 'vc_Coverage', 0).every((v) => typeof v === 'string' && /^[A-Za-z ]+$/.test(v))).toBe(true);
  });

  it('makes only the vendors asked for, keeps the master id, and refuses existing packs without --force', async () => {
    const dir = tempFolder();
    await writeMaster(dir);
    const first = await runCli(['pack', 'master.xlsx', '-o', 'packs', '--vendors', ' delta talk,Beacon RTC', '--round', '2'], dir);
    expect(first.code).toBe(0);
    expect(readdirSync(join(dir, 'packs')).sort()).toEqual(['Beacon RTC.xlsx', 'Delta Talk.xlsx']);
    const id = (await customPropertiesOf(readFileSync(join(dir, 'master.xlsx'))))[MASTER_ID_PROPERTY];
    expect(identityOf(await customPropertiesOf(readFileSync(join(dir, 'packs', 'Delta Talk.xlsx'))))).toMatchObject({ masterId: id, round: 2 });

    const again = await runCli(['pack', 'master.xlsx', '-o', 'packs', '--vendors', 'Beacon RTC'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(join('packs', 'Beacon RTC.xlsx'));
    const forced = await runCli(['pack', 'master.xlsx', '-o', 'packs', '--vendors', 'Beacon RTC', '--force'], dir);
    expect(forced).toMatchObject({ code: 0, stdout: `Beacon RTC: ${join('packs', 'Beacon RTC.xlsx')} (round 1, ${QUESTIONS} questions)\n` });
    expect((await customPropertiesOf(readFileSync(join(dir, 'master.xlsx'))))[MASTER_ID_PROPERTY]).toBe(id);
  });

  it('refuses an unknown vendor, a bad round or language, and a file as the output folder, writing nothing', async () => {
    const dir = tempFolder();
    await writeMaster(dir);
    const unknown = await runCli(['pack', 'master.xlsx', '-o', 'packs', '--vendors', 'Aurora Cloud,Zeta'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('master.xlsx has no vendor named “Zeta”. Its vendors: Aurora Cloud, Beacon RTC, Cirrus IM, Delta Talk.');
    expect((await runCli(['pack', 'master.xlsx', '-o', 'packs', '--round', '0'], dir)).code).toBe(2);
    expect((await runCli(['pack', 'master.xlsx', '-o', 'packs', '--round', '1.5'], dir)).code).toBe(2);
    expect((await runCli(['pack', 'master.xlsx', '-o', 'packs', '--lang', 'fr'], dir)).code).toBe(2);
    writeFileSync(join(dir, 'taken'), 'x');
    const file = await runCli(['pack', 'master.xlsx', '-o', 'taken'], dir);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('taken is a file, not a folder');
    await writeWorkbook(join(dir, 'moved.xlsx'), answeredOptions(), {
      edit: (workbook, plan) => {
        const ids = namedCells(plan, 'vc_QuestionIds');
        workbook.getWorksheet(ids.sheet)!.getCell(ids.cells[1]![0]!).value = 'Q9';
      },
    });
    const moved = await runCli(['pack', 'moved.xlsx', '-o', 'packs'], dir);
    expect(moved).toMatchObject({ code: 2, stdout: '' });
    expect(moved.stderr).toContain('moved.xlsx: the rows of vc_QuestionIds are not the template’s');
    // A master of the first layout (the fixture of version 1) is not packed: its packs could not merge back.
    copyFileSync(join(__dirname, '../fixtures/v1/worked-example.en.xlsx'), join(dir, 'old.xlsx'));
    const old = await runCli(['pack', 'old.xlsx', '-o', 'packs'], dir);
    expect(old).toMatchObject({ code: 2, stdout: '' });
    expect(old.stderr).toContain('old.xlsx was made by an earlier version of Vendor Compare: run `vendor-compare fill` on it first');
    expect(existsSync(join(dir, 'packs'))).toBe(false);
    // Refused before the master id was added.
    expect((await customPropertiesOf(readFileSync(join(dir, 'master.xlsx'))))[MASTER_ID_PROPERTY]).toBeUndefined();
  });

  it('names each pack file safely: forbidden characters replaced, reserved names prefixed, duplicates numbered, Chinese kept', async () => {
    const dir = tempFolder();
    const names = ['A/B', 'a:b', 'CON', '华为 云', 'x?'];
    await writeWorkbook(join(dir, 'master.xlsx'), { ...WORKED_EXAMPLE, vendors: names.map((name) => ({ name })) });
    const run = await runCli(['pack', 'master.xlsx', '-o', 'packs'], dir);
    expect(run.code).toBe(0);
    const files = ['A_B.xlsx', 'a_b (2).xlsx', '_CON.xlsx', '华为 云.xlsx', 'x_.xlsx'];
    expect(readdirSync(join(dir, 'packs')).sort()).toEqual([...files].sort());
    for (const [i, file] of files.entries()) {
      const identity = identityOf(await customPropertiesOf(readFileSync(join(dir, 'packs', file))));
      expect(identity?.vendor).toBe(names[i]);
      expect(column(await snapshotOf(join(dir, 'packs', file)), 'vc_VendorNames', 0)).toEqual([names[i]]);
    }
  });
});
