/** The Instructions sheet a response pack opens on: who it is for, the round, the deadline and
 * whom to return it to (both typed by the buyer on the command line), and what to fill in. */
import { format, messages } from '../i18n/messages';
import type { Language } from '../catalogue/text';
import type { SheetPlan } from '../plan/types';
import { SheetBuilder } from '../template/sheetBuilder';

export interface InstructionsInput {
  language: Language;
  vendor: string;
  round: number;
  deadline?: string;
  returnTo?: string;
  /** The comparison currency: what a blank quote currency means. */
  currency: string;
  sheetNames: { pricing: string; coverage: string; questions: string };
}

export function planInstructions(input: InstructionsInput): SheetPlan {
  const t = messages(input.language).template.pack;
  const b = new SheetBuilder();
  const values = { ...input.sheetNames, vendor: input.vendor, round: input.round, currency: input.currency };
  b.width(0, 24);
  b.width(1, 110);
  b.putRow(0, 0, [format(t.title, values)], 'title');
  b.putRow(1, 0, [t.intro], 'note');
  const given = (text: string | undefined) => (text?.trim() ? text.trim() : t.notGiven);
  const facts: [string, string][] = [
    [t.vendor, input.vendor],
    [t.round, String(input.round)],
    [t.deadline, given(input.deadline)],
    [t.returnTo, given(input.returnTo)],
    [t.currency, input.currency],
  ];
  facts.forEach(([label, value], i) => {
    b.putRow(3 + i, 0, [label], 'label');
    b.putRow(3 + i, 1, [value]);
  });
  let row = 4 + facts.length;
  b.section(row++, 0, t.stepsHeading, 2);
  for (const step of t.steps) b.putRow(row++, 0, [null, format(step, values)], 'note');
  row++;
  b.section(row++, 0, t.rulesHeading, 2);
  for (const rule of t.rules) b.putRow(row++, 0, [null, rule], 'note');
  b.fitPagesTall(1);
  // The pack's front sheet, where a template has its Overview (no names live on it).
  return b.build('overview', t.sheetName, '#1F4E79', { rows: 0, cols: 0 });
}
