/**
 * What rewriting a workbook would lose (adapters/xlsx/rewriteLosses), one line per item in the
 * user's language: parts grouped by kind, features, defined names, and forgotten name settings
 * grouped by setting. Everything taken from the workbook passes through printable().
 */
import type { NameLoss, RewriteLoss } from '../adapters/xlsx/rewriteLosses';
import type { CliMessages } from '../core/i18n/cli.en';
import { format } from '../core/i18n/messages';
import { printable } from './text';

type LossMessages = CliMessages['fill']['loss'];

function scoped(text: string, sheet: string | null, t: LossMessages): string {
  return sheet === null ? text : format(t.scopedName, { text, sheet: printable(sheet) });
}

function nameLine(loss: NameLoss, t: LossMessages): string {
  const name = scoped(printable(loss.name), loss.sheet, t);
  const reference = printable(loss.reference);
  if (loss.becomes === null) return format(t.droppedName, { name, reference });
  const becomesText = printable(loss.becomes.reference);
  // Say where the scope went only when it changed.
  const becomes =
    loss.becomes.sheet === loss.sheet ? becomesText : loss.becomes.sheet === null ? format(t.workbookWide, { text: becomesText }) : scoped(becomesText, loss.becomes.sheet, t);
  return format(t.changedName, { name, reference, becomes });
}

/** Groups in order of first appearance. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export function lossLines(losses: readonly RewriteLoss[], t: CliMessages): string[] {
  const m = t.fill.loss;
  const separator = t.summary.listSeparator;
  const lines: string[] = [];
  const parts = losses.flatMap((l) => (l.kind === 'part' ? [l] : []));
  for (const group of groupBy(parts, (p) => p.what ?? '').values()) {
    const names = group.map((p) => printable(p.part)).join(separator);
    const kind = group[0]?.what ?? null;
    lines.push(kind === null ? format(m.otherParts, { parts: names }) : format(m.parts, { what: m.partKinds[kind], parts: names }));
  }
  for (const loss of losses) {
    if (loss.kind === 'feature') {
      const feature = m.features[loss.feature] ?? `<${printable(loss.feature)}>`;
      lines.push(loss.sheet === null ? format(m.workbookFeature, { feature }) : format(m.sheetFeature, { feature, sheet: printable(loss.sheet) }));
    }
    if (loss.kind === 'name') lines.push(nameLine(loss, m));
  }
  const settings = losses.flatMap((l) => (l.kind === 'nameSetting' ? [l] : []));
  for (const [setting, group] of groupBy(settings, (s) => s.setting)) {
    const names = group.map((s) => scoped(printable(s.name), s.sheet, m)).join(separator);
    lines.push(format(m.nameSetting, { setting: m.nameSettings[setting] ?? printable(setting), names }));
  }
  return lines;
}
