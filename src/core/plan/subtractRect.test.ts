import { subtractRect } from './subtractRect';
import type { Rect } from './types';

const cells = (rects: Rect[]) =>
  rects.flatMap((r) => Array.from({ length: r.rows * r.cols }, (_, i) => `${r.row + Math.floor(i / r.cols)},${r.col + (i % r.cols)}`)).sort();

describe('subtractRect', () => {
  it('keeps exactly the cells outside the hole, each once (brute force over small grids)', () => {
    const rect = { row: 1, col: 1, rows: 4, cols: 3 };
    for (let row = 0; row < 6; row++) {
      for (let col = 0; col < 5; col++) {
        for (const [rows, cols] of [
          [1, 1],
          [2, 3],
          [5, 1],
          [6, 5],
        ] as const) {
          const hole = { row, col, rows, cols };
          const inHole = (c: string) => {
            const [r, k] = c.split(',').map(Number) as [number, number];
            return r >= row && r < row + rows && k >= col && k < col + cols;
          };
          expect(cells(subtractRect(rect, hole))).toEqual(cells([rect]).filter((c) => !inHole(c)));
        }
      }
    }
  });
});
