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
    checkFailedTitle: string;
    checkFailed: string;
  };
  noHost: { title: string; body: string };
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
    checkFailedTitle: 'Workbook not checked',
    checkFailed: 'Could not check the workbook for an existing template: {message}',
  },
  noHost: {
    title: 'Open this add-in in Excel',
    body: 'Vendor Compare runs inside Excel on the web, on Windows or on Mac. Load manifest.xml as an add-in in Excel, then choose Home > Vendor Compare.',
  },
};
