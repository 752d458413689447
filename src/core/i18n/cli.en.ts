/** Strings of the command-line tool. Placeholders in {braces} are filled by format(). */
export interface CliMessages {
  program: {
    description: string;
    help: string;
    helpCommand: string;
    version: string;
    helpAfterError: string;
    template: {
      description: string;
      output: string;
      vendorNames: string;
      vendors: string;
      lang: string;
      currency: string;
      term: string;
      users: string;
      scenarios: string;
      force: string;
      after: string;
    };
  };
  written: string;
  errors: {
    prefix: string;
    noVendors: string;
    bothVendorSources: string;
    badOptions: string;
    outputExtension: string;
    outputExists: string;
    outputIsDirectory: string;
    outputWrite: string;
    inputRead: string;
    inputJson: string;
    jsonUnexpected: string;
    jsonEnd: string;
    inputInvalid: string;
    unexpected: string;
    reasons: Record<'ENOENT' | 'EACCES' | 'EPERM' | 'EROFS' | 'ENOTDIR' | 'EISDIR' | 'ENOSPC', string>;
  };
  problems: {
    root: string;
    entry: string;
    nothing: string;
    vendor: string;
    vendorNoName: string;
    expected: {
      nonNegative: string;
      fraction: string;
      wholeRange: string;
      wholeAtLeast: string;
      text: string;
      textMax: string;
      object: string;
      list: string;
      oneOf: string;
      currencyCode: string;
    };
    invalid: string;
    unknownKey: string;
    missing: string;
    demandLength: string;
    unknownQuestion: string;
    noVendors: string;
    tooManyVendors: string;
    blankName: string;
    tooLongName: string;
    duplicateName: string;
  };
}

export const cliEn: CliMessages = {
  program: {
    description: 'Vendor Compare: compare enterprise IM / RTC vendors, technical support costs included.',
    help: 'show help',
    helpCommand: 'show help for a command',
    version: 'show the version',
    helpAfterError: '(run with --help for usage)',
    template: {
      description: 'Write the vendor-comparison template to an .xlsx file.',
      output: 'the .xlsx file to write',
      vendorNames: 'vendor names, comma-separated, e.g. "Aurora,Beacon,Cirrus"',
      vendors: 'a quotes file (JSON) with the vendors and their prices',
      lang: 'template language: en or zh (default: en)',
      currency: 'currency code, e.g. CNY, USD, EUR (default: CNY)',
      term: 'contract term in years, 1-10 (default: 3)',
      users: 'number of users (default: 500)',
      scenarios: 'your scenarios, comma-separated, from S1-S5, e.g. "S1,S2"',
      force: 'overwrite the output file if it exists',
      after: [
        '',
        'Examples:',
        '  vendor-compare template -o comparison.xlsx --vendor-names "Aurora,Beacon,Cirrus"',
        '  vendor-compare template -o comparison.xlsx --vendors quotes.json --lang zh',
        '',
        'Options given on the command line win over the same settings in the quotes file.',
      ].join('\n'),
    },
  },
  written: 'Wrote {path}: {sheetCount} sheets ({sheets}), {vendorCount} vendors.',
  errors: {
    prefix: 'Error: ',
    noVendors: 'no vendors given: use --vendor-names "A,B,C" or --vendors quotes.json.',
    bothVendorSources: 'use either --vendors or --vendor-names, not both.',
    badOptions: 'invalid options:',
    outputExtension: 'the output file must end in .xlsx (got {path}).',
    outputExists: '{path} already exists; use --force to overwrite it.',
    outputIsDirectory: '{path} is a folder, not a file.',
    outputWrite: 'cannot write {path}: {reason}.',
    inputRead: 'cannot read {path}: {reason}.',
    inputJson: '{path} is not valid JSON: {detail} at line {line}, column {column}.',
    jsonUnexpected: 'unexpected {found}',
    jsonEnd: 'unexpected end of file',
    inputInvalid: '{path} has {count} problem(s):',
    unexpected: 'unexpected error (a bug in vendor-compare, please report it):',
    reasons: {
      ENOENT: 'no such file or folder',
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      EROFS: 'read-only file system',
      ENOTDIR: 'a part of the path is not a folder',
      EISDIR: 'it is a folder',
      ENOSPC: 'no space left on the device',
    },
  },
  problems: {
    root: 'the file',
    entry: 'the entry',
    nothing: 'nothing',
    vendor: 'vendors[{index}] "{name}": ',
    vendorNoName: 'vendors[{index}]: ',
    expected: {
      nonNegative: 'a number >= 0',
      fraction: 'a number from 0 to 1',
      wholeRange: 'a whole number from {min} to {max}',
      wholeAtLeast: 'a whole number >= {min}',
      text: 'text',
      textMax: 'text of at most {max} characters',
      object: 'an object { ... }',
      list: 'a list [ ... ]',
      oneOf: 'one of {allowed}',
      currencyCode: 'a three-letter currency code such as CNY or USD',
    },
    invalid: '{field} must be {expected} (got {got})',
    unknownKey: 'unknown field {field} (allowed: {allowed})',
    missing: '{field} is missing',
    demandLength: 'demand has {entries} entries but the term is {termYears} years: give one entry per year',
    unknownQuestion: '{field} is not a question of this template (allowed: {allowed}; a scenario question needs its scenario in "scenarios")',
    noVendors: 'no vendors: list at least one',
    tooManyVendors: 'too many vendors: {got} (at most {max})',
    blankName: 'name must not be blank',
    tooLongName: 'name must be at most {max} characters',
    duplicateName: 'name "{name}" is already used by an earlier vendor',
  },
};
