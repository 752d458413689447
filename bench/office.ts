/** Office writer on the typed Excel double: syncs, largest request, time with and without latency. */
import { measureInsert } from '../test/excel-double/measureInsert';
import { kb, printTable, timed } from './table';

const LATENCY_MS = 100;

export async function benchOffice(): Promise<void> {
  const rows: (string | number)[][] = [];
  for (const vendors of [3, 10, 50]) {
    const fast = await timed(() => measureInsert(vendors));
    const slow = await timed(() => measureInsert(vendors, { latencyMs: LATENCY_MS }));
    rows.push([`insert, ${vendors} vendors`, fast.value.syncs, kb(fast.value.maxPayloadBytes), `${fast.ms.toFixed(0)} ms`, `${slow.ms.toFixed(0)} ms`]);
  }
  printTable(
    `Office.js adapter on the test double (simulated ${LATENCY_MS} ms per sync)`,
    ['operation', 'syncs', 'largest request', 'no latency', `${LATENCY_MS} ms/sync`],
    rows,
  );
}
