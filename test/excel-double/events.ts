/**
 * Worksheet onChanged events of the double. A handler is registered at sync and stays active
 * after its Excel.run returns, as in Office.js; it is removed only by remove() synced on the
 * request context that added it. Tests fire events with WorkbookDouble.userEdit / fireChanged.
 */
import type { EventHandlerResultLike, EventHandlersLike, WorksheetChangedEventArgsLike } from '../../src/adapters/excel/excelTypes';
import type { RequestContextDouble } from './context';
import type { WorksheetProxy } from './worksheets';

type Handler = (args: WorksheetChangedEventArgsLike) => Promise<unknown>;

export class WorksheetChangedHandlers implements EventHandlersLike<WorksheetChangedEventArgsLike> {
  constructor(private readonly sheet: WorksheetProxy) {}

  add(handler: Handler): EventHandlerResultLike {
    const ctx = this.sheet.ctx;
    let id: number | undefined;
    this.sheet.onSheet('onChanged.add', [], (sheet, state) => {
      id = state.nextId++;
      state.changeHandlers.push({ id, sheetId: sheet.id, handler: handler as (args: Excel.WorksheetChangedEventArgs) => Promise<unknown> });
    });
    return new HandlerResult(ctx, () => id);
  }
}

class HandlerResult implements EventHandlerResultLike {
  constructor(
    readonly context: RequestContextDouble,
    private readonly id: () => number | undefined,
  ) {}

  remove(): void {
    this.context.enqueue('onChanged.remove', 'eventHandler', [], (run) => {
      run.state.changeHandlers = run.state.changeHandlers.filter((h) => h.id !== this.id());
    });
  }
}
