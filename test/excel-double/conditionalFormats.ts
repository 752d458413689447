/**
 * Conditional formats of the double: custom ones can be added, every kind can be listed (type
 * and, for custom ones, the rule's formula), deleted and cleared from a range. A range's
 * collection holds the formats that intersect it, as in Excel. A format trimmed by clearAll may
 * apply to several rectangles: the state then holds one entry per rectangle, sharing the id.
 */
import type {
  ConditionalFormatCollectionLike,
  ConditionalFormatLike,
  ConditionalRangeFormatLike,
  CustomConditionalFormatLike,
} from '../../src/adapters/excel/excelTypes';
import type { SyncRun } from './context';
import { DoubleExcelError, invalidArgument, propertyNotLoaded } from './errors';
import { ProxyBase } from './proxy';
import type { RangeProxy } from './range';
import { assertAllowed } from './protection';
import { normaliseColor } from './rules';
import { subtractRect } from '../../src/core/plan/subtractRect';
import type { Rect } from '../../src/core/plan/types';
import { type ConditionalFormatState, intersects, type SheetState, type WorkbookState } from './state';

type LoadOptions = { type?: boolean; customOrNullObject?: { rule?: { formula?: boolean } } };

/** The format's entries (one per rectangle) and its sheet; a protected sheet's formats cannot change (protection.ts). */
function findFormat(state: WorkbookState, id: number | undefined, location: string): { sheet: SheetState; parts: ConditionalFormatState[] } {
  for (const sheet of state.sheets) {
    const parts = sheet.conditionalFormats.filter((c) => c.id === id);
    if (parts.length === 0) continue;
    assertAllowed(sheet, 'rules', location);
    return { sheet, parts };
  }
  throw new DoubleExcelError('ItemNotFound', 'The conditional format does not exist.');
}

/** The formats with the cells of `hole` taken out of where they apply; a format left with no cells goes. */
export function clearFormatsIn(list: ConditionalFormatState[], hole: Rect): ConditionalFormatState[] {
  return list.flatMap((cf) => (intersects(cf.rect, hole) ? subtractRect(cf.rect, hole).map((rect) => ({ ...cf, rect })) : [cf]));
}

export class ConditionalFormatCollectionProxy extends ProxyBase implements ConditionalFormatCollectionLike {
  constructor(private readonly range: RangeProxy) {
    super(range.ctx, range.ctx.newRef('conditionalFormats'), 'ConditionalFormatCollection');
  }

  get items(): ConditionalFormatProxy[] {
    return this.read<ConditionalFormatProxy[]>('items');
  }

  add(type: 'Custom'): ConditionalFormatProxy {
    const format = new ConditionalFormatProxy(this.range);
    this.range.onTarget('conditionalFormats.add', [type], (t, run) => {
      if (type !== 'Custom') throw new DoubleExcelError('NotImplemented', `The double supports only custom conditional formats.`);
      assertAllowed(t.sheet, 'rules', 'ConditionalFormatCollection.add');
      const id = run.state.nextId++;
      t.sheet.conditionalFormats.push({ id, rect: t.rect, type, formula: '' });
      format.id = id;
    });
    return format;
  }

  /**
   * ConditionalFormatCollection.clearAll (ExcelApi 1.6): "Clears all conditional formats active
   * on the current specified range" (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-clearall-member(1)).
   * A format reaching outside the range keeps those cells, as Excel's Clear Rules from Selected
   * Cells trims a rule's "Applies to".
   */
  clearAll(): void {
    this.range.onTarget('conditionalFormats.clearAll', [], (t) => {
      assertAllowed(t.sheet, 'rules', 'ConditionalFormatCollection.clearAll');
      t.sheet.conditionalFormats = clearFormatsIn(t.sheet.conditionalFormats, t.rect);
    });
  }

  load(options: LoadOptions): this {
    const withType = options.type === true;
    const withFormula = options.customOrNullObject?.rule?.formula === true;
    this.queue('conditionalFormats.load', [{ type: withType, formula: withFormula }], (run) => {
      const t = this.range.target(run.state);
      if (!t) {
        this.resolvedAt(run, true);
        return;
      }
      const ids = new Set(t.sheet.conditionalFormats.filter((cf) => intersects(cf.rect, t.rect)).map((cf) => cf.id));
      const found = [...ids].map((id) => ({ ...t.sheet.conditionalFormats.find((cf) => cf.id === id)! }));
      run.commits.push(() => {
        const items = found.map((cf) => {
          const item = new ConditionalFormatProxy(this.range, cf.id);
          item.deliverNow(withType ? { type: cf.type } : {});
          item.custom.deliverLoaded(cf.type === 'Custom', withFormula ? cf.formula : undefined);
          return item;
        });
        this.deliverNow({ items });
      });
    });
    return this;
  }
}

export class ConditionalFormatProxy extends ProxyBase implements ConditionalFormatLike {
  readonly custom: CustomFormatProxy;

  constructor(
    private readonly range: RangeProxy,
    public id?: number,
  ) {
    super(range.ctx, range.ctx.newRef('conditionalFormat'), 'ConditionalFormat');
    this.custom = new CustomFormatProxy(this);
  }

  get customOrNullObject(): CustomFormatProxy {
    return this.custom;
  }

  get type(): Excel.ConditionalFormatType {
    return this.read<Excel.ConditionalFormatType>('type');
  }

  delete(): void {
    this.queue('delete', [], (run) => {
      const { sheet, parts } = findFormat(run.state, this.id, 'ConditionalFormat.delete');
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !parts.includes(cf));
    });
  }

  /** Queue a change of this format's stored state. */
  change(op: string, value: unknown, apply: (cf: ConditionalFormatState) => void): void {
    this.range.onTarget(op, [value], (_t, run: SyncRun) => findFormat(run.state, this.id, `ConditionalFormat.${op}`).parts.forEach(apply));
  }
}

class RuleProxy extends ProxyBase {
  constructor(private readonly owner: ConditionalFormatProxy) {
    super(owner.ctx, owner.ctx.newRef('rule'), 'ConditionalFormatRule');
  }

  get formula(): string {
    return this.read<string>('formula');
  }

  set formula(value: string) {
    this.owner.change('custom.rule.formula', value, (cf) => {
      if (typeof value !== 'string' || !value.startsWith('=') || value.length > 8192) {
        throw invalidArgument('A conditional format formula must start with "=".', 'ConditionalFormatRule.formula');
      }
      cf.formula = value;
    });
  }
}

export class CustomFormatProxy extends ProxyBase implements CustomConditionalFormatLike {
  readonly rule: RuleProxy;
  readonly format: ConditionalRangeFormatLike;

  constructor(owner: ConditionalFormatProxy) {
    super(owner.ctx, owner.ctx.newRef('custom'), 'CustomConditionalFormat');
    this.rule = new RuleProxy(owner);
    const color = (op: string, location: string, set: (cf: ConditionalFormatState, c: string) => void) => ({
      get color(): string {
        throw propertyNotLoaded(location, 'color');
      },
      set color(value: string) {
        owner.change(op, value, (cf) => set(cf, normaliseColor(value, `${location}.color`)));
      },
    });
    this.format = {
      fill: color('custom.format.fill.color', 'ConditionalRangeFill', (cf, c) => {
        cf.fill = c;
      }),
      font: color('custom.format.font.color', 'ConditionalRangeFont', (cf, c) => {
        cf.fontColor = c;
      }),
    };
  }

  /** Items of a loaded collection: a null object unless the format is custom. */
  deliverLoaded(isCustom: boolean, formula: string | undefined): void {
    if (!isCustom) {
      this.markNull();
      return;
    }
    this.deliverNow({});
    if (formula !== undefined) this.rule.deliverNow({ formula });
  }
}
