/** Scorecard input cells read as the formulas read them: numbers, and labels of the template's language. */
import { TEAM_OPTIONS, YES_NO, type ScoreInputKey, type TeamId } from '../catalogue/criteria';
import type { Bilingual, Language } from '../catalogue/text';
import type { SnapshotValue } from '../snapshot/types';
import type { QualityInputs } from './scores';

const number = (v: SnapshotValue | undefined): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** `value` is `label` in the template's language; as the Scorecard's "=": ignoring case, not spaces. */
function isLabel(value: SnapshotValue | undefined, label: Bilingual, language: Language): boolean {
  return typeof value === 'string' && value.toLocaleLowerCase() === label[language].toLocaleLowerCase();
}

/** Inputs as cells hold them: numbers, and the labels of the template's language. */
export function qualityOf(language: Language, at: (key: ScoreInputKey) => SnapshotValue | undefined): QualityInputs {
  const yesNo = (key: ScoreInputKey): boolean | undefined =>
    isLabel(at(key), YES_NO.yes, language) ? true : isLabel(at(key), YES_NO.no, language) ? false : undefined;
  const team: TeamId | undefined = TEAM_OPTIONS.find((o) => isLabel(at('team'), o.label, language))?.id;
  return {
    responseNormal: number(at('responseNormal')),
    responseUrgent: number(at('responseUrgent')),
    coverage247: yesNo('coverage247'),
    depth: number(at('depth')),
    proactiveness: number(at('proactiveness')),
    team,
    dedicatedManager: yesNo('dedicatedManager'),
    experts: number(at('experts')),
    scenarioFit: number(at('scenarioFit')),
  };
}
