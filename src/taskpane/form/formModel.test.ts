import { MAX_TERM_YEARS } from '../../core/options';
import { hasErrors, initialValues, isIncomplete, parseWholeNumber, toTemplateOptions, validateForm, type FormValues } from './formModel';

function values(patch: Partial<FormValues>): FormValues {
  return { ...initialValues('en'), vendors: [{ key: 0, name: 'Aurora' }], ...patch };
}

const rows = (...names: string[]) => names.map((name, key) => ({ key, name }));

describe('parseWholeNumber', () => {
  it.each([
    ['3', 3],
    [' 12 ', 12],
    ['007', 7],
    ['1.5', null],
    ['-1', null],
    ['1e3', null],
    ['', null],
    ['99999999999999999999', null],
    ['1,200', 1200],
    ['1 200', 1200],
    ['12,345,678', 12345678],
    ['１２００', 1200],
    ['１，２００', 1200],
    ['1\u00a0200', 1200],
    ['1,2', null],
    ['12,00', null],
    [',200', null],
  ] as const)('%j -> %j', (text, expected) => {
    expect(parseWholeNumber(text)).toBe(expected);
  });
});

describe('validateForm', () => {
  it('accepts the defaults with one named vendor', () => {
    expect(hasErrors(validateForm(values({})))).toBe(false);
  });

  it('reports no vendors when every row is blank', () => {
    expect(validateForm(values({ vendors: rows('', '  ') })).vendors).toEqual({ kind: 'none' });
  });

  it('reports every row’s problem at once: blanks, long names with their length, duplicates', () => {
    const long = 'x'.repeat(101);
    expect(validateForm(values({ vendors: rows('A', '', 'B', ' b', long, '') })).rows).toEqual([
      null,
      { kind: 'blank' },
      null,
      { kind: 'duplicate', name: 'b' },
      { kind: 'tooLong', length: 101, max: 100 },
      { kind: 'blank' },
    ]);
  });

  it('bounds the term to 1..MAX_TERM_YEARS and says what was typed', () => {
    expect(validateForm(values({ term: '1' })).term).toBeNull();
    expect(validateForm(values({ term: String(MAX_TERM_YEARS) })).term).toBeNull();
    expect(validateForm(values({ term: '0' })).term).toEqual({ kind: 'outOfRange', value: 0, min: 1, max: MAX_TERM_YEARS });
    expect(validateForm(values({ term: String(MAX_TERM_YEARS + 1) })).term).toMatchObject({ kind: 'outOfRange', value: 11 });
    expect(validateForm(values({ term: ' 2.5 ' })).term).toEqual({ kind: 'notNumber', text: '2.5' });
    expect(validateForm(values({ term: '  ' })).term).toEqual({ kind: 'empty' });
  });

  it('wants at least one user', () => {
    expect(validateForm(values({ users: '1' })).users).toBeNull();
    expect(validateForm(values({ users: '1,200' })).users).toBeNull();
    expect(validateForm(values({ users: '0' })).users).toMatchObject({ kind: 'outOfRange', value: 0 });
  });

  it('counts a form with one named vendor as incomplete, two as complete', () => {
    expect(isIncomplete(values({ vendors: rows('A') }))).toBe(true);
    expect(isIncomplete(values({ vendors: rows('A', 'B') }))).toBe(false);
  });
});

describe('toTemplateOptions', () => {
  it('trims names, parses numbers and keeps scenarios in catalogue order', () => {
    const options = toTemplateOptions(
      values({ vendors: rows(' A ', 'B'), term: '4', users: '50', scenarios: ['S5', 'S1'], language: 'zh', currency: 'USD' }),
    );
    expect(options).toEqual({
      language: 'zh',
      currency: 'USD',
      termYears: 4,
      users: 50,
      discountRate: 0.08,
      scenarios: ['S1', 'S5'],
      demand: [],
      fx: [],
      vendors: [{ name: 'A' }, { name: 'B' }],
    });
  });

  it('refuses invalid numbers rather than inventing them', () => {
    expect(() => toTemplateOptions(values({ term: 'x' }))).toThrow(/invalid/);
  });
});
