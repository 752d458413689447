import fc from 'fast-check';
import { addressAreas, groupIntoRects, rectsIntersect } from './rects';

describe('groupIntoRects', () => {
  it('merges vertical runs, then equal runs side by side', () => {
    const cells = [
      { row: 3, col: 1, value: 'a' },
      { row: 4, col: 1, value: 'b' },
      { row: 3, col: 2, value: 'c' },
      { row: 4, col: 2, value: 'd' },
      { row: 6, col: 1, value: 'e' },
      { row: 3, col: 4, value: 'f' },
    ];
    expect(groupIntoRects(cells)).toEqual([
      { rect: { row: 3, col: 1, rows: 2, cols: 2 }, values: [['a', 'c'], ['b', 'd']] },
      { rect: { row: 6, col: 1, rows: 1, cols: 1 }, values: [['e']] },
      { rect: { row: 3, col: 4, rows: 1, cols: 1 }, values: [['f']] },
    ]);
  });

  it('covers every given cell exactly once with its value, and nothing else', () => {
    const cell = fc.record({ row: fc.integer({ min: 0, max: 12 }), col: fc.integer({ min: 0, max: 6 }), value: fc.integer() });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), (cells) => {
        const expected = new Map(cells.map((c) => [`${c.row},${c.col}`, c.value]));
        const seen = new Map<string, number>();
        for (const { rect, values } of groupIntoRects(cells)) {
          expect(values).toHaveLength(rect.rows);
          for (let r = 0; r < rect.rows; r++) {
            expect(values[r]).toHaveLength(rect.cols);
            for (let c = 0; c < rect.cols; c++) {
              const key = `${rect.row + r},${rect.col + c}`;
              expect(seen.has(key)).toBe(false);
              seen.set(key, values[r]![c]!);
            }
          }
        }
        expect(seen).toEqual(expected);
      }),
    );
  });
});

describe('addressAreas', () => {
  it('reads cells, ranges, whole rows and columns, several areas and a sheet prefix', () => {
    expect(addressAreas('D4')).toEqual([{ row: 3, col: 3, rows: 1, cols: 1 }]);
    expect(addressAreas("'My sheet'!$D$4:$F$4")).toEqual([{ row: 3, col: 3, rows: 1, cols: 3 }]);
    expect(addressAreas('5:6')).toEqual([{ row: 4, col: 0, rows: 2, cols: 16_384 }]);
    expect(addressAreas('B:C')).toEqual([{ row: 0, col: 1, rows: 1_048_576, cols: 2 }]);
    expect(addressAreas('A1,C3:D5')).toHaveLength(2);
    expect(addressAreas('not an address')).toEqual([]);
    // A RangeAreas address: every area with its sheet, whose name may hold commas (and "B2").
    expect(addressAreas("'a,B2,c'!D4, 'a,B2,c'!F6:G7")).toEqual([
      { row: 3, col: 3, rows: 1, cols: 1 },
      { row: 5, col: 5, rows: 2, cols: 2 },
    ]);
  });

  it('intersects only overlapping rectangles', () => {
    const model = addressAreas('D4:F4')[0]!;
    expect(addressAreas('E4').some((a) => rectsIntersect(a, model))).toBe(true);
    expect(addressAreas('4:4').some((a) => rectsIntersect(a, model))).toBe(true);
    expect(addressAreas('E:E').some((a) => rectsIntersect(a, model))).toBe(true);
    expect(addressAreas('D5:F9').some((a) => rectsIntersect(a, model))).toBe(false);
    expect(addressAreas('G4').some((a) => rectsIntersect(a, model))).toBe(false);
  });
});
