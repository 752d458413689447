import { CONTRACT_QUESTIONS } from '../catalogue/questions';
import { scenarioQuestions } from '../catalogue/scenarios';
import { defaultDemand, MAX_VENDORS, vendorListProblem, type DemandYear, type FxRate, type TemplateOptions, type VendorQuote } from '../options';
import { Checker, isPlainObject } from './checker';
import type { ImportProblem } from './problems';
import { err, ok, type Result } from './result';
import { completeSettings, readSettings, SETTING_KEYS, type Settings } from './settings';
import { readWeights } from './quality';
import { MAX_CELL_TEXT, readVendor, VENDOR_KEYS } from './vendor';

export const ROOT_KEYS: readonly string[] = [...SETTING_KEYS, 'demand', 'fx', 'weights', 'vendors'];
const FX_KEYS = ['currency', 'rate', 'date', 'source'];
const DEMAND_KEYS: readonly (keyof DemandYear)[] = ['devHours', 'opsHours', 'incidents', 'onsiteDays'];

export type ImportResult = Result<TemplateOptions, ImportProblem[]>;

/**
 * Turns a parsed import file (issue 2, "Import format") into TemplateOptions, or lists every
 * problem. `overrides` (already checked, e.g. command-line flags) win over the file's settings.
 */
export function importOptions(value: unknown, overrides: Partial<Settings> = {}): ImportResult {
  const check = new Checker();
  const root = check.object(value, '', ROOT_KEYS);
  if (!root) {
    if (value === undefined || value === null) check.add('', { kind: 'invalid', expected: { kind: 'object' }, got: value });
    return err(check.problems);
  }
  const settings = completeSettings(readSettings(root, check), overrides);
  const termValid = check.problems.every((p) => p.field !== 'termYears') || overrides.termYears !== undefined;
  const demand = readDemand(root.demand, settings.termYears, termValid, check);
  const vendors = readVendors(root.vendors, questionIds(settings), settings.evaluators ?? [], check);
  const fx = readFx(root.fx, check);
  checkQuoteCurrencies(root.vendors, vendors, fx, settings.currency, check);
  const weights = readWeights(root.weights, check);
  if (check.problems.length > 0) return err(check.problems);
  return ok({ ...settings, demand, vendors, fx, ...(weights ? { weights } : {}) });
}

/** Options for vendors given by name only (the CLI's --vendor-names, the pane's form). */
export function optionsFromNames(names: readonly string[], settings: Partial<Settings> = {}): ImportResult {
  const check = new Checker();
  const complete = completeSettings(settings);
  const vendors: VendorQuote[] = [];
  checkVendorCount(names.length, check);
  const accepted: string[] = [];
  names.forEach((name, index) => {
    const vendorCheck = check.forVendor(index, name.trim() || undefined);
    if (checkName(name, index, accepted, vendorCheck)) vendors.push({ name: name.trim() });
  });
  if (check.problems.length > 0) return err(check.problems);
  return ok({ ...complete, demand: defaultDemandTable(complete.termYears), vendors, fx: [] });
}

export function defaultDemandTable(termYears: number): DemandYear[] {
  return Array.from({ length: termYears }, (_, i) => defaultDemand(i + 1));
}

/** The answer keys a vendor may give: Q1-Q7 and the focus ids of the chosen scenarios. */
export function questionIds(settings: Pick<Settings, 'scenarios'>): string[] {
  return [...CONTRACT_QUESTIONS.map((q) => q.id), ...scenarioQuestions(settings.scenarios).map((q) => q.id)];
}

function readDemand(value: unknown, termYears: number, termValid: boolean, check: Checker): DemandYear[] {
  const list = check.list(value, 'demand');
  if (!list) return defaultDemandTable(termYears);
  if (termValid && list.length !== termYears) {
    check.add('demand', { kind: 'demandLength', entries: list.length, termYears });
  }
  return list.map((item, i) => {
    const field = `demand[${i}]`;
    const year = { ...defaultDemand(i + 1) };
    const entry = check.object(item, field, DEMAND_KEYS);
    if (!entry) {
      if (item === null || item === undefined) check.add(field, { kind: 'invalid', expected: { kind: 'object' }, got: item });
      return year;
    }
    for (const key of DEMAND_KEYS) {
      const amount = check.nonNegative(entry[key], `${field}.${key}`);
      if (amount !== undefined) year[key] = amount;
    }
    return year;
  });
}

function readVendors(value: unknown, questionIds: readonly string[], evaluators: readonly string[], check: Checker): VendorQuote[] {
  const list = check.list(value, 'vendors');
  if (!list) {
    if (value === undefined || value === null) check.add('vendors', { kind: 'noVendors' });
    return [];
  }
  checkVendorCount(list.length, check);
  const accepted: string[] = [];
  const vendors: VendorQuote[] = [];
  list.forEach((item, index) => {
    const rawName = isPlainObject(item) ? item.name : undefined;
    const shownName = typeof rawName === 'string' && rawName.trim() ? rawName.trim() : undefined;
    const vendorCheck = check.forVendor(index, shownName);
    const entry = vendorCheck.object(item, '', VENDOR_KEYS);
    if (!entry) {
      if (item === null || item === undefined) vendorCheck.add('', { kind: 'invalid', expected: { kind: 'object' }, got: item });
      return;
    }
    let name: string | undefined;
    if (rawName === undefined || rawName === null) vendorCheck.add('name', { kind: 'missing' });
    else name = vendorCheck.text(rawName, 'name');
    const nameOk = name !== undefined && checkName(name, index, accepted, vendorCheck);
    const quote = readVendor(entry, (name ?? '').trim(), vendorCheck, questionIds, evaluators);
    if (nameOk) vendors.push(quote);
  });
  return vendors;
}

/** The exchange-rate table: a currency code and a positive rate each, date and source as text. */
function readFx(value: unknown, check: Checker): FxRate[] {
  const list = check.list(value, 'fx') ?? [];
  const rates: FxRate[] = [];
  list.forEach((item, i) => {
    const field = `fx[${i}]`;
    const entry = check.object(item, field, FX_KEYS);
    if (!entry) {
      if (item === null || item === undefined) check.add(field, { kind: 'invalid', expected: { kind: 'object' }, got: item });
      return;
    }
    const currency = check.currency(entry.currency, `${field}.currency`);
    if (entry.currency === undefined || entry.currency === null) check.add(`${field}.currency`, { kind: 'missing' });
    const rate = check.positive(entry.rate, `${field}.rate`);
    if (entry.rate === undefined || entry.rate === null) check.add(`${field}.rate`, { kind: 'missing' });
    const date = check.text(entry.date, `${field}.date`, 100);
    const source = check.text(entry.source, `${field}.source`, MAX_CELL_TEXT);
    if (currency && rate !== undefined) rates.push({ currency, rate, ...(date ? { date } : {}), ...(source ? { source } : {}) });
  });
  return rates;
}

/** A vendor quoting in another currency needs its rate: name both the vendor and the currency. */
function checkQuoteCurrencies(raw: unknown, vendors: VendorQuote[], fx: FxRate[], comparison: string, check: Checker): void {
  const list = Array.isArray(raw) ? raw : [];
  for (const vendor of vendors) {
    const currency = vendor.currency;
    if (!currency || currency === comparison || fx.some((r) => r.currency === currency)) continue;
    const index = list.findIndex((item) => isPlainObject(item) && typeof item.name === 'string' && item.name.trim() === vendor.name);
    check.forVendor(index, vendor.name).add('currency', { kind: 'noFxRate', currency, comparison });
  }
}

function checkVendorCount(count: number, check: Checker): void {
  if (count === 0) check.add('vendors', { kind: 'noVendors' });
  if (count > MAX_VENDORS) check.add('vendors', { kind: 'tooManyVendors', max: MAX_VENDORS, got: count });
}

/**
 * The shared rule (vendorListProblem) applied one name at a time against the names accepted so
 * far, so every bad name is reported, not only the first. Returns whether the name is good.
 */
function checkName(name: string, index: number, accepted: string[], check: Checker): boolean {
  const problem = vendorListProblem([...accepted, name]);
  if (problem && problem.kind !== 'none' && problem.kind !== 'tooMany') {
    check.add('name', { kind: 'vendorName', problem: { ...problem, index } });
    return false;
  }
  accepted.push(name);
  return true;
}
