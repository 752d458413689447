/** Findings and validation results for pane tests, shaped as src/core/validation produces them. */
import { cellAddress } from '../../core/plan/a1';
import type { Finding } from '../../core/validation/types';
import type { ValidationResult } from '../../core/validation/validate';

export function finding(fields: Partial<Finding> & Pick<Finding, 'message'>): Finding {
  return { severity: 'error', rule: 'unanswered', sheet: 'Questions', cell: 'C5', ...fields };
}

/** A result whose summary and headline agree with its findings. */
export function resultOf(findings: Finding[], overrides: Partial<ValidationResult> = {}): ValidationResult {
  const errors = findings.filter((f) => f.severity === 'error');
  const vendors = [...new Set(findings.map((f) => f.vendor).filter((v) => v !== undefined))];
  const withErrors = new Set(errors.map((f) => f.vendor));
  const completeVendors = vendors.filter((v) => !withErrors.has(v)).length;
  const openQuestions = findings.filter((f) => f.rule === 'unanswered').length;
  return {
    complete: errors.length === 0,
    notTemplate: false,
    summary: { vendors: vendors.length, completeVendors, openQuestions, errors: errors.length, warnings: findings.length - errors.length, unchecked: [] },
    findings,
    headline: `${completeVendors} of ${vendors.length} vendors complete, ${openQuestions} questions open`,
    ...overrides,
  };
}

/** Two vendors and one workbook-wide problem: 3 errors, 2 warnings. */
export const SMALL_FINDINGS: Finding[] = [
  finding({ vendor: 'Aurora', question: 'Q2', cell: 'C5', message: 'Aurora has not answered Q2.' }),
  finding({ vendor: 'Beacon', question: 'Q1', cell: 'D4', severity: 'warning', rule: 'vague-commitment', message: 'Beacon’s answer to Q1 commits to no time.' }),
  finding({ vendor: 'Aurora', sheet: 'Pricing', cell: 'D9', rule: 'missing-price', message: 'Aurora (Tiered): tier fee is missing.' }),
  finding({ sheet: 'Assumptions', cell: 'C30', rule: 'weights', message: 'The quality weights add up to 90%, not 100%.' }),
  finding({ vendor: 'Beacon', sheet: 'Coverage', cell: 'E7', severity: 'warning', rule: 'unknown-coverage', message: 'Beacon: coverage of “FAQ” is still Unknown.' }),
];

/** `vendors` x `perVendor` findings, a warning every fifth one, each in its own cell. */
export function manyFindings(vendors: number, perVendor: number): Finding[] {
  const findings: Finding[] = [];
  for (let v = 0; v < vendors; v++) {
    for (let q = 0; q < perVendor; q++) {
      findings.push(
        finding({
          vendor: `Vendor ${v + 1}`,
          question: `Q${q + 1}`,
          cell: cellAddress(q + 4, v + 2),
          severity: q % 5 === 4 ? 'warning' : 'error',
          message: `Vendor ${v + 1} has not answered Q${q + 1}.`,
        }),
      );
    }
  }
  return findings;
}
