/**
 * The decision check through Office.js: one sync reads every template block's place and inputs
 * (the sheets' protection with them), the reference calculator checks the ranking; writing its
 * results takes one more sync, the Decision sheet unprotected around it and protected again.
 */
import { decisionReport } from '../../core/decision/check';
import { liveChecksum } from '../../core/decision/inputsChecksum';
import { planDecisionResults } from '../../core/decision/planDecisionResults';
import { rectAddress } from '../../core/plan/a1';
import { templateLanguage, vendorColumns } from '../../core/validation/workbookModel';
import type { DecisionCheckResult, DecisionWriteResult } from './contract';
import { TemplateStructureError } from './errors';
import type { RequestContextLike } from './excelTypes';
import { readVendorState } from './changeVendors';
import { toExcelInput } from './excelText';
import { syncUnprotected, touchedProtected } from './protection';

export async function checkDecision(context: RequestContextLike): Promise<DecisionCheckResult> {
  const { snapshot } = await readVendorState(context);
  return { report: decisionReport(snapshot), syncs: 1 };
}

export async function writeDecision(context: RequestContextLike, now: Date = new Date()): Promise<DecisionWriteResult> {
  const { snapshot, protection } = await readVendorState(context);
  const report = decisionReport(snapshot);
  const blocks = planDecisionResults({
    report,
    date: now,
    checksum: liveChecksum(snapshot),
    vendors: vendorColumns(snapshot).map((v) => v.name),
    language: templateLanguage(snapshot),
  });
  // A workbook made before the Decision sheet has nowhere to write the results.
  const missing = blocks.filter((b) => !snapshot.blocks[b.name]).map((b) => b.name);
  if (missing.length > 0) throw new TemplateStructureError('decision', missing);
  const targets = blocks.map((b) => ({ block: snapshot.blocks[b.name]!, values: b.values }));
  const sheets = [...new Set(targets.map((t) => t.block.sheet))];
  await syncUnprotected(context, touchedProtected(protection, sheets), () => {
    for (const { block, values } of targets) {
      const range = context.workbook.worksheets.getItemOrNullObject(block.sheet).getRange(rectAddress(block.range));
      // Vendor names are text, whatever they start with (a leading = is no formula).
      range.values = values.map((row) => row.map(toExcelInput));
    }
  });
  return { report, syncs: 2, written: now.toISOString().slice(0, 10) };
}
