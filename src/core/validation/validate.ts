/**
 * Validation of a Vendor Compare workbook: pure rules over a Snapshot. A workbook broken beyond
 * use gives one clear structural finding, never an exception.
 */
import type { Language } from '../catalogue/text';
import { format, messages } from '../i18n/messages';
import type { Snapshot } from '../snapshot/types';
import { ruleContext, type Rule } from './ruleContext';
import { assumptions } from './rules/assumptions';
import { brokenFormulas } from './rules/brokenFormulas';
import { contractPending } from './rules/contractPending';
import { coverageMismatch } from './rules/coverageMismatch';
import { missingPrice } from './rules/missingPrice';
import { missingQuality } from './rules/missingQuality';
import { evaluators } from './rules/evaluators';
import { paidPrice } from './rules/paidPrice';
import { unansweredQuestion } from './rules/unansweredQuestion';
import { unknownCoverage } from './rules/unknownCoverage';
import { vagueCommitment } from './rules/vagueCommitment';
import { weightsTotal } from './rules/weightsTotal';
import type { Finding } from './types';
import { templateLanguage } from './workbookModel';

export const RULES: readonly Rule[] = [
  unansweredQuestion,
  vagueCommitment,
  contractPending,
  missingPrice,
  missingQuality,
  evaluators,
  unknownCoverage,
  coverageMismatch,
  paidPrice,
  brokenFormulas,
  weightsTotal,
  assumptions,
];

/** Blocks without which the workbook cannot be checked at all. */
const REQUIRED_BLOCKS = ['vc_VendorNames', 'vc_Model', 'vc_QuestionIds', 'vc_Answers'] as const;

export interface ValidationSummary {
  vendors: number;
  completeVendors: number;
  openQuestions: number;
  errors: number;
  warnings: number;
  /**
   * The template names that could not be read (deleted, at #REF!, on a deleted sheet): the rules
   * that need them did not run, so no vendor counts as complete. Empty when all was checked.
   */
  unchecked: string[];
}

export interface ValidationResult {
  /** True when no finding is an error (warnings allowed). */
  complete: boolean;
  /** Set when the workbook is not a Vendor Compare workbook at all. */
  notTemplate: boolean;
  summary: ValidationSummary;
  findings: Finding[];
  /** One line such as "3 of 4 vendors complete, 5 questions open". */
  headline: string;
}

function structuralFindings(snapshot: Snapshot, language: Language): Finding[] {
  const t = messages(language).validation;
  const whole = { severity: 'error' as const, rule: 'structure' as const, sheet: '', cell: '' };
  const findings: Finding[] = snapshot.broken.map((b) => ({
    ...whole,
    message: format(b.oversized ? t.oversizedName : t.brokenName, { name: b.name, reference: b.reference }),
  }));
  const brokenNames = new Set(snapshot.broken.map((b) => b.name));
  for (const name of REQUIRED_BLOCKS) {
    if (!snapshot.blocks[name] && !brokenNames.has(name)) findings.push({ ...whole, message: format(t.missingBlock, { name }) });
  }
  return findings;
}

/** The template names the rules could not read: broken ones, and required blocks that are gone. */
function uncheckedNames(snapshot: Snapshot): string[] {
  const broken = snapshot.broken.map((b) => b.name);
  const missing = REQUIRED_BLOCKS.filter((name) => !snapshot.blocks[name] && !broken.includes(name));
  return [...new Set([...broken, ...missing])];
}

export function validate(snapshot: Snapshot, language: Language = 'en'): ValidationResult {
  const t = messages(language).validation;
  const notTemplate = Object.keys(snapshot.blocks).length === 0 && snapshot.broken.length === 0;
  const structure = notTemplate
    ? [{ severity: 'error' as const, rule: 'structure' as const, sheet: '', cell: '', message: t.notTemplate }]
    : structuralFindings(snapshot, language);
  const ctx = ruleContext(snapshot, language, templateLanguage(snapshot));
  const findings = [...structure, ...(notTemplate ? [] : RULES.flatMap((rule) => rule(ctx)))];
  const errors = findings.filter((f) => f.severity === 'error');
  const vendorsWithErrors = new Set(errors.map((f) => f.vendor).filter((v) => v !== undefined));
  const unchecked = notTemplate ? [] : uncheckedNames(snapshot);
  const summary: ValidationSummary = {
    vendors: ctx.vendors.length,
    // A vendor is complete only when everything about it was checked.
    completeVendors: unchecked.length > 0 ? 0 : ctx.vendors.filter((v) => !vendorsWithErrors.has(v.name)).length,
    openQuestions: findings.filter((f) => f.rule === 'unanswered').length,
    errors: errors.length,
    warnings: findings.length - errors.length,
    unchecked,
  };
  const headline =
    unchecked.length > 0
      ? format(t.summaryUnchecked, { total: summary.vendors, names: unchecked.join(t.listSeparator) })
      : format(t.summary, { complete: summary.completeVendors, total: summary.vendors, open: summary.openQuestions });
  return {
    complete: errors.length === 0,
    notTemplate,
    summary,
    findings,
    headline,
  };
}
