import type { MergeRefusal } from '../packs/planMerge';
import { MERGE_REFUSALS } from './mergeRefusals';
import { CHANGE_LOG_STRINGS } from '../packs/changeLog';
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
      evaluators: string;
      force: string;
      after: string;
    };
    validate: { description: string; files: string; json: string; lang: string; after: string };
    fill: { description: string; file: string; output: string; force: string; allowLoss: string; after: string };
    summary: { description: string; file: string; json: string; csv: string; after: string };
    check: { description: string; files: string; json: string; lang: string; write: string; allowLoss: string; after: string };
    merge: {
      description: string;
      master: string;
      packs: string;
      output: string;
      dryRun: string;
      json: string;
      force: string;
      allowLoss: string;
      after: string;
    };
    vendors: {
      description: string;
      add: string;
      remove: string;
      file: string;
      name: string;
      before: string;
      output: string;
      forceAdd: string;
      forceRemove: string;
      allowLoss: string;
      after: string;
    };
    evaluators: {
      description: string;
      add: string;
      remove: string;
      file: string;
      name: string;
      before: string;
      first: string;
      output: string;
      forceAdd: string;
      forceRemove: string;
      allowLoss: string;
      after: string;
    };
    pack: {
      description: string;
      master: string;
      output: string;
      vendors: string;
      lang: string;
      round: string;
      deadline: string;
      returnTo: string;
      force: string;
      after: string;
    };
  };
  written: string;
  /** `pack`: one line per pack written, the master's new id, and why a pack run is refused. */
  pack: {
    written: string;
    masterIdAdded: string;
    refused: {
      unknownVendor: string;
      noVendors: string;
      badRound: string;
      badLanguage: string;
      notDirectory: string;
      rowsChanged: string;
      oldLayout: string;
    };
  };
  /** Why a workbook file cannot be used; every message names the file. */
  workbook: {
    notFound: string;
    isDirectory: string;
    read: string;
    tooLarge: string;
    empty: string;
    xls: string;
    zip: string;
    other: string;
    encrypted: string;
    truncated: string;
    damaged: string;
    damagedPart: string;
    zipBombTotal: string;
    zipBombRatio: string;
    zipBombEntries: string;
    zipBombMismatch: string;
    nameTooLarge: string;
    notTemplate: string;
    pricingStructure: string;
    newerVersion: string;
    upgradeColumns: string;
    upgradeOccupied: string;
    /** Sheets fill would write (or whose password a rewrite would lose) protected with a password: {cells} are the sheets. */
    sheetPassword: string;
    noXlsxInFolder: string;
  };
  validate: {
    none: string;
    total: string;
    progress: string;
    /** A file that met a bug in vendor-compare; {error} is the error's name and message. */
    crashed: string;
    /** After a file's headline: its error and warning counts. */
    counts: string;
    /** The severity column of the text report (JSON keeps "error" / "warning"). */
    severity: { error: string; warning: string };
  };
  fill: {
    refilled: string;
    upgraded: string;
    vendorModel: string;
    noModel: string;
    unchanged: string;
    replaced: string;
    written: string;
    leftUnchanged: string;
    overwritten: string;
    /** Heading of the list of what rewriting the workbook would lose. */
    lost: string;
    /** Heading of the same list after a write with --allow-loss. */
    leftOut: string;
    nothingWritten: string;
    forceHint: string;
    /** {command}: the same fill writing a new file, with --allow-loss. */
    allowLossHint: string;
    loss: {
      /** One line per kind of part: what it is, then the part names. */
      parts: string;
      otherParts: string;
      partKinds: {
        chart: string;
        drawing: string;
        picture: string;
        notes: string;
        threadedComments: string;
        table: string;
        pivotTable: string;
        slicer: string;
        customXml: string;
        dataConnection: string;
        dataModel: string;
        macros: string;
        externalLink: string;
        embedding: string;
        printerSettings: string;
        customProperties: string;
        thumbnail: string;
        addIn: string;
        cellMetadata: string;
      };
      sheetFeature: string;
      workbookFeature: string;
      /** Words for the features the check reports ("ext:sparklineGroups"...); others show as <name>. */
      features: Record<string, string>;
      droppedName: string;
      changedName: string;
      /** A sheet-scoped name, or what a name's scope becomes. */
      scopedName: string;
      workbookWide: string;
      nameSetting: string;
      /** Words for the settings of a defined name (comment, hidden...); others show as they are. */
      nameSettings: Record<string, string>;
    };
  };
  /** `merge`: {file}, {vendor}, {round}; {changes} and {conflicts} counts; {detail} of a refusal. */
  merge: {
    who: string;
    status: Record<'merged' | 'conflict' | 'unchanged', string>;
    refused: Record<MergeRefusal, string>;
    conflictsHeading: string;
    dryRun: string;
    written: string;
    nothingToWrite: string;
    log: { sheet: string; headers: readonly string[] };
  };
  /** `vendors add|remove`: {vendor}, {position} (1-based), {count} vendors after the change. */
  vendors: {
    added: string;
    removed: string;
    /** Why nothing was written; {path}, {vendor}, {max}, {names}, {vendors}, {count}. */
    refused: {
      layout: string;
      moved: string;
      missing: string;
      blankName: string;
      nameTooLong: string;
      duplicate: string;
      tooMany: string;
      unknownVendor: string;
      lastVendor: string;
      holdsInputs: string;
    };
    forceHint: string;
    /** After the first dozen held inputs: {count} not shown. */
    more: string;
  };
  /** `evaluators add|remove`: {evaluator}, {position} (1-based), {count} evaluators after the change. */
  evaluators: {
    added: string;
    /** From the one-evaluator Scorecard: its inputs became {first}'s block. */
    addedFirst: string;
    removed: string;
    /** Why nothing was written; {path}, {evaluator}, {max}, {names}, {evaluators}, {count}. */
    refused: {
      layout: string;
      moved: string;
      missing: string;
      blankName: string;
      nameTooLong: string;
      duplicate: string;
      tooMany: string;
      unknownEvaluator: string;
      lastEvaluator: string;
      holdsInputs: string;
    };
    forceHint: string;
  };
  summary: {
    heading: string;
    columns: {
      vendor: string;
      model: string;
      tco: string;
      npv: string;
      perUserMonth: string;
      supportShare: string;
      quality: string;
      price: string;
      overall: string;
      rank: string;
    };
    incomplete: string;
    /** {criteria}: the criteria without a score, which withhold quality, overall and rank. */
    scoreMissing: string;
    /** Between two reasons on one row (costs incomplete; no quality score). */
    reasonSeparator: string;
    noModel: string;
    /** {currency}: the vendor's quote currency, which the exchange-rate table lacks. */
    noFxRate: string;
    assumptionsMissing: string;
    assumptionsUnusable: string;
    assumptions: Record<'termYears' | 'users' | 'discountRate' | 'devHours' | 'opsHours' | 'incidents' | 'onsiteDays', string>;
    notScored: string;
    listSeparator: string;
  };
  errors: {
    prefix: string;
    noVendors: string;
    bothVendorSources: string;
    badOptions: string;
    outputExtension: string;
    unclosedQuote: string;
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
  /** `check`: the decision check's verdict and tests (DOMAIN.md section 7). */
  check: {
    /** {winner}; {reasons}: the failed tests joined by listSeparator. */
    robust: string;
    notRobust: string;
    noCompleteVendor: string;
    reasons: Record<'priceWeight' | 'rankReversal' | 'demand', string>;
    holds: string;
    fails: string;
    /** {weight}: the chosen price weight; {status}: holds / fails; {winners}: the spans. */
    priceWeight: string;
    /** {from}, {to}: price weights; {vendor}: the winner there. */
    span: string;
    spanOne: string;
    noWinner: string;
    rankReversal: string;
    rankReversalNone: string;
    /** {removed}; {after} moves ahead of {before}. */
    rankReversalLine: string;
    /** {status} */
    demand: string;
    /** {multiplier}, {cheapest}, {tco}; with the winner when it is not the cheapest: {winner}, {winnerTco}, {rank}. */
    demandLine: string;
    demandLineWinner: string;
    /** {list}: breakEvenItem joined by itemSeparator. */
    breakEven: string;
    breakEvenItem: string;
    breakEvenNone: string;
    /** {vendor}, {tco}, {threshold} (a percentage), {median}. */
    abnormal: string;
    abnormalNone: string;
    /** {vendor}, {criterion}, {scores}: "evaluator score" joined by listSeparator. */
    disagreement: string;
    disagreementNone: string;
    /** {vendors} */
    incomplete: string;
    /** {count} lines not shown. */
    more: string;
    /** {files}, {robust}, {notRobust}, {unreadable} */
    total: string;
    crashed: string;
    /** --write: {path}. */
    written: string;
    noDecisionSheet: string;
    wouldLose: string;
    listSeparator: string;
    itemSeparator: string;
  };
  problems: {
    root: string;
    entry: string;
    nothing: string;
    vendor: string;
    vendorNoName: string;
    expected: {
      nonNegative: string;
      positive: string;
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
    noFxRate: string;
    tooManyVendors: string;
    evaluatorBlank: string;
    evaluatorTooLong: string;
    evaluatorDuplicate: string;
    evaluatorsTooMany: string;
    ratingsWithEvaluators: string;
    ratingsByWithoutEvaluators: string;
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
      vendorNames: 'vendor names, comma-separated, e.g. "Aurora,Beacon,Cirrus"; a name with a comma in double quotes (CSV): \'"Acme, Inc.",Beacon\'',
      vendors: 'a quotes file (JSON) with the vendors and their prices; it takes any name, commas and quotes included',
      lang: 'template language: en or zh (default: en)',
      currency: 'currency code, e.g. CNY, USD, EUR (default: CNY)',
      term: 'contract term in years, 1-10 (default: 3)',
      users: 'number of users (default: 500)',
      scenarios: 'your scenarios, comma-separated, from S1-S5, e.g. "S1,S2"',
      evaluators:
        'the evaluators rating the vendors, comma-separated, e.g. "Li,Wang,Chen": one block of Scorecard inputs each, averaged (default: one evaluator)',
      force: 'overwrite the output file if it exists',
      after: [
        '',
        'Examples:',
        '  vendor-compare template -o comparison.xlsx --vendor-names "Aurora,Beacon,Cirrus"',
        '  vendor-compare template -o comparison.xlsx --vendor-names \'"Acme, Inc.",Beacon\'',
        '  vendor-compare template -o comparison.xlsx --vendors quotes.json --lang zh',
        '',
        'Options given on the command line win over the same settings in the quotes file.',
      ].join('\n'),
    },
    validate: {
      description: 'Check workbooks: every contract question answered, every required price given, formulas intact.',
      files: '.xlsx files, or folders whose .xlsx files are all checked',
      json: 'print the result as JSON',
      lang: 'language of the findings: en or zh (default: each workbook’s own language)',
      after: [
        '',
        'Examples:',
        '  vendor-compare validate comparison.xlsx',
        '  vendor-compare validate quotes/ --json',
        '',
        'Exit code: 0 when every file is complete (warnings allowed), 1 when a file has an error,',
        '2 when a file cannot be read or is not a Vendor Compare workbook, 3 on a bug in',
        'vendor-compare (every other file is still reported).',
      ].join('\n'),
    },
    fill: {
      description: 'Rewrite every vendor’s pricing formulas for the pricing model now selected.',
      file: 'the workbook (.xlsx)',
      output: 'write the result here instead of over the workbook',
      force: 'replace constants typed over formula cells with the formulas, and overwrite the -o file if it exists',
      allowLoss: 'write anyway, leaving out what this tool cannot keep (charts, pictures, notes, pivot tables, macros, some defined names…)',
      after: [
        '',
        'Examples:',
        '  vendor-compare fill comparison.xlsx',
        '  vendor-compare fill comparison.xlsx -o refilled.xlsx',
        '  vendor-compare fill comparison.xlsx -o refilled.xlsx --allow-loss',
        '',
        'Only formula cells are touched, never an input. Running it twice changes nothing the second time.',
        'If rewriting the file would lose anything (a chart, a picture, a note, a defined name…), fill lists it',
        'and writes nothing unless --allow-loss is given. In Excel, the pane’s Fill pricing formulas keeps everything.',
      ].join('\n'),
    },
    merge: {
      description: 'Merge the response packs vendors returned into the master workbook.',
      master: 'the master workbook (.xlsx) the packs were made from',
      packs: 'the returned packs (.xlsx)',
      output: 'write the merged master here instead of over it',
      dryRun: 'list what would change, write nothing',
      json: 'print the result as JSON',
      force: 'take the pack’s value where the master changed since the pack was made too; overwrite the -o file',
      allowLoss: 'write anyway, leaving out what this tool cannot keep (charts, pictures, notes, pivot tables, macros, some defined names…)',
      after: [
        '',
        'Examples:',
        '  vendor-compare merge comparison.xlsx packs/*.xlsx --dry-run',
        '  vendor-compare merge comparison.xlsx packs/Beacon.xlsx --json',
        '',
        'Each pack’s identity must match the master (its id, a vendor it still has, the same questions).',
        'Values are checked against the master’s dropdowns and number rules. Every change is listed (old -> new)',
        'and appended to the Change log sheet. Merging the same pack twice changes nothing.',
        'Exit code: 0 all merged, 1 a pack refused or in conflict (the others still merged), 2 a file unreadable.',
      ].join('\n'),
    },
    vendors: {
      description: 'Add a vendor to a workbook that holds a template, or remove one.',
      add: 'add a vendor: a column on every sheet (at the end, or before --before), a ranking line, the chart',
      remove: 'remove a vendor’s column from every sheet, its ranking line and its chart series',
      file: 'the workbook (.xlsx)',
      name: 'the vendor’s name',
      before: 'put the new vendor before this one',
      output: 'write the result here instead of over the workbook',
      forceAdd: 'overwrite the -o file if it exists',
      forceRemove: 'remove the vendor even though its column holds prices, answers or ratings; overwrite the -o file if it exists',
      allowLoss: 'write anyway, leaving out what this tool cannot keep (charts, pictures, notes, pivot tables, macros, some defined names…)',
      after: [
        '',
        'Examples:',
        '  vendor-compare vendors add comparison.xlsx --name "Delta"',
        '  vendor-compare vendors add comparison.xlsx --name "Delta" --before "Beacon" -o extended.xlsx',
        '  vendor-compare vendors remove comparison.xlsx --name "Beacon" --force',
        '',
        'Every other vendor’s inputs stay in that vendor’s column. Removing a vendor whose column holds inputs',
        'lists them and writes nothing unless --force is given.',
      ].join('\n'),
    },
    evaluators: {
      description: 'Add an evaluator to the Scorecard of a workbook that holds a template, or remove one.',
      add: 'add an evaluator: a block of Scorecard inputs (at the end, or before --before), averaged into the consensus',
      remove: 'remove an evaluator’s block of Scorecard inputs; the consensus is the mean of the others',
      file: 'the workbook (.xlsx)',
      name: 'the evaluator’s name',
      before: 'put the new evaluator before this one',
      first: 'on a Scorecard with one evaluator: the name its inputs take as the first block (default: "Evaluator 1")',
      output: 'write the result here instead of over the workbook',
      forceAdd: 'overwrite the -o file if it exists',
      forceRemove: 'remove the evaluator even though their block holds ratings; overwrite the -o file if it exists',
      allowLoss: 'write anyway, leaving out what this tool cannot keep (charts, pictures, notes, pivot tables, macros, some defined names…)',
      after: [
        '',
        'Examples:',
        '  vendor-compare evaluators add comparison.xlsx --name "Wang" --first "Li"',
        '  vendor-compare evaluators add comparison.xlsx --name "Chen" --before "Wang" -o panel.xlsx',
        '  vendor-compare evaluators remove comparison.xlsx --name "Wang" --force',
        '',
        'Every other evaluator’s ratings stay in that evaluator’s block. On a Scorecard with one evaluator the',
        'inputs move into the first block (named by --first) and the input rows become the consensus.',
        'The last evaluator keeps a block and cannot be removed. Removing an evaluator whose block holds',
        'ratings lists them and writes nothing unless --force is given.',
      ].join('\n'),
    },
    summary: {
      description: 'Print each vendor’s TCO, NPV, scores and rank, computed from the workbook’s inputs by the reference calculator.',
      file: 'the workbook (.xlsx)',
      json: 'print the result as JSON',
      csv: 'print one CSV row per vendor',
      after: ['', 'Examples:', '  vendor-compare summary comparison.xlsx', '  vendor-compare summary comparison.xlsx --csv > summary.csv'].join('\n'),
    },
    check: {
      description: 'Test whether the ranking is robust: price weight sweep, rank reversal, demand sensitivity, abnormally low TCOs.',
      files: '.xlsx files, or folders whose .xlsx files are all checked',
      json: 'print the result as JSON',
      lang: 'language of the report: en or zh (default: each workbook’s own language)',
      write: 'also write the results (rank reversal, demand, break-even) on each workbook’s Decision sheet, with the date and the inputs’ checksum',
      allowLoss: 'with --write: write even where the rewrite would drop content listed as lost',
      after: [
        '',
        'Examples:',
        '  vendor-compare check comparison.xlsx',
        '  vendor-compare check comparison.xlsx --write',
        '  vendor-compare check quotes/ --json',
        '',
        'Exit code: 0 when every ranking is robust, 1 when one is not (or no vendor is complete),',
        '2 when a file cannot be read or is not a Vendor Compare workbook, 3 on a bug in vendor-compare.',
      ].join('\n'),
    },
    pack: {
      description: 'Write one response pack per vendor: a workbook holding only what that vendor fills in.',
      master: 'the buyer’s comparison workbook (the master)',
      output: 'the folder to write the packs into (made if missing)',
      vendors: 'only these vendors, comma-separated as in --vendor-names (default: every vendor)',
      lang: 'language of the packs: en or zh (default: the master’s)',
      round: 'the round of questions, a whole number from 1 (default: 1)',
      deadline: 'the deadline, as the instructions should show it (the master holds none)',
      returnTo: 'whom to return the pack to (the master holds none)',
      force: 'overwrite packs already in the folder',
      after: [
        '',
        'Examples:',
        '  vendor-compare pack comparison.xlsx -o packs',
        '  vendor-compare pack comparison.xlsx -o packs --vendors "Aurora,Beacon" --lang zh --round 2 \\',
        '    --deadline "Friday 12 June, 18:00" --return-to "buyer@example.com"',
        '',
        'Each pack is <vendor>.xlsx (characters a file name cannot hold become _). It holds an',
        'Instructions sheet, then that vendor’s prices, coverage and answers from the master, and no',
        'other vendor’s data, nor your demand, weights or ratings. The deadline and the return address',
        'come only from --deadline and --return-to: the master has no cell for them.',
        'The master gets an id of its own (a document property) the first time it is packed; the packs',
        'carry it, with the vendor, the round and the question set, so a returned pack can be matched.',
      ].join('\n'),
    },
  },
  written: 'Wrote {path}: {sheetCount} sheets ({sheets}), {vendorCount} vendors.',
  pack: {
    written: '{vendor}: {path} (round {round}, {questions} questions)',
    masterIdAdded: '{path} had no master id: added {id} to it (a document property; nothing else changed).',
    refused: {
      unknownVendor: '{path} has no vendor named “{vendor}”. Its vendors: {vendors}.',
      noVendors: '{path} has no vendor to make a pack for.',
      badRound: '--round must be a whole number from 1, not “{text}”.',
      badLanguage: '--lang must be en or zh, not “{text}”.',
      notDirectory: '{path} is a file, not a folder: -o names the folder the packs go into.',
      rowsChanged:
        '{path}: the rows of {names} are not the template’s (a row added, removed or moved), so a pack cannot place the vendor’s values in them. Nothing was written.',
      oldLayout:
        '{path} was made by an earlier version of Vendor Compare: run `vendor-compare fill` on it first (it upgrades the layout), then make the packs. Nothing was written.',
    },
  },
  workbook: {
    notFound: '{path}: no such file.',
    isDirectory: '{path} is a folder, not an .xlsx file.',
    read: 'cannot read {path}: {reason}.',
    tooLarge: '{path} is {size}, over the {limit} limit for a workbook.',
    empty: '{path} is empty, not an .xlsx workbook.',
    xls: '{path} is an Excel 97-2003 workbook (.xls): open it in Excel and save it as .xlsx.',
    zip: '{path} is a zip archive but not an Excel workbook (.xlsx).',
    other: '{path} is not an .xlsx workbook.',
    encrypted: '{path} is password-protected: open it in Excel, remove the password (File > Info > Protect Workbook), save it and try again.',
    truncated: '{path} is damaged: the file is cut short (an incomplete download or copy?).',
    damaged: '{path} is damaged: it cannot be read as an .xlsx workbook.',
    damagedPart: '{path} is damaged: its part {entry} cannot be read.',
    zipBombTotal: '{path} would expand to {size}, over the {limit} limit: refused as a possible zip bomb.',
    zipBombRatio: '{path}: its part {entry} expands {value} times its compressed size (limit {limit}): refused as a possible zip bomb.',
    zipBombEntries: '{path} has {value} parts (limit {limit}): refused as a possible zip bomb.',
    zipBombMismatch: '{path}: its part {entry} expands beyond the size it declares: refused as a possible zip bomb.',
    nameTooLarge:
      '{path}: the defined name {name} covers {rows} rows × {cols} columns ({reference}), far more than a Vendor Compare workbook holds: refused rather than run out of memory. Point the name back at its cells (Formulas > Name Manager) or re-insert the template.',
    notTemplate: '{path} is not a Vendor Compare workbook: it has none of the template’s defined names (vc_…).',
    pricingStructure:
      '{path}: the Pricing sheet’s named blocks are missing or moved apart, so the formulas have nowhere to go. Re-insert the template.',
    newerVersion:
      '{path} was made by a newer version of Vendor Compare (its vc_LayoutVersion is above this version’s): update the tool before filling it.',
    upgradeColumns:
      '{path} was made by an earlier version and has columns inserted before the vendors on Pricing or Assumptions, so the upgrade cannot place the new rows safely. Delete those columns, or insert a new template and copy the inputs.',
    upgradeOccupied:
      '{path} was made by an earlier version; its upgrade adds tables where your workbook holds content ({cells}). Nothing was written: move that content elsewhere and run fill again.',
    sheetPassword:
      '{path}: the sheet {cells} is protected with a password, so fill cannot rewrite it and keep the password. Nothing was written: unprotect it in Excel (Review > Unprotect Sheet, with the password) and run fill again.',
    noXlsxInFolder: '{path} is a folder without any .xlsx file.',
  },
  validate: {
    none: '-',
    total: '{files} files: {complete} complete, {incomplete} with errors, {unreadable} unreadable.',
    progress: 'Validating',
    counts: ' ({counts})',
    crashed: '{path} could not be checked: unexpected error (a bug in vendor-compare, please report it): {error}',
    severity: { error: 'error', warning: 'warning' },
  },
  fill: {
    refilled: 'Formulas refilled for: {vendors}.',
    upgraded:
      'Upgraded from an earlier version’s layout: live formulas for every pricing model, a quote currency per vendor, exchange rates on Assumptions; every input kept.',
    vendorModel: '{vendor} ({model})',
    noModel: 'no model',
    unchanged: 'Every formula is in place: nothing to repair.',
    replaced: 'Replaced {count} constant(s) typed over formulas: {cells}.',
    written: 'Wrote {path}; Excel recalculates it when it opens.',
    leftUnchanged: '{path} is unchanged.',
    overwritten: '{path}: {count} formula cell(s) hold a constant typed over the formula:',
    lost: '{path} holds what this tool cannot keep when it rewrites the file:',
    leftOut: 'Left out of {path} (--allow-loss):',
    nothingWritten: 'Nothing was written.',
    forceHint: 'Run again with --force to replace these constants with the formulas.',
    allowLossHint:
      'To keep everything, open the workbook in Excel and use Fill pricing formulas in the Vendor Compare pane. Or write a new file without it: {command}',
    loss: {
      parts: '{what}: {parts}',
      otherParts: 'other parts: {parts}',
      partKinds: {
        chart: 'charts',
        drawing: 'shapes, text boxes and pictures',
        picture: 'pictures',
        notes: 'notes',
        threadedComments: 'comment threads',
        table: 'Excel tables',
        pivotTable: 'pivot tables',
        slicer: 'slicers and timelines',
        customXml: 'custom XML data (Power Query queries, document-library properties…)',
        dataConnection: 'data connections and queries',
        dataModel: 'the data model (Power Pivot)',
        macros: 'macros',
        externalLink: 'links to other workbooks',
        embedding: 'embedded objects and controls',
        printerSettings: 'printer settings',
        customProperties: 'custom document properties (sensitivity labels…)',
        thumbnail: 'the preview picture',
        addIn: 'add-in settings',
        cellMetadata: 'dynamic arrays, pictures in cells or data types',
      },
      sheetFeature: '{feature} on sheet {sheet}',
      workbookFeature: '{feature} (workbook)',
      features: {
        workbookProtection: 'workbook structure protection',
        fileSharing: 'the password to modify',
        iterativeCalculation: 'iterative calculation',
        manualCalculation: 'manual calculation',
        externalReferences: 'links to other workbooks',
        pivotCaches: 'pivot table data',
        customWorkbookViews: 'custom views',
        customSheetViews: 'custom views',
        protectedRanges: 'ranges users may edit under protection',
        filterCriteria: 'filter criteria',
        colBreaks: 'column page breaks',
        ignoredErrors: 'ignored error checks',
        legacyDrawingHF: 'header and footer pictures',
        oleObjects: 'embedded objects',
        controls: 'form controls',
        'ext:sparklineGroups': 'sparklines',
        'ext:dataValidations': 'data validation (Excel 2010 form)',
        'ext:slicerList': 'slicers',
        'ext:timelineRefs': 'timelines',
        'ext:dataModel': 'the data model (Power Pivot)',
      },
      droppedName: 'defined name {name} = {reference}: dropped',
      changedName: 'defined name {name} = {reference}: becomes {becomes}',
      scopedName: '{text} (sheet {sheet})',
      workbookWide: '{text} (workbook-wide)',
      nameSetting: 'the {setting} of defined name(s) {names}',
      nameSettings: { comment: 'comment', hidden: 'hidden flag' },
    },
  },
  merge: {
    who: '{file} ({vendor}, round {round})',
    status: {
      merged: '{changes} change(s) merged',
      conflict: '{changes} change(s) merged, {conflicts} conflict(s) left as the master has them',
      unchanged: 'nothing new',
    },
    refused: MERGE_REFUSALS.en,
    conflictsHeading: 'Changed in the master since the pack was made, and in the pack too (kept as the master has them; --force takes the pack’s):',
    dryRun: 'Dry run: nothing was written.',
    written: 'Wrote {path}; every change is on its Change log sheet.',
    nothingToWrite: 'Nothing to write.',
    log: CHANGE_LOG_STRINGS.en,
  },
  vendors: {
    added: 'Added {vendor} as vendor {position} of {count}: every sheet, formula, ranking line, rule and the chart follow it.',
    removed: 'Removed {vendor}; {count} vendor(s) remain. Formulas of your own that read its cells now show #REF!.',
    refused: {
      layout:
        '{path} was made by an earlier version of Vendor Compare: run `vendor-compare fill` on it first (it upgrades the layout), then add or remove vendors.',
      moved:
        '{path}: the template’s blocks are not where the template put them ({names}): rows or columns were inserted or deleted inside it, so a vendor’s column cannot be placed safely. Nothing was written.',
      missing:
        '{path} lacks the template’s blocks {names} (deleted, or made by an earlier build without them), so the vendor columns cannot all be placed. Nothing was written: insert a new template and copy the inputs.',
      blankName: 'The vendor name is blank.',
      nameTooLong: '{vendor}: a vendor name has at most {max} characters.',
      duplicate: '{path} already has a vendor named {vendor}.',
      tooMany: '{path} already has {max} vendors, the most a template holds.',
      unknownVendor: '{path} has no vendor named {vendor}; its vendors are: {vendors}.',
      lastVendor: '{path}: {vendor} is the only vendor, and a template needs at least one.',
      holdsInputs: '{path}: {vendor}’s column holds {count} input(s):',
    },
    forceHint: 'Nothing was written. Run again with --force to remove the vendor and these inputs.',
    more: '…and {count} more',
  },
  evaluators: {
    added: 'Added {evaluator} as evaluator {position} of {count}: a block of Scorecard inputs, in every consensus and spread.',
    addedFirst: 'The Scorecard’s inputs are now {first}’s block; the input rows show the evaluators’ consensus.',
    removed: 'Removed {evaluator}; {count} evaluator(s) remain. Formulas of your own that read the block now show #REF!.',
    refused: {
      layout:
        '{path} was made by an earlier version of Vendor Compare: run `vendor-compare fill` on it first (it upgrades the layout), then add or remove evaluators.',
      moved:
        '{path}: the template’s blocks are not where the template put them ({names}): rows or columns were inserted or deleted inside it, so an evaluator’s block cannot be placed safely. Nothing was written.',
      missing:
        '{path} lacks the template’s blocks {names} (deleted, or made by an earlier build without them), so the evaluator blocks cannot be placed. Nothing was written.',
      blankName: 'The evaluator name is blank.',
      nameTooLong: '{evaluator}: an evaluator name has at most {max} characters.',
      duplicate: '{path} already has an evaluator named {evaluator}.',
      tooMany: '{path} already has {max} evaluators, the most a template holds.',
      unknownEvaluator: '{path} has no evaluator named {evaluator}; its evaluators are: {evaluators}.',
      lastEvaluator: '{path}: {evaluator} is the only evaluator, and the Scorecard needs one.',
      holdsInputs: '{path}: {evaluator}’s block holds {count} rating(s):',
    },
    forceHint: 'Nothing was written. Run again with --force to remove the evaluator and these ratings.',
  },
  summary: {
    heading: '{path}: {vendors} vendors, {term}-year term, {users} users, prices in {currency}',
    columns: {
      vendor: 'Vendor',
      model: 'Model',
      tco: 'TCO',
      npv: 'NPV',
      perUserMonth: 'Per user/month',
      supportShare: 'Support share',
      quality: 'Quality',
      price: 'Price score',
      overall: 'Overall',
      rank: 'Rank',
    },
    incomplete: 'incomplete: {missing}',
    scoreMissing: 'not scored: {criteria}',
    reasonSeparator: '; ',
    noModel: 'pricing model',
    noFxRate: 'exchange rate for {currency}',
    assumptionsMissing: 'No costs can be computed: on {sheet}, {missing} is not a usable number.',
    assumptions: {
      termYears: 'the contract term (1-10 years)',
      users: 'the number of users',
      discountRate: 'the discount rate',
      devHours: 'the development hours',
      opsHours: 'the operations hours',
      incidents: 'the incidents',
      onsiteDays: 'the on-site days',
    },
    assumptionsUnusable: 'see the assumptions above',
    notScored: '-',
    listSeparator: ', ',
  },
  errors: {
    prefix: 'Error: ',
    noVendors: 'no vendors given: use --vendor-names "A,B,C" or --vendors quotes.json.',
    bothVendorSources: 'use either --vendors or --vendor-names, not both.',
    badOptions: 'invalid options:',
    outputExtension: 'the output file must end in .xlsx (got {path}).',
    unclosedQuote: '--vendor-names has a double quote that is never closed: {text}. Close it (\'"Acme, Inc.",Beacon\') or use --vendors quotes.json.',
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
  check: {
    robust: 'Robust: {winner} ranks first and holds under every test.',
    notRobust: 'Not robust: {winner} ranks first but fails: {reasons}.',
    noCompleteVendor: 'No verdict: no vendor has complete costs and quality inputs.',
    reasons: { priceWeight: 'price weight', rankReversal: 'rank reversal', demand: 'demand' },
    holds: 'holds',
    fails: 'fails',
    priceWeight: 'Price weight (chosen {weight}; ±10 points: {status}): {winners}',
    span: '{from}–{to} {vendor}',
    spanOne: '{from} {vendor}',
    noWinner: 'no winner',
    rankReversal: 'Rank reversal ({status}):',
    rankReversalNone: 'Rank reversal: none',
    rankReversalLine: 'without {removed}, {after} moves ahead of {before}',
    demand: 'Demand ×0.5 to ×2 ({status}); cheapest at each multiplier:',
    demandLine: '×{multiplier}  {cheapest} {tco}',
    demandLineWinner: '×{multiplier}  {cheapest} {tco}; {winner} {winnerTco}, TCO rank {rank}',
    breakEven: 'Break-even: {list}',
    breakEvenItem: '×{multiplier} {from} → {to}',
    breakEvenNone: 'Break-even: none from ×0.1 to ×5',
    abnormal: 'Abnormally low: {vendor}, TCO {tco}, below {threshold} of the median {median}: ask the vendor to explain.',
    abnormalNone: 'Abnormally low: none',
    disagreement: 'Evaluators disagree: {vendor}, {criterion}: {scores}',
    disagreementNone: 'Evaluator disagreement: none',
    incomplete: 'Left out (incomplete): {vendors}',
    more: '…and {count} more',
    total: '{files} files: {robust} robust, {notRobust} not robust, {unreadable} unreadable.',
    crashed: '{path} could not be checked: unexpected error (a bug in vendor-compare, please report it): {error}',
    written: 'Written on the Decision sheet of {path}.',
    noDecisionSheet: '{path} has no Decision sheet (it was made by an earlier version): the results were not written.',
    wouldLose: '{path}: writing the results would lose what follows, so nothing was written (--allow-loss writes anyway):',
    listSeparator: ', ',
    itemSeparator: '; ',
  },
  problems: {
    root: 'the file',
    entry: 'the entry',
    nothing: 'nothing',
    vendor: 'vendors[{index}] "{name}": ',
    vendorNoName: 'vendors[{index}]: ',
    expected: {
      nonNegative: 'a number >= 0',
      positive: 'a number > 0',
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
    noFxRate: '{field} is {currency} but "fx" has no rate for {currency}: add {"currency": "{currency}", "rate": <{comparison} for one {currency}>}',
    evaluatorBlank: '{field}: an evaluator name must not be blank',
    evaluatorTooLong: '{field}: an evaluator name must be at most {max} characters',
    evaluatorDuplicate: '{field}: evaluator "{name}" is listed twice',
    evaluatorsTooMany: '{field}: at most {max} evaluators',
    ratingsWithEvaluators: '{field}: with "evaluators" listed, give each evaluator\'s ratings in "ratingsBy"',
    ratingsByWithoutEvaluators: '{field} needs the evaluators listed in "evaluators" at the top of the file',
    tooManyVendors: 'too many vendors: {got} (at most {max})',
    blankName: 'name must not be blank',
    tooLongName: 'name must be at most {max} characters',
    duplicateName: 'name "{name}" is already used by an earlier vendor',
  },
};
