/** The template's sheet names per language: the catalogues use them, and the pane names the
 * sheets it will add without loading the template's whole catalogue. */
import type { Language } from '../catalogue/text';
import type { SheetKey } from '../plan/types';

export const SHEET_NAMES: Record<Language, Record<SheetKey, string>> = {
  en: {
    overview: 'Overview',
    assumptions: 'Assumptions',
    pricing: 'Pricing',
    coverage: 'Coverage',
    questions: 'Questions',
    scorecard: 'Scorecard',
    decision: 'Decision',
  },
  zh: {
    overview: '概览',
    assumptions: '假设',
    pricing: '报价',
    coverage: '支持范围',
    questions: '合同问题',
    scorecard: '评分卡',
    decision: '决策检查',
  },
};
