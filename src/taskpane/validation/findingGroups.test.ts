import { SMALL_FINDINGS, finding } from '../testing/findings';
import { countBySeverity, filterFindings, groupFindings, hasLocation, locationOf, withoutVendor } from './findingGroups';

describe('groupFindings', () => {
  it('puts workbook-wide findings first, then vendors in order of first appearance', () => {
    const groups = groupFindings(SMALL_FINDINGS);
    expect(groups.map((g) => g.vendor)).toEqual([null, 'Aurora', 'Beacon']);
    expect(groups.map((g) => [g.errors, g.warnings])).toEqual([
      [1, 0],
      [2, 0],
      [0, 2],
    ]);
    expect(groups[1]!.findings.map((f) => f.cell)).toEqual(['C5', 'D9']);
  });

  it('leaves out an empty workbook group and keeps a vendor called "workbook" apart from it', () => {
    const groups = groupFindings([finding({ vendor: 'workbook', message: 'a' }), finding({ message: 'b' })]);
    expect(groups.map((g) => g.vendor)).toEqual([null, 'workbook']);
    expect(new Set(groups.map((g) => g.key)).size).toBe(2);
    expect(groupFindings([finding({ vendor: 'Aurora', message: 'a' })]).map((g) => g.vendor)).toEqual(['Aurora']);
  });

  it('filters the rows but counts the whole result, and leaves out groups with nothing to show', () => {
    const groups = groupFindings(SMALL_FINDINGS, 'warning');
    expect(groups.map((g) => g.vendor)).toEqual(['Beacon']);
    expect(groupFindings(SMALL_FINDINGS, 'error').map((g) => [g.vendor, g.findings.length, g.errors, g.warnings])).toEqual([
      [null, 1, 1, 0],
      ['Aurora', 2, 2, 0],
    ]);
    const beaconErrorsOnly = groupFindings([...SMALL_FINDINGS, finding({ vendor: 'Beacon', severity: 'error', message: 'x' })], 'error');
    expect(beaconErrorsOnly.find((g) => g.vendor === 'Beacon')).toMatchObject({ errors: 1, warnings: 2 });
  });

  it('returns no group for no finding', () => {
    expect(groupFindings([])).toEqual([]);
  });
});

describe('filterFindings and countBySeverity', () => {
  it('filters by severity and counts both', () => {
    expect(filterFindings(SMALL_FINDINGS, 'all')).toEqual(SMALL_FINDINGS);
    expect(filterFindings(SMALL_FINDINGS, 'error').every((f) => f.severity === 'error')).toBe(true);
    expect(filterFindings(SMALL_FINDINGS, 'warning').map((f) => f.vendor)).toEqual(['Beacon', 'Beacon']);
    expect(countBySeverity(SMALL_FINDINGS)).toEqual({ all: 5, error: 3, warning: 2 });
  });
});

describe('locations', () => {
  it('writes Sheet!Cell and knows when a finding has no cell', () => {
    expect(locationOf(SMALL_FINDINGS[2]!)).toBe('Pricing!D9');
    expect(hasLocation(SMALL_FINDINGS[2]!)).toBe(true);
    expect(hasLocation(finding({ sheet: '', cell: '', rule: 'structure', message: 'x' }))).toBe(false);
  });
});

describe('withoutVendor', () => {
  it.each([
    ['Aurora: Fixed fee is missing.', 'Fixed fee is missing.'],
    ['Aurora (Per seat): Fixed fee is missing.', '(Per seat): Fixed fee is missing.'],
    ['Aurora has not answered Q3.', 'Has not answered Q3.'],
    ['Aurora’s answer to Q3 commits to no time.', 'Answer to Q3 commits to no time.'],
    ['Aurora：固定费用为负数。', '固定费用为负数。'],
    ['Aurora的回答是错误值。', '回答是错误值。'],
    ['Auroras are not vendors.', 'Auroras are not vendors.'],
    ['The weights add up to 90%.', 'The weights add up to 90%.'],
  ])('%j -> %j', (message, expected) => {
    expect(withoutVendor(message, 'Aurora')).toBe(expected);
  });

  it('keeps workbook findings as they are', () => {
    expect(withoutVendor('Aurora: x', null)).toBe('Aurora: x');
  });
});
