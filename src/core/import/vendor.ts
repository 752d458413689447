import { BILLING_PERIODS, MODEL_IDS, TIERS, type TierId } from '../catalogue/models';
import type { ContractStatus } from '../catalogue/questions';
import type { TierQuote, VendorQuote } from '../options';
import { absent, type Checker, join } from './checker';
import { readCoverage, readRatings, readRatingsBy } from './quality';

/** Keys of one vendor in the import file, as the "Import format" gives them. */
export const VENDOR_KEYS = [
  'name',
  'model',
  'currency',
  'platformFee',
  'setupFee',
  'customizationFee',
  'escalation',
  'dayRate',
  'includedHours',
  'overageRate',
  'tier',
  'tiers',
  'hourlyRate',
  'incidentFee',
  'subscriptionFee',
  'billing',
  'answers',
  'ratings',
  'ratingsBy',
  'coverage',
] as const;

/** Prices and hours: every one must be a number >= 0 when given. */
const AMOUNT_KEYS = [
  'platformFee',
  'setupFee',
  'customizationFee',
  'dayRate',
  'includedHours',
  'overageRate',
  'hourlyRate',
  'incidentFee',
  'subscriptionFee',
] as const;

const TIER_IDS: readonly TierId[] = TIERS.map((t) => t.id);
const BILLING_IDS = BILLING_PERIODS.map((b) => b.id);

/** Excel's limit on the text in one cell. */
export const MAX_CELL_TEXT = 32767;

/**
 * Checks one vendor entry (its name is checked by the caller, against the whole list).
 * `questionIds` are the answer keys allowed: Q1-Q7 and the chosen scenarios' focus ids.
 */
export function readVendor(
  raw: Record<string, unknown>,
  name: string,
  check: Checker,
  questionIds: readonly string[],
  evaluators: readonly string[] = [],
): VendorQuote {
  const quote: VendorQuote = { name };
  const model = check.oneOf(raw.model, 'model', MODEL_IDS);
  if (model) quote.model = model;
  const currency = check.currency(raw.currency, 'currency');
  if (currency) quote.currency = currency;
  for (const key of AMOUNT_KEYS) {
    const amount = check.nonNegative(raw[key], key);
    if (amount !== undefined) quote[key] = amount;
  }
  const escalation = check.fraction(raw.escalation, 'escalation');
  if (escalation !== undefined) quote.escalation = escalation;
  const tier = check.oneOf(raw.tier, 'tier', TIER_IDS);
  if (tier) quote.tier = tier;
  const tiers = readTiers(raw.tiers, check);
  if (tiers) quote.tiers = tiers;
  const billing = check.oneOf(raw.billing, 'billing', BILLING_IDS);
  if (billing) quote.billing = billing;
  const answers = readAnswers(raw.answers, check, questionIds);
  if (answers?.answers) quote.answers = answers.answers;
  if (answers?.contract && Object.keys(answers.contract).length > 0) quote.contract = answers.contract;
  const ratingsBy = readRatingsBy(raw, evaluators, check);
  if (ratingsBy) quote.ratingsBy = ratingsBy;
  const ratings = evaluators.length === 0 ? readRatings(raw.ratings, check) : undefined;
  if (ratings) quote.ratings = ratings;
  const coverage = readCoverage(raw.coverage, check);
  if (coverage?.coverage) quote.coverage = coverage.coverage;
  if (coverage?.paidPrices && Object.keys(coverage.paidPrices).length > 0) quote.paidPrices = coverage.paidPrices;
  return quote;
}

function readTiers(value: unknown, check: Checker): Partial<Record<TierId, TierQuote>> | undefined {
  const tiers = check.object(value, 'tiers', TIER_IDS);
  if (!tiers) return undefined;
  const result: Partial<Record<TierId, TierQuote>> = {};
  for (const id of TIER_IDS) {
    const field = join('tiers', id);
    const entry = check.object(tiers[id], field, ['fee', 'hours']);
    if (!entry) continue;
    const quote: TierQuote = {};
    const fee = check.nonNegative(entry.fee, join(field, 'fee'));
    if (fee !== undefined) quote.fee = fee;
    const hours = check.nonNegative(entry.hours, join(field, 'hours'));
    if (hours !== undefined) quote.hours = hours;
    result[id] = quote;
  }
  return result;
}

type Answers = Pick<VendorQuote, 'answers' | 'contract'>;

const CONTRACT_IDS: readonly ContractStatus[] = ['yes', 'no', 'pending'];

/** `"Q1": "..."`, or `"Q1": { "answer": "...", "inContract": "yes" | "no" | "pending", "note": "..." }`. */
function readAnswers(value: unknown, check: Checker, questionIds: readonly string[]): Answers | undefined {
  const answers = check.object(value, 'answers');
  if (!answers) return undefined;
  const result: Required<Answers> = { answers: {}, contract: {} };
  for (const [id, entry] of Object.entries(answers)) {
    const field = join('answers', id);
    if (!questionIds.includes(id)) {
      check.add(field, { kind: 'unknownQuestion', allowed: questionIds });
      continue;
    }
    if (absent(entry)) continue;
    const full = typeof entry === 'object' && !Array.isArray(entry) ? check.object(entry, field, ['answer', 'inContract', 'note']) : undefined;
    const text = check.text(full ? full.answer : entry, full ? join(field, 'answer') : field, MAX_CELL_TEXT);
    if (text !== undefined) result.answers[id] = text;
    if (!full) continue;
    const inContract = check.oneOf(full.inContract, join(field, 'inContract'), CONTRACT_IDS);
    const note = check.text(full.note, join(field, 'note'), MAX_CELL_TEXT);
    if (inContract !== undefined || note !== undefined)
      result.contract[id] = { ...(inContract ? { inContract } : {}), ...(note !== undefined ? { note } : {}) };
  }
  return result;
}
