import type { NamedBlock, SnapshotValue } from '../../snapshot/types';
import { MAX_TERM_YEARS } from '../../options';
import { finding, type Rule, type RuleContext } from '../ruleContext';
import type { Finding } from '../types';
import { cellOf, displayText } from '../workbookModel';

interface Check {
  name: string;
  label: 'term' | 'users' | 'discountRate' | 'priceWeight';
  ok: (v: number) => boolean;
  range: string;
}

const CHECKS: readonly Check[] = [
  { name: 'vc_Term', label: 'term', ok: (v) => Number.isInteger(v) && v >= 1 && v <= MAX_TERM_YEARS, range: `1-${MAX_TERM_YEARS}` },
  { name: 'vc_Users', label: 'users', ok: (v) => Number.isInteger(v) && v >= 1, range: '≥ 1' },
  { name: 'vc_DiscountRate', label: 'discountRate', ok: (v) => v >= 0 && v <= 1, range: '0%-100%' },
  { name: 'vc_PriceWeight', label: 'priceWeight', ok: (v) => v >= 0 && v <= 1, range: '0%-100%' },
];

const DEMAND = ['vc_DevHours', 'vc_OpsHours', 'vc_Incidents', 'vc_OnsiteDays'] as const;

function isNumber(v: SnapshotValue): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function demandFindings(ctx: RuleContext, block: NamedBlock, years: number): Finding[] {
  return block.values.slice(0, years).flatMap((row, r) => {
    const v = row[0] ?? null;
    if (v === null || v === '' || (isNumber(v) && v >= 0)) return [];
    const cell = cellOf(block, r, 0);
    return [finding('error', 'assumptions', cell, ctx.t.badDemand, { cell: `${cell.sheet}!${cell.address}`, value: displayText(v) })];
  });
}

/** Rule 7: the contract settings the costs depend on are there and sensible; demand is numbers.
 * A blank term would otherwise make every cost #N/A with no finding to say why. */
export const assumptions: Rule = (ctx) => {
  const b = ctx.snapshot.blocks;
  const settings = CHECKS.flatMap((check) => {
    const block = b[check.name];
    if (!block) return [];
    const cell = cellOf(block, 0, 0);
    if (isNumber(cell.value) && check.ok(cell.value)) return [];
    const label = ctx.t.settingLabels[check.label];
    return [finding('error', 'assumptions', cell, ctx.t.badSetting, { setting: label, range: check.range, value: displayText(cell.value) || '—' })];
  });
  const term = b.vc_Term?.values[0]?.[0] ?? null;
  const years = isNumber(term) && term >= 1 && term <= MAX_TERM_YEARS ? Math.floor(term) : MAX_TERM_YEARS;
  const demand = DEMAND.flatMap((name) => (b[name] ? demandFindings(ctx, b[name]!, years) : []));
  return [...settings, ...demand];
};
