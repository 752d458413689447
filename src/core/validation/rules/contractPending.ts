import { isRealAnswer } from '../../answers';
import { CONTRACT_STATUSES } from '../../catalogue/questions';
import { itemList } from '../itemList';
import { finding, type Rule } from '../ruleContext';
import { cellOf, displayText, placeholders, questionRows, vendorOfColumn } from '../workbookModel';

/**
 * Real answers whose contract status still reads Pending (DOMAIN.md: support commitments belong
 * in the contract): one warning per vendor, listing the questions, at the first status cell. A
 * warning, since the buyer writes the contract last. Only where the status block lines up with
 * the answers (same rows, one column per vendor).
 */
export const contractPending: Rule = (ctx) => {
  const answers = ctx.snapshot.blocks.vc_Answers;
  const statuses = ctx.snapshot.blocks.vc_InContract;
  if (!answers || !statuses || statuses.range.row !== answers.range.row || statuses.range.rows !== answers.range.rows) return [];
  const pending = CONTRACT_STATUSES.pending[ctx.templateLanguage].toLowerCase();
  const list = placeholders(ctx.snapshot);
  const rows = questionRows(ctx.snapshot, ctx.vendors);
  return Array.from({ length: Math.min(answers.range.cols, statuses.range.cols) }, (_, column) => {
    const open = rows.flatMap((q, r) => {
      const status = statuses.values[r]?.[column] ?? null;
      const answered = isRealAnswer(answers.values[r]?.[column] ?? null, list);
      return answered && displayText(status).trim().toLowerCase() === pending ? [{ id: q.id, cell: cellOf(statuses, r, column) }] : [];
    });
    if (open.length === 0) return [];
    const vendor = vendorOfColumn(answers, column, ctx.vendors, ctx.templateLanguage);
    const values = { vendor, questions: itemList(open.map((o) => o.id), ctx.t), status: CONTRACT_STATUSES.pending[ctx.language] };
    return [{ ...finding('warning', 'contract-pending', open[0]!.cell, ctx.t.contractPending, values, { vendor }), cells: open.map((o) => o.cell.address) }];
  }).flat();
};
