import { packFileNames } from './packFileName';

describe('packFileNames', () => {
  it('replaces what a file name cannot hold, prefixes reserved names, numbers duplicates, keeps any script', () => {
    expect(
      packFileNames(['Aurora Cloud', 'A/B', 'a\\b', 'x:y*z?"<>|', 'CON', 'lpt1.co', 'Con Ltd', '华为云', '.hidden', 'end. ', '', '\u0007bell']),
    ).toEqual([
      'Aurora Cloud.xlsx',
      'A_B.xlsx',
      'a_b (2).xlsx',
      'x_y_z_____.xlsx',
      '_CON.xlsx',
      '_lpt1.co.xlsx',
      'Con Ltd.xlsx',
      '华为云.xlsx',
      '_hidden.xlsx',
      'end.xlsx',
      'vendor.xlsx',
      '_bell.xlsx',
    ]);
  });

  it('keeps names short and unique ignoring case', () => {
    const [long] = packFileNames(['名'.repeat(200)]);
    expect(long).toBe(`${'名'.repeat(60)}.xlsx`);
    expect(packFileNames(['Beacon', 'BEACON', 'beacon'])).toEqual(['Beacon.xlsx', 'BEACON (2).xlsx', 'beacon (3).xlsx']);
  });
});
