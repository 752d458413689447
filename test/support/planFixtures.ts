import type { Plan, SheetPlan } from '../../src/core/plan/types';

/** A hand-made sheet plan for writer tests: empty but for what `extra` adds. */
export function sheetPlan(key: SheetPlan['key'], name: string, extra: Partial<SheetPlan> = {}): SheetPlan {
  return {
    key,
    name,
    tabColor: '#1F4E79',
    blocks: [],
    formats: [],
    columnWidths: [],
    freeze: { rows: 0, cols: 0 },
    rowHeights: [],
    print: { pagesTall: 0 },
    hidden: { rows: [], cols: [] },
    validations: [],
    conditionalFormats: [],
    ...extra,
  };
}

/** Document properties for hand-made plans. */
export const PROPERTIES: Plan['properties'] = { title: 'Test title', subject: 'Test subject', keywords: 'test', comments: 'Made for a test.' };
export const FOOTER = '&LTest&C&A&RPage &P of &N';
