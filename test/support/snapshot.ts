/**
 * Builds a validation Snapshot from a HyperFormula workbook, the way the adapters build one
 * from Excel or a file: every vc_* name, its values and formulas, and the row above it.
 * Named expressions follow rows and columns inserted in HyperFormula, as Excel's names do.
 */
import { DetailedCellError } from 'hyperformula';
import { parseRange } from '../../src/core/plan/a1';
import { parseNameReference, type NamedBlock, type Snapshot, type SnapshotValue } from '../../src/core/snapshot/types';
import type { LoadedWorkbook } from './hyperformula';

function toSnapshotValue(v: unknown): SnapshotValue {
  if (v instanceof DetailedCellError) return { error: v.value };
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

export function snapshotOf(wb: LoadedWorkbook, source = 'test'): Snapshot {
  const { hf } = wb;
  const blocks: Record<string, NamedBlock> = {};
  const broken: Snapshot['broken'] = [];
  for (const name of hf.listNamedExpressions()) {
    const reference = hf.getNamedExpressionFormula(name) ?? '';
    const parsed = parseNameReference(reference);
    const sheetId = parsed ? hf.getSheetId(parsed.sheet) : undefined;
    if (!parsed || sheetId === undefined) {
      broken.push({ name, reference });
      continue;
    }
    const range = parseRange(parsed.address);
    const read = (row: number, col: number) => ({ sheet: sheetId, row, col });
    const values: SnapshotValue[][] = [];
    const formulas: (string | null)[][] = [];
    for (let r = 0; r < range.rows; r++) {
      values.push([]);
      formulas.push([]);
      for (let c = 0; c < range.cols; c++) {
        const at = read(range.row + r, range.col + c);
        values[r]!.push(toSnapshotValue(hf.getCellValue(at)));
        formulas[r]!.push(hf.getCellFormula(at) ?? null);
      }
    }
    const above =
      range.row === 0 ? null : Array.from({ length: range.cols }, (_, c) => toSnapshotValue(hf.getCellValue(read(range.row - 1, range.col + c))));
    blocks[name] = { name, sheet: parsed.sheet, range, values, formulas, above };
  }
  return { source, sheetNames: hf.getSheetNames(), blocks, broken };
}
