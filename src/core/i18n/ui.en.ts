/** Strings of the task pane (not of the template). Placeholders in {braces} are filled by format(). */

/** A message whose wording depends on a count: `one` for 1, `other` for every other count. */
export interface Plural {
  one: string;
  other: string;
}

export interface UiMessages {
  title: string;
  /** Between the items of a list of names: ", " in English, "、" in Chinese. */
  listSeparator: string;
  intro: string;
  vendors: {
    legend: string;
    row: string;
    add: string;
    remove: string;
  };
  term: { label: string; hint: string };
  users: { label: string };
  currency: { label: string };
  language: { label: string; en: string; zh: string };
  scenarios: { legend: string; hint: string };
  insert: string;
  inserting: string;
  checking: string;
  validation: {
    noVendors: string;
    tooMany: string;
    blank: string;
    /** {length} is the name's length, {max} the limit. */
    tooLong: string;
    duplicate: string;
    termEmpty: string;
    /** {text} is what was typed. */
    termNotNumber: string;
    /** {value} is the number typed. */
    termRange: string;
    usersEmpty: string;
    usersNotNumber: string;
    usersRange: string;
    /** Above the Insert button: how many fields need fixing. */
    summary: Plural;
  };
  /** Asked before inserting a template that compares fewer than two vendors. */
  confirmInsert: {
    title: string;
    /** {sheets}: the sheets to be created; {vendor}, {term}, {users}, {currency}: the form. */
    body: string;
    insert: string;
    back: string;
  };
  result: {
    successTitle: string;
    /** {count} sheets, {vendors} vendors, {sheets} their names. */
    success: Plural;
    nextTitle: string;
    /** {pricing} and {questions} are the sheets' names in the template's language. */
    next: string[];
    goFormulas: string;
    goValidate: string;
    /** After an insert that failed and was rolled back: {message} is Excel's. */
    unchanged: string;
    /** Why Insert is disabled after a failure. */
    changeToRetry: string;
    existsTitle: string;
    exists: string;
    errorTitle: string;
    generic: string;
    structure: string;
    /** Write to the Decision sheet on a workbook made before it. */
    noDecisionSheet: string;
    sheetGone: string;
    /** A sheet the command writes to is protected with the user's password: nothing was written. */
    sheetPassword: string;
    /** A write failed and protecting {sheets} again failed too: {message} is Excel's. */
    protectionNotRestored: string;
    /** Fill refused: made by a newer version, or an upgrade that cannot be placed ({cells}). */
    fillRefused: Record<'newerVersion' | 'upgradeColumns' | 'upgradeOccupied', string>;
    checkFailedTitle: string;
    checkFailed: string;
    /** A failed insert whose clean-up failed too: {message} is Excel's, {sheets} the sheets to delete. */
    partial: string;
    /** The same, when the error does not say which sheets the insert added. */
    partialSheetsUnknown: string;
    /** The button that removes what a failed insert left, its progress and its outcome. */
    cleanUp: string;
    cleaning: string;
    cleaned: string;
  };
  noHost: { title: string; body: string };
  /** No Office global at all: office.js was blocked or could not be fetched. */
  noLibrary: { title: string; body: string; checks: string[] };
  tabs: { label: string; insert: string; formulas: string; validate: string; packs: string; decision: string; loading: string };
  fill: {
    intro: string;
    button: string;
    busy: string;
    filledTitle: string;
    filled: string;
    unchanged: string;
    upgradedTitle: string;
    upgraded: string;
    overwrittenTitle: string;
    overwritten: Plural;
    /** The link's accessible name: {location}. */
    goToCell: string;
    cell: string;
    more: string;
    replace: string;
    cancel: string;
    cancelled: string;
  };
  check: {
    intro: string;
    button: string;
    busy: string;
    counts: string;
    complete: string;
    notTemplateTitle: string;
    notTemplate: string;
    goInsert: string;
    filterLabel: string;
    all: string;
    errors: string;
    warnings: string;
    error: string;
    warning: string;
    workbook: string;
    groupCounts: string;
    showMore: string;
    showRest: string;
    nothingToShow: string;
    mark: string;
    /** Under the Mark button: what it marks, whatever the filter. */
    markScope: Plural;
    clear: string;
    marked: Plural;
    cleared: string;
  };
  /** Adding or removing a vendor in a template already in the workbook (Insert tab). */
  vendorChange: {
    title: string;
    hint: string;
    nameLabel: string;
    positionLabel: string;
    atEnd: string;
    /** {vendor}: put the new one before it. */
    before: string;
    add: string;
    /** The remove button of a vendor's row, and its accessible name ({vendor}). */
    removeButton: string;
    remove: string;
    /** {vendor} added, {position} of {count}. */
    added: string;
    /** {vendor} removed, {count} left. */
    removed: Plural;
    /** {vendor}'s column holds {count} inputs (the first are listed). */
    confirmTitle: string;
    confirm: Plural;
    more: string;
    removeAnyway: string;
    keep: string;
    failedTitle: string;
    /** Why the change was refused: {vendor}, {max}, {names}, {vendors}. */
    refused: Record<'layout' | 'moved' | 'missing' | 'blankName' | 'nameTooLong' | 'duplicate' | 'tooMany' | 'unknownVendor' | 'lastVendor', string>;
  };
  /** The Insert tab's evaluator list, once a template exists: {evaluator}, {position}, {count}, {max}, {names}, {evaluators}. */
  evaluatorChange: {
    title: string;
    hint: string;
    /** The one-evaluator Scorecard, shown as the list's one row. */
    single: string;
    /** On the one-evaluator Scorecard: the name its inputs take as the first block. */
    firstLabel: string;
    firstPlaceholder: string;
    nameLabel: string;
    positionLabel: string;
    atEnd: string;
    before: string;
    add: string;
    removeButton: string;
    remove: string;
    added: string;
    removed: Plural;
    confirmTitle: string;
    confirm: Plural;
    more: string;
    removeAnyway: string;
    keep: string;
    failedTitle: string;
    refused: Record<
      'layout' | 'moved' | 'missing' | 'blankName' | 'nameTooLong' | 'duplicate' | 'tooMany' | 'unknownEvaluator' | 'lastEvaluator',
      string
    >;
  };
  /** The Packs tab: vendor packs out, responses back in (issue 10). */
  packs: {
    makeHeading: string;
    makeIntro: string;
    vendorsLegend: string;
    language: string;
    asWorkbook: string;
    round: string;
    deadline: string;
    returnTo: string;
    make: string;
    making: string;
    made: Plural;
    /** {id}: the master id just added. */
    idAdded: string;
    opened: string;
    cannotOpen: string;
    /** {file} */
    download: string;
    makeFailedTitle: string;
    /** {names}: vendors or row blocks at fault. */
    refused: Record<'noVendors' | 'rowsChanged' | 'unknownVendor' | 'badRound' | 'layout', string>;
    importHeading: string;
    importIntro: string;
    pick: string;
    reading: string;
    /** {file}, {vendor}, {round} */
    who: string;
    /** {file} */
    unreadable: string;
    changes: Plural;
    unchanged: string;
    conflictsHeading: string;
    keepMaster: string;
    takeVendor: string;
    /** {cell}, {field}, {old}, {new} */
    change: string;
    blank: string;
    apply: string;
    applying: string;
    /** {count}, {sheet} */
    applied: Plural;
    nothingToApply: string;
    importFailedTitle: string;
    /** {cells} */
    stale: string;
    /** {file}, {message} */
    readFailed: string;
  };
  failed: {
    fill: string;
    validate: string;
    select: string;
    mark: string;
    clear: string;
    watch: string;
    load: string;
    decision: string;
    decisionWrite: string;
  };
}

export const uiEn: UiMessages = {
  title: 'Vendor Compare',
  listSeparator: ', ',
  intro: 'Insert a workbook template that compares IM / RTC vendors, technical support costs included.',
  vendors: {
    legend: 'Vendors',
    row: 'Vendor {n}',
    add: 'Add vendor',
    remove: 'Remove vendor {n}',
  },
  term: { label: 'Contract term (years)', hint: 'From 1 to {max} years' },
  users: { label: 'Number of users' },
  currency: { label: 'Currency' },
  language: { label: 'Template language', en: 'English', zh: 'Chinese (中文)' },
  scenarios: { legend: 'Your scenarios', hint: 'Each scenario adds its support questions for every vendor.' },
  insert: 'Insert template',
  inserting: 'Inserting the template…',
  checking: 'Checking the workbook…',
  validation: {
    noVendors: 'Enter at least one vendor name.',
    tooMany: '{count} vendors is more than a template holds: at most {max}.',
    blank: 'Enter a name for vendor {n}, or remove the row.',
    tooLong: 'This name has {length} characters; vendor names have at most {max}.',
    duplicate: '“{name}” is already in the list.',
    termEmpty: 'Enter the contract term: a whole number of years from 1 to {max}.',
    termNotNumber: '“{text}” is not a whole number of years. Enter 1 to {max}.',
    termRange: '{value} years is outside the limit: enter 1 to {max}.',
    usersEmpty: 'Enter the number of users: a whole number, 1 or more.',
    usersNotNumber: '“{text}” is not a whole number of users. Enter 1 or more.',
    usersRange: '{value} users is below the limit: enter 1 or more.',
    summary: { one: 'Fix 1 problem before inserting.', other: 'Fix {count} problems before inserting.' },
  },
  confirmInsert: {
    title: 'Insert a template for one vendor?',
    body:
      'Only one vendor is named, so there is nothing to compare yet. Insert adds these sheets to the workbook: {sheets}, ' +
      'for {vendor}, a {term}-year contract for {users} users in {currency}. The pane cannot remove them again.',
    insert: 'Insert for one vendor',
    back: 'Go back and add vendors',
  },
  result: {
    successTitle: 'Template inserted',
    success: {
      one: 'Created {count} sheets for 1 vendor: {sheets}.',
      other: 'Created {count} sheets for {vendors} vendors: {sheets}.',
    },
    nextTitle: 'Next steps',
    next: [
      'Enter each vendor’s prices on the {pricing} sheet.',
      'Send each vendor its questions from the {questions} sheet, then enter the answers.',
      'Check that nothing is missing on the Validate tab.',
    ],
    goFormulas: 'Go to Formulas',
    goValidate: 'Go to Validate',
    unchanged: '{message} The workbook was left unchanged.',
    changeToRetry: 'Change the form to try again.',
    existsTitle: 'Template already here',
    exists: 'This workbook already holds a Vendor Compare template. Open a new workbook to insert another one.',
    errorTitle: 'The template was not inserted',
    generic: 'Something went wrong: {message}',
    structure: 'The template in this workbook is incomplete: {names} missing or broken. Run Validate to see what is wrong.',
    noDecisionSheet:
      'This workbook was made before the Decision sheet existed, so the results have nowhere to go; nothing was written. The check shown above still holds.',
    sheetGone: 'The sheet {sheet} no longer exists. Validate again to refresh the findings.',
    sheetPassword:
      'The sheet {sheet} is protected with a password, so Vendor Compare cannot write to it. Nothing was changed: unprotect it (Review > Unprotect Sheet, with your password) and try again.',
    protectionNotRestored: '{message} Vendor Compare could not protect these sheets again: {sheets}. Protect them yourself (Review > Protect Sheet).',
    fillRefused: {
      newerVersion: 'This workbook was made by a newer version of Vendor Compare. Nothing was changed: update the add-in first.',
      upgradeColumns:
        'This workbook was made by an earlier version and has columns inserted before the vendors on Pricing or Assumptions, so it cannot be upgraded in place. Nothing was changed: delete those columns, or insert a new template and copy the inputs.',
      upgradeOccupied:
        'This workbook was made by an earlier version; its upgrade adds tables where your workbook holds content ({cells}). Nothing was changed: move that content, then fill again.',
    },
    checkFailedTitle: 'Workbook not checked',
    checkFailed: 'Could not check the workbook for an existing template: {message}',
    partial:
      'Writing the template failed, and removing what was already written failed too, so this workbook may hold part of a template. ' +
      'To remove it, delete these sheets if they are there: {sheets}. Then choose Formulas > Name Manager and delete every name that starts with vc_. ' +
      'Until both are gone, inserting again will say the workbook already holds a template. Details: {message}',
    partialSheetsUnknown:
      'Writing the template failed, and removing what was already written failed too, so this workbook may hold part of a template. ' +
      'To remove it, delete the sheets the insert added. Then choose Formulas > Name Manager and delete every name that starts with vc_. ' +
      'Until both are gone, inserting again will say the workbook already holds a template. Details: {message}',
    cleanUp: 'Remove what was written',
    cleaning: 'Removing what was written…',
    cleaned: 'Removed: the workbook is as it was before the insert. You can insert the template again.',
  },
  noHost: {
    title: 'Open this add-in in Excel',
    body: 'Vendor Compare runs inside Excel on the web, on Windows or on Mac. Load manifest.xml as an add-in in Excel, then choose Home > Vendor Compare.',
  },
  noLibrary: {
    title: 'The Office library could not load',
    body: 'Vendor Compare needs Microsoft’s office.js, and this page could not load it, so it cannot reach the workbook.',
    checks: [
      'In Excel: check that your network, proxy or firewall allows https://appsforoffice.microsoft.com, then close and reopen the add-in.',
      'In a web browser: this page works only inside Excel. Load manifest.xml as an add-in in Excel, then choose Home > Vendor Compare.',
    ],
  },
  tabs: {
    label: 'Pane sections',
    insert: 'Insert',
    formulas: 'Formulas',
    validate: 'Validate',
    packs: 'Packs',
    decision: 'Decision',
    loading: 'Loading…',
  },
  fill: {
    intro:
      'The cost formulas follow each vendor’s pricing model by themselves. Fill puts back formulas that were deleted or typed over, and upgrades a workbook made by an earlier version. Inputs are never touched.',
    button: 'Fill pricing formulas',
    busy: 'Filling the formulas…',
    filledTitle: 'Formulas filled',
    filled: 'Formulas filled for: {vendors}',
    unchanged: 'Every formula is in place: nothing to repair',
    upgradedTitle: 'Workbook upgraded',
    upgraded:
      'This workbook was made by an earlier version. It now has live formulas for every pricing model, a quote currency per vendor and an exchange-rate table on Assumptions; every input was kept.',
    overwrittenTitle: 'Typed values in formula cells',
    overwritten: {
      one: '1 formula cell holds a value typed over its formula. Nothing was changed. Replace it with its formula?',
      other: '{count} formula cells hold values typed over their formulas. Nothing was changed. Replace them with formulas?',
    },
    goToCell: 'Go to {location}',
    cell: '{vendor}: {location}',
    more: '…and {count} more',
    replace: 'Replace them',
    cancel: 'Cancel',
    cancelled: 'Nothing was changed.',
  },
  check: {
    intro: 'Check that every contract question is answered and every required price is given.',
    button: 'Validate workbook',
    busy: 'Validating the workbook…',
    counts: 'Errors: {errors} · Warnings: {warnings}',
    complete: 'No errors: every vendor is complete.',
    notTemplateTitle: 'No template here',
    notTemplate: 'This workbook holds no Vendor Compare template. Insert one first.',
    goInsert: 'Go to Insert',
    filterLabel: 'Show',
    all: 'All ({count})',
    errors: 'Errors ({count})',
    warnings: 'Warnings ({count})',
    error: 'Error',
    warning: 'Warning',
    workbook: 'Workbook',
    groupCounts: 'Errors: {errors} · Warnings: {warnings}',
    showMore: 'Show {count} more of {left}',
    showRest: 'Show the last {left}',
    nothingToShow: 'No findings of this kind.',
    mark: 'Mark gaps in the sheet',
    markScope: {
      one: 'Highlights the 1 cell with a finding, whatever is shown.',
      other: 'Highlights the {count} cells with findings, whatever is shown.',
    },
    clear: 'Clear marks',
    marked: {
      one: 'Marked 1 cell. Your own formatting is kept; Clear marks removes the highlight.',
      other: 'Marked {count} cells. Your own formatting is kept; Clear marks removes the highlights.',
    },
    cleared: 'Marks cleared.',
  },
  vendorChange: {
    title: 'Vendors in this workbook',
    hint: 'A vendor who joins the tender later gets a column on every sheet; every other vendor’s inputs stay where they are.',
    nameLabel: 'New vendor',
    positionLabel: 'Place',
    atEnd: 'After the last vendor',
    before: 'Before {vendor}',
    add: 'Add vendor',
    removeButton: 'Remove',
    remove: 'Remove {vendor}',
    added: 'Added {vendor} as vendor {position} of {count}.',
    removed: { one: 'Removed {vendor}; {count} vendor remains.', other: 'Removed {vendor}; {count} vendors remain.' },
    confirmTitle: 'Remove {vendor}?',
    confirm: { one: 'Its column holds {count} input that will be deleted:', other: 'Its column holds {count} inputs that will be deleted:' },
    more: '…and {count} more',
    removeAnyway: 'Remove with its inputs',
    keep: 'Keep {vendor}',
    failedTitle: 'Vendors not changed',
    refused: {
      layout: 'This workbook was made by an earlier version: run Fill pricing formulas on the Formulas tab first (it upgrades the layout).',
      moved:
        'The template’s blocks are not where the template put them ({names}): rows or columns were inserted or deleted inside it, so a vendor’s column cannot be placed safely.',
      missing:
        'The workbook lacks the template’s blocks {names} (deleted, or made by an earlier build without them), so the vendor columns cannot all be placed. Insert a new template and copy the inputs.',
      blankName: 'Enter the vendor’s name.',
      nameTooLong: 'A vendor name has at most {max} characters.',
      duplicate: 'There is already a vendor named {vendor}.',
      tooMany: 'The workbook already has {max} vendors, the most a template holds.',
      unknownVendor: 'There is no vendor named {vendor} any more; its vendors are: {vendors}.',
      lastVendor: '{vendor} is the only vendor, and a template needs at least one.',
    },
  },
  evaluatorChange: {
    title: 'Evaluators on the Scorecard',
    hint: 'Each evaluator fills in a block of the Scorecard’s inputs; the input rows show their consensus. Every other evaluator’s ratings stay where they are.',
    single: 'One evaluator: the Scorecard’s inputs',
    firstLabel: 'Name for the current inputs',
    firstPlaceholder: 'Evaluator 1',
    nameLabel: 'New evaluator',
    positionLabel: 'Place',
    atEnd: 'After the last evaluator',
    before: 'Before {evaluator}',
    add: 'Add evaluator',
    removeButton: 'Remove',
    remove: 'Remove {evaluator}',
    added: 'Added {evaluator} as evaluator {position} of {count}.',
    removed: { one: 'Removed {evaluator}; {count} evaluator remains.', other: 'Removed {evaluator}; {count} evaluators remain.' },
    confirmTitle: 'Remove {evaluator}?',
    confirm: { one: 'Their block holds {count} rating that will be deleted:', other: 'Their block holds {count} ratings that will be deleted:' },
    more: '…and {count} more',
    removeAnyway: 'Remove with their ratings',
    keep: 'Keep {evaluator}',
    failedTitle: 'Evaluators not changed',
    refused: {
      layout: 'This workbook was made by an earlier version: run Fill pricing formulas on the Formulas tab first (it upgrades the layout).',
      moved:
        'The template’s blocks are not where the template put them ({names}): rows or columns were inserted or deleted inside it, so an evaluator’s block cannot be placed safely.',
      missing:
        'The workbook lacks the template’s blocks {names} (deleted, or made by an earlier build without them), so the evaluator blocks cannot be placed.',
      blankName: 'Enter the evaluator’s name.',
      nameTooLong: 'An evaluator name has at most {max} characters.',
      duplicate: 'There is already an evaluator named {evaluator}.',
      tooMany: 'The Scorecard already has {max} evaluators, the most a template holds.',
      unknownEvaluator: 'There is no evaluator named {evaluator} any more; the evaluators are: {evaluators}.',
      lastEvaluator: 'The Scorecard needs at least one evaluator.',
    },
  },
  packs: {
    makeHeading: 'Vendor packs',
    makeIntro:
      'A pack is a workbook for one vendor: its pricing inputs, coverage and questions, with its current values and nothing of yours. Send it; import it below when it comes back.',
    vendorsLegend: 'Vendors',
    language: 'Pack language',
    asWorkbook: 'As the workbook',
    round: 'Round',
    deadline: 'Deadline (optional)',
    returnTo: 'Return to (optional)',
    make: 'Make packs',
    making: 'Making the packs…',
    made: { one: 'Made 1 pack.', other: 'Made {count} packs.' },
    idAdded: 'This workbook now has a master id ({id}), which every pack carries: save the workbook before you send them.',
    opened: 'opened in a new window: save it from there',
    cannotOpen: 'this Excel cannot open it as a new workbook: download it',
    download: 'Download {file}',
    makeFailedTitle: 'Packs not made',
    refused: {
      noVendors: 'Choose at least one vendor.',
      rowsChanged: 'The question or coverage rows ({names}) are not the template’s: values go into a pack row by row, so no pack can be made.',
      unknownVendor: 'The workbook has no vendor named {names} any more.',
      badRound: 'The round is a whole number from 1.',
      layout:
        'This workbook was made by an earlier version: run Fill pricing formulas on the Formulas tab first (it upgrades the layout), then make the packs.',
    },
    importHeading: 'Import responses',
    importIntro: 'Pick the packs the vendors sent back. Nothing is written until you apply; every value written gets a row on the Change log sheet.',
    pick: 'Returned packs (.xlsx)',
    reading: 'Reading the packs…',
    who: '{file} ({vendor}, round {round})',
    unreadable: '{file}: not a workbook that can be read (not an .xlsx file, or damaged)',
    changes: { one: '1 change', other: '{count} changes' },
    unchanged: 'nothing to change: the master already holds these values',
    conflictsHeading: 'Changed in the master since the pack was made, and by the vendor too:',
    keepMaster: 'Keep master',
    takeVendor: 'Take vendor’s',
    change: '{cell} {field}: {old} → {new}',
    blank: '(blank)',
    apply: 'Apply',
    applying: 'Applying…',
    applied: { one: 'Wrote 1 value; it is logged on the sheet {sheet}.', other: 'Wrote {count} values; each is logged on the sheet {sheet}.' },
    nothingToApply: 'Nothing to apply.',
    importFailedTitle: 'Responses not imported',
    stale: 'The master changed since the preview ({cells}): nothing was written. Pick the files again to preview anew.',
    readFailed: 'The file {file} could not be read: {message}',
  },
  failed: {
    fill: 'Formulas not filled',
    validate: 'Workbook not validated',
    select: 'Could not go to the cell',
    mark: 'Gaps not marked',
    clear: 'Marks not cleared',
    watch: 'Model changes are not followed',
    load: 'This part of the pane did not load',
    decision: 'Ranking not checked',
    decisionWrite: 'Results not written',
  },
};
