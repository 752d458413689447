/** Quality inputs that give every criterion a score: one Scorecard column, in SCORE_INPUTS order. */
import { TEAM_OPTIONS, YES_NO } from '../../src/core/catalogue/criteria';
import type { Language } from '../../src/core/catalogue/text';
import type { QualityInputs } from '../../src/core/costs/scores';

export function ratedColumn(language: Language): (string | number)[] {
  const inHouse = TEAM_OPTIONS.find((t) => t.id === 'inHouse')!.label[language];
  // Response normal and urgent (hours), 7x24, depth, proactiveness, team, manager, experts, fit.
  return [2, 1, YES_NO.yes[language], 4, 4, inHouse, YES_NO.yes[language], 4, 4];
}

/** The same inputs as quotes-file ratings: 2 h / 1 h, 7x24, 4 on every 1-5 rating, in-house with a manager. */
export const RATED: QualityInputs = {
  responseNormal: 2,
  responseUrgent: 1,
  coverage247: true,
  depth: 4,
  proactiveness: 4,
  team: 'inHouse',
  dedicatedManager: true,
  experts: 4,
  scenarioFit: 4,
};
