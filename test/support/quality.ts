/** Quality inputs that give every criterion a score: one Scorecard column, in SCORE_INPUTS order. */
import { TEAM_OPTIONS, YES_NO } from '../../src/core/catalogue/criteria';
import type { Language } from '../../src/core/catalogue/text';

export function ratedColumn(language: Language): (string | number)[] {
  const inHouse = TEAM_OPTIONS.find((t) => t.id === 'inHouse')!.label[language];
  // Response normal and urgent (hours), 7x24, depth, proactiveness, team, manager, experts, fit.
  return [2, 1, YES_NO.yes[language], 4, 4, inHouse, YES_NO.yes[language], 4, 4];
}
