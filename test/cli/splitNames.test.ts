import { UsageError } from '../../src/cli/errors';
import { splitNames } from '../../src/cli/settingsFromFlags';

describe('splitNames (--vendor-names)', () => {
  it.each([
    ['Aurora,Beacon,Cirrus', ['Aurora', 'Beacon', 'Cirrus']],
    [' Aurora , Beacon，Cirrus、Delta ', ['Aurora', 'Beacon', 'Cirrus', 'Delta']],
    ['"Acme, Inc.",Beacon', ['Acme, Inc.', 'Beacon']],
    ['Beacon, "Acme, Inc." ', ['Beacon', 'Acme, Inc.']],
    ['"Say ""Hi"" Ltd",B', ['Say "Hi" Ltd', 'B']],
    // A quote inside a name, not at its start, is text.
    ['Joe "The" Co,B', ['Joe "The" Co', 'B']],
    ['A,,B', ['A', '', 'B']],
    ['', ['']],
  ])('%j', (text, names) => {
    expect(splitNames(text)).toEqual(names);
  });

  it('refuses a quote left open rather than swallow the rest', () => {
    expect(() => splitNames('"Acme, Inc.,Beacon')).toThrow(UsageError);
  });
});
