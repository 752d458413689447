/**
 * Refill when the user changes a vendor's pricing model: an onChanged handler on the sheet
 * that holds vc_Model runs "fill" (without replacing overwritten cells) whenever a change
 * touches the vc_Model row. Edits elsewhere cost nothing; after a structural change (rows or
 * columns inserted or deleted) the handler first asks Excel where vc_Model is now.
 *
 * Office.js keeps a handler after its Excel.run returns; it must be removed on the request
 * context that added it, which is why the registration is returned.
 */
import { parseRange } from '../../core/plan/a1';
import type { Rect } from '../../core/plan/types';
import { parseNameReference } from '../../core/snapshot/types';
import type { FillResult } from './contract';
import { TemplateStructureError } from './errors';
import type { EventHandlerResultLike, RangeLike, RequestContextLike, WorksheetChangedEventArgsLike } from './excelTypes';
import { fillFormulas } from './fillFormulas';
import { addressAreas, rectsIntersect } from './rects';

/** Runs a batch in a fresh request context: Excel.run in production. */
export type BatchRunner = <T>(batch: (context: RequestContextLike) => Promise<T>) => Promise<T>;

/** vc_Model's range (with its sheet) and where it is now. One sync. */
async function locateModel(context: RequestContextLike): Promise<{ range: RangeLike; rect: Rect }> {
  const range = context.workbook.names.getItemOrNullObject('vc_Model').getRangeOrNullObject();
  range.load({ address: true });
  await context.sync();
  const where = range.isNullObject ? null : parseNameReference(range.address);
  if (!where) throw new TemplateStructureError('watch', ['vc_Model']);
  return { range, rect: parseRange(where.address) };
}

export async function watchModelChanges(
  context: RequestContextLike,
  runBatch: BatchRunner,
  onChange: (result: FillResult) => void,
  onError: (error: unknown) => void,
): Promise<EventHandlerResultLike> {
  const { range, rect } = await locateModel(context);
  let modelRect = rect;

  const handle = async (event: WorksheetChangedEventArgsLike): Promise<void> => {
    if (String(event.changeType) !== 'RangeEdited') modelRect = (await runBatch(locateModel)).rect;
    const columns = new Set<number>();
    for (const area of addressAreas(event.address).filter((a) => rectsIntersect(a, modelRect))) {
      const first = Math.max(area.col, modelRect.col);
      const last = Math.min(area.col + area.cols, modelRect.col + modelRect.cols) - 1;
      for (let col = first; col <= last; col++) columns.add(col);
    }
    if (columns.size === 0) return;
    // Only the vendors whose model changed: cells typed over formulas elsewhere must not block it.
    onChange(await runBatch((ctx) => fillFormulas(ctx, false, columns)));
  };

  // One change at a time: two quick model edits must not write over each other. Each event's
  // own promise (returned to Office.js) carries its outcome; the chain only keeps the order.
  let last: Promise<unknown> = Promise.resolve();
  const registration = range.worksheet.onChanged.add((event) => {
    // A failed refill goes to onError: Office.js would drop a rejected handler silently.
    const run = last.then(() => handle(event)).catch(onError);
    last = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  });
  await context.sync();
  return registration;
}
