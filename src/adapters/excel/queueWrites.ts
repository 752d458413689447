/** Queues WriteOps on a request context. Nothing reaches Excel until the caller syncs. */
import { columnLetters } from '../../core/plan/a1';
import type { Rect } from '../../core/plan/types';
import type { RangeLike, RequestContextLike, WorksheetLike } from './excelTypes';
import { OWN_CHART_NAME } from './overviewChart';
import { TEMPLATE_PROTECTION } from './protection';
import { CELL_STYLES } from './styles';
import type { WriteOp } from './writeOps';

/** `sheets` maps the names of sheets added so far to their proxies; it carries over between
 * batches of one insert, as proxies stay valid across syncs of one context. */
export function queueWrites(context: RequestContextLike, ops: readonly WriteOp[], sheets: Map<string, WorksheetLike>): void {
  const sheetOf = (name: string): WorksheetLike => {
    const sheet = sheets.get(name);
    if (!sheet) throw new Error(`write to sheet ${name} before it was added`);
    return sheet;
  };
  // One proxy per rectangle: formats, validation and highlighting of a block share it.
  const ranges = new Map<string, RangeLike>();
  const rangeOf = (name: string, r: Rect): RangeLike => {
    const key = `${name}|${r.row},${r.col},${r.rows},${r.cols}`;
    let range = ranges.get(key);
    if (!range) {
      range = sheetOf(name).getRangeByIndexes(r.row, r.col, r.rows, r.cols);
      ranges.set(key, range);
    }
    return range;
  };

  for (const op of ops) {
    switch (op.kind) {
      case 'addSheet': {
        const sheet = context.workbook.worksheets.add(op.sheet);
        sheet.tabColor = op.tabColor;
        sheets.set(op.sheet, sheet);
        break;
      }
      case 'insertRows': {
        sheetOf(op.sheet).getRangeByIndexes(op.at, 0, op.count, 1).getEntireRow().insert('Down');
        // Inserted rows take the validation of the row above (a model dropdown over the quote
        // currency, say): the patch sets what they need.
        sheetOf(op.sheet).getRangeByIndexes(op.at, 0, op.count, 1).getEntireRow().dataValidation.clear();
        break;
      }
      case 'edit': {
        // Excel moves every reference, name, rule and chart, as its own Insert / Delete does.
        const sheet = sheetOf(op.sheet);
        const span = Math.abs(op.count);
        if (op.axis === 'cols') {
          const columns = sheet.getRangeByIndexes(0, op.at, 1, span).getEntireColumn();
          if (op.count > 0) columns.insert('Right');
          else columns.delete('Left');
        } else {
          const rows = sheet.getRangeByIndexes(op.at, 0, span, 1).getEntireRow();
          if (op.count > 0) rows.insert('Down');
          else rows.delete('Up');
        }
        break;
      }
      case 'clear':
        sheetOf(op.sheet).getRangeByIndexes(op.rect.row, op.rect.col, op.rect.rows, op.rect.cols).clear('All');
        break;
      case 'clearRules': {
        const range = sheetOf(op.sheet).getRangeByIndexes(op.rect.row, op.rect.col, op.rect.rows, op.rect.cols);
        range.conditionalFormats.clearAll();
        range.dataValidation.clear();
        break;
      }
      case 'deleteChart':
        sheetOf(op.sheet).charts.getItemOrNullObject(op.name).delete();
        break;
      case 'cells':
        rangeOf(op.sheet, op.rect)[op.property] = op.data;
        break;
      case 'format':
        applyFormat(rangeOf(op.sheet, op.rect), op);
        applyUnlock(rangeOf(op.sheet, op.rect), op);
        break;
      case 'columnWidth':
        sheetOf(op.sheet).getRangeByIndexes(0, op.col, 1, op.cols).format.columnWidth = op.points;
        break;
      case 'rowHeight':
        sheetOf(op.sheet).getRangeByIndexes(op.row, 0, 1, 1).format.rowHeight = op.points;
        break;
      case 'freeze': {
        const panes = sheetOf(op.sheet).freezePanes;
        if (op.rows > 0 && op.cols > 0) panes.freezeAt(sheetOf(op.sheet).getRangeByIndexes(0, 0, op.rows, op.cols));
        else if (op.rows > 0) panes.freezeRows(op.rows);
        else panes.freezeColumns(op.cols);
        break;
      }
      case 'hide':
        for (const row of op.rows) sheetOf(op.sheet).getRangeByIndexes(row, 0, 1, 1).rowHidden = true;
        for (const col of op.cols) sheetOf(op.sheet).getRangeByIndexes(0, col, 1, 1).columnHidden = true;
        break;
      case 'validation': {
        const validation = rangeOf(op.sheet, op.rect).dataValidation;
        validation.rule = op.rule;
        if (op.prompt) validation.prompt = { showPrompt: true, message: op.prompt, title: '' };
        if (op.error) validation.errorAlert = { showAlert: true, style: 'Stop', message: op.error, title: '' };
        break;
      }
      case 'conditionalFormat': {
        const cf = rangeOf(op.sheet, op.rect).conditionalFormats.add('Custom');
        cf.custom.rule.formula = op.formula;
        if (op.fill) cf.custom.format.fill.color = op.fill;
        if (op.fontColor) cf.custom.format.font.color = op.fontColor;
        break;
      }
      case 'name':
        // names.add refuses a name that exists: a widened block is defined anew (nothing refers to it).
        if (op.replace) context.workbook.names.getItemOrNullObject(op.name).delete();
        context.workbook.names.add(op.name, rangeOf(op.sheet, op.rect), op.comment || undefined);
        break;
      case 'chart':
        queueChart(sheetOf(op.sheet), rangeOf(op.sheet, op.source), op);
        break;
      case 'print': {
        const layout = sheetOf(op.sheet).pageLayout;
        layout.orientation = 'Landscape';
        // No height given is "as many pages tall as needed", as Excel's Page Setup leaves it blank
        // (not verified on real Excel: the docs only say the value may be null).
        layout.zoom = op.pagesTall > 0 ? { horizontalFitToPages: 1, verticalFitToPages: op.pagesTall } : { horizontalFitToPages: 1 };
        if (op.titleRows > 0) layout.setPrintTitleRows(`$1:$${op.titleRows}`);
        if (op.titleCols > 0) layout.setPrintTitleColumns(`$A:$${columnLetters(op.titleCols - 1)}`);
        const footer = layout.headersFooters.defaultForAllPages;
        footer.leftFooter = op.footer.left;
        footer.centerFooter = op.footer.center;
        footer.rightFooter = op.footer.right;
        break;
      }
      case 'properties':
        for (const [key, value] of Object.entries(op.values) as [keyof typeof op.values, string][]) context.workbook.properties[key] = value;
        break;
      case 'activate':
        sheetOf(op.sheet).activate();
        break;
      case 'protect':
        sheetOf(op.sheet).protection.protect(TEMPLATE_PROTECTION);
        break;
    }
  }
}

function queueChart(sheet: WorksheetLike, source: RangeLike, op: Extract<WriteOp, { kind: 'chart' }>): void {
  // Series names and categories come from the block's header row and label column, as
  // references (see overviewChart.ts); the title follows its cell too.
  const chart = sheet.charts.add('Line', source, 'Columns');
  chart.name = OWN_CHART_NAME;
  chart.title.setFormula(op.titleFormula);
  chart.legend.position = 'Bottom';
  chart.setPosition(op.topLeft, op.bottomRight);
}

function applyFormat(range: RangeLike, op: Extract<WriteOp, { kind: 'format' }>): void {
  if (op.numberFormat) {
    const row = new Array<string>(op.rect.cols).fill(op.numberFormat);
    range.numberFormat = Array.from({ length: op.rect.rows }, () => row);
  }
  if (!op.style) return;
  const style = CELL_STYLES[op.style];
  if (style.fill) range.format.fill.color = style.fill;
  if (style.fontColor) range.format.font.color = style.fontColor;
  if (style.bold) range.format.font.bold = true;
  if (style.italic) range.format.font.italic = true;
  if (style.size) range.format.font.size = style.size;
  if (style.underline) range.format.font.underline = style.underline;
  if (style.wrap) range.format.wrapText = true;
}

/** Every cell starts locked, as in Excel: only the cells a user types in are unlocked. */
function applyUnlock(range: RangeLike, op: Extract<WriteOp, { kind: 'format' }>): void {
  if (op.unlocked) range.format.protection.locked = false;
}
