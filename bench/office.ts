/** The Office.js adapter on the typed Excel double: syncs, largest request, and time with and
 * without a simulated Excel-on-the-web round trip per sync. */
import { measureAnalysis } from '../test/excel-double/measureAnalysis';
import { measureInsert } from '../test/excel-double/measureInsert';
import { measurePacks } from '../test/excel-double/measurePacks';
import { measureEvaluatorChange, measureVendorChange } from '../test/excel-double/measureVendorChange';
import { kb, printTable, timed } from './table';

const LATENCY_MS = 100;
const QUESTIONS = 40;

export async function benchOffice(): Promise<void> {
  const rows: (string | number)[][] = [];
  const row = (what: string, syncs: number, maxPayload: number, fast: number, slow: number) =>
    rows.push([what, syncs, kb(maxPayload), `${fast.toFixed(0)} ms`, `${slow.toFixed(0)} ms`]);
  for (const vendors of [3, 10, 50]) {
    const fast = await timed(() => measureInsert(vendors));
    const slow = await timed(() => measureInsert(vendors, { latencyMs: LATENCY_MS }));
    row(`insert template, ${vendors} vendors`, fast.value.syncs, fast.value.maxPayloadBytes, fast.ms, slow.ms);
  }
  for (const vendors of [3, 10, 50]) {
    const fast = await measureAnalysis(vendors, QUESTIONS);
    const slow = await measureAnalysis(vendors, QUESTIONS, { latencyMs: LATENCY_MS });
    row(`validate (read + rules), ${vendors} x ${QUESTIONS}`, fast.validate.syncs, fast.validate.maxPayloadBytes, fast.validate.ms, slow.validate.ms);
    row(`fill formulas, ${vendors} vendors x 10 years`, fast.fill.syncs, fast.fill.maxPayloadBytes, fast.fill.ms, slow.fill.ms);
  }
  for (const vendors of [3, 10, 50]) {
    const fast = await measureVendorChange(vendors);
    const slow = await measureVendorChange(vendors, LATENCY_MS);
    row(`add a vendor (2nd of ${vendors + 1})`, fast.add.syncs, fast.add.maxPayloadBytes, fast.add.ms, slow.add.ms);
    row(`remove a vendor (2nd of ${vendors + 1})`, fast.remove.syncs, fast.remove.maxPayloadBytes, fast.remove.ms, slow.remove.ms);
  }
  // 0: the one-evaluator Scorecard, whose inputs move into the first block.
  for (const evaluators of [0, 2, 9]) {
    const fast = await measureEvaluatorChange(50, evaluators);
    const slow = await measureEvaluatorChange(50, evaluators, LATENCY_MS);
    const of = Math.max(evaluators, 1) + 1;
    row(`add an evaluator (2nd, ${of} in all), 50 vendors`, fast.add.syncs, fast.add.maxPayloadBytes, fast.add.ms, slow.add.ms);
    row(`remove the 2nd evaluator of ${of}, 50 vendors`, fast.remove.syncs, fast.remove.maxPayloadBytes, fast.remove.ms, slow.remove.ms);
  }
  for (const vendors of [3, 10, 50]) {
    const fast = await measurePacks(vendors);
    const slow = await measurePacks(vendors, LATENCY_MS);
    row(`pane: make ${vendors} packs (read the master, add its id)`, fast.make.syncs, fast.make.maxPayloadBytes, fast.make.ms, slow.make.ms);
    row(`pane: preview ${vendors} returned packs`, fast.preview.syncs, fast.preview.maxPayloadBytes, fast.preview.ms, slow.preview.ms);
    const perPack = (fast.apply.syncs / vendors).toFixed(2);
    row(
      `pane: apply ${vendors} packs, ${fast.apply.changes} changes (${perPack} syncs per pack; budget 2)`,
      fast.apply.syncs,
      fast.apply.maxPayloadBytes,
      fast.apply.ms,
      slow.apply.ms,
    );
  }
  printTable(
    `Office.js adapter on the test double, ExcelApi 1.9 host (request = JSON of the queued operations; ${LATENCY_MS} ms simulated per sync)`,
    ['operation', 'syncs', 'largest request', 'no latency', `${LATENCY_MS} ms/sync`],
    rows,
  );
}
