/** Strings of the task pane (not of the template). Placeholders in {braces} are filled by format(). */
export interface UiMessages {
  title: string;
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
    tooLong: string;
    duplicate: string;
    term: string;
    users: string;
  };
  result: {
    successTitle: string;
    success: string;
    existsTitle: string;
    exists: string;
    errorTitle: string;
    generic: string;
    structure: string;
    sheetGone: string;
    /** Fill refused: made by a newer version, or an upgrade that cannot be placed ({cells}). */
    fillRefused: Record<'newerVersion' | 'upgradeColumns' | 'upgradeOccupied', string>;
    checkFailedTitle: string;
    checkFailed: string;
    /** A failed insert whose clean-up failed too: {message} is Excel's, {sheets} the sheets to delete. */
    partial: string;
    /** The same, when the error does not say which sheets the insert added. */
    partialSheetsUnknown: string;
  };
  noHost: { title: string; body: string };
  tabs: { label: string; insert: string; formulas: string; validate: string; loading: string };
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
    overwritten: string;
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
    clear: string;
    marked: string;
    cleared: string;
  };
  failed: {
    fill: string;
    validate: string;
    select: string;
    mark: string;
    clear: string;
    watch: string;
    load: string;
  };
}

export const uiEn: UiMessages = {
  title: 'Vendor Compare',
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
    tooMany: 'At most {max} vendors.',
    blank: 'Enter a name for vendor {n}, or remove the row.',
    tooLong: 'Vendor names have at most {max} characters.',
    duplicate: '“{name}” is already in the list.',
    term: 'Enter a whole number of years from 1 to {max}.',
    users: 'Enter a whole number of users, 1 or more.',
  },
  result: {
    successTitle: 'Template inserted',
    success: 'Created {count} sheets for {vendors} vendor(s): {sheets}.',
    existsTitle: 'Template already here',
    exists: 'This workbook already holds a Vendor Compare template. Open a new workbook to insert another one.',
    errorTitle: 'The template was not inserted',
    generic: 'Something went wrong: {message}',
    structure: 'The template in this workbook is incomplete: {names} missing or broken. Run Validate to see what is wrong.',
    sheetGone: 'The sheet {sheet} no longer exists. Validate again to refresh the findings.',
    fillRefused: {
      newerVersion: 'This workbook was made by a newer version of Vendor Compare. Nothing was changed: update the add-in first.',
      upgradeColumns:
        'This workbook was made by an earlier version and has columns inserted before the vendors on Pricing or Assumptions, so it cannot be upgraded in place. Nothing was changed: delete those columns, or insert a new template and copy the inputs.',
      upgradeOccupied: 'This workbook was made by an earlier version; its upgrade adds tables where your workbook holds content ({cells}). Nothing was changed: move that content, then fill again.',
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
  },
  noHost: {
    title: 'Open this add-in in Excel',
    body: 'Vendor Compare runs inside Excel on the web, on Windows or on Mac. Load manifest.xml as an add-in in Excel, then choose Home > Vendor Compare.',
  },
  tabs: { label: 'Pane sections', insert: 'Insert', formulas: 'Formulas', validate: 'Validate', loading: 'Loading…' },
  fill: {
    intro: 'The cost formulas follow each vendor’s pricing model by themselves. Fill puts back formulas that were deleted or typed over, and upgrades a workbook made by an earlier version. Inputs are never touched.',
    button: 'Fill pricing formulas',
    busy: 'Filling the formulas…',
    filledTitle: 'Formulas filled',
    filled: 'Formulas filled for: {vendors}',
    unchanged: 'Every formula is in place: nothing to repair',
    upgradedTitle: 'Workbook upgraded',
    upgraded: 'This workbook was made by an earlier version. It now has live formulas for every pricing model, a quote currency per vendor and an exchange-rate table on Assumptions; every input was kept.',
    overwrittenTitle: 'Typed values in formula cells',
    overwritten: '{count} formula cell(s) hold a value typed over the formula. Nothing was changed. Replace them with formulas?',
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
    notTemplateTitle: 'Not a Vendor Compare workbook',
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
    clear: 'Clear marks',
    marked: 'Marked {count} cell(s). Your own formatting is kept; Clear marks removes the highlights.',
    cleared: 'Marks cleared.',
  },
  failed: {
    fill: 'Formulas not filled',
    validate: 'Workbook not validated',
    select: 'Could not go to the cell',
    mark: 'Gaps not marked',
    clear: 'Marks not cleared',
    watch: 'Model changes are not followed',
    load: 'This part of the pane did not load',
  },
};
