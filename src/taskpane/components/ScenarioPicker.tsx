import { Checkbox, Text } from '@fluentui/react-components';
import { useId } from 'react';
import { SCENARIOS, type ScenarioId } from '../../core/catalogue/scenarios';
import { pick } from '../../core/catalogue/text';
import { testIds } from '../testIds';
import { useUi, useUiLanguage } from '../uiStrings';
import { useSectionStyles } from './styles';

export interface ScenarioPickerProps {
  selected: readonly ScenarioId[];
  onChange(id: ScenarioId, checked: boolean): void;
}

export function ScenarioPicker({ selected, onChange }: ScenarioPickerProps) {
  const ui = useUi();
  const language = useUiLanguage();
  const section = useSectionStyles();
  const hintId = useId();
  return (
    <fieldset className={section.fieldset} aria-describedby={hintId}>
      <legend className={section.legend}>{ui.scenarios.legend}</legend>
      <Text id={hintId} size={200} className={section.hint}>
        {ui.scenarios.hint}
      </Text>
      {SCENARIOS.map((scenario) => (
        <Checkbox
          key={scenario.id}
          data-testid={testIds.scenario(scenario.id)}
          checked={selected.includes(scenario.id)}
          onChange={(_, data) => onChange(scenario.id, data.checked === true)}
          label={`${scenario.id} · ${pick(scenario.label, language)}`}
        />
      ))}
    </fieldset>
  );
}
