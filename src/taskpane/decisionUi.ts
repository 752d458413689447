import { DECISION_UI, type DecisionUi } from '../core/i18n/ui.decision';
import { useUiLanguage } from './uiStrings';

/** The Decision tab's words in the pane's language (their own catalogue, loaded with the tab). */
export function useDecisionUi(): DecisionUi {
  return DECISION_UI[useUiLanguage()];
}
