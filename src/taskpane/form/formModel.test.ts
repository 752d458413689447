import { MAX_TERM_YEARS } from '../../core/options';
import { hasErrors, initialValues, parseWholeNumber, toTemplateOptions, validateForm, type FormValues } from './formModel';

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

  it('reports the first blank row and the first duplicate', () => {
    expect(validateForm(values({ vendors: rows('A', '', 'B') })).vendors).toEqual({ kind: 'blank', index: 1 });
    expect(validateForm(values({ vendors: rows('A', 'B', ' b') })).vendors).toMatchObject({ kind: 'duplicate', index: 2 });
  });

  it('bounds the term to 1..MAX_TERM_YEARS', () => {
    expect(validateForm(values({ term: '1' })).term).toBe(false);
    expect(validateForm(values({ term: String(MAX_TERM_YEARS) })).term).toBe(false);
    expect(validateForm(values({ term: '0' })).term).toBe(true);
    expect(validateForm(values({ term: String(MAX_TERM_YEARS + 1) })).term).toBe(true);
  });

  it('wants at least one user', () => {
    expect(validateForm(values({ users: '1' })).users).toBe(false);
    expect(validateForm(values({ users: '0' })).users).toBe(true);
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
