/** The pane's sections, in tab order. */
export const PANE_TABS = ['insert', 'formulas', 'validate', 'packs', 'decision'] as const;
export type PaneTab = (typeof PANE_TABS)[number];
