import { findingCells } from './findingCells';

describe('findingCells', () => {
  it('lists a grouped finding’s cells, else its one cell, else none', () => {
    expect(findingCells({ cell: 'D4', cells: ['D4', 'D6'] })).toEqual(['D4', 'D6']);
    expect(findingCells({ cell: 'D4' })).toEqual(['D4']);
    expect(findingCells({ cell: 'D4', cells: [] })).toEqual(['D4']);
    expect(findingCells({ cell: '' })).toEqual([]);
  });
});
