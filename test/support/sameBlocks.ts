import type { Snapshot } from '../../src/core/snapshot/types';

/** Every named block of two computed workbooks: same place, same computed values. */
export function expectSameBlocks(actual: Snapshot, expected: Snapshot): void {
  expect(Object.keys(actual.blocks).sort()).toEqual(Object.keys(expected.blocks).sort());
  for (const [name, block] of Object.entries(expected.blocks)) {
    const got = actual.blocks[name]!;
    expect({ name, range: got.range, values: got.values, above: got.above }).toEqual({
      name,
      range: block.range,
      values: block.values,
      above: block.above,
    });
  }
  expect(actual.broken).toEqual([]);
}
