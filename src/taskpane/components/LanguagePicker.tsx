import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { LANGUAGES, type Language } from '../../core/catalogue/text';
import { testIds } from '../testIds';
import { useUi } from '../uiStrings';

export interface LanguagePickerProps {
  value: Language;
  onChange(language: Language): void;
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The template's language; the pane's own language follows Office. */
export function LanguagePicker({ value, onChange }: LanguagePickerProps) {
  const ui = useUi();
  return (
    <Field label={ui.language.label}>
      <RadioGroup
        layout="horizontal"
        value={value}
        onChange={(_, data) => {
          if (isLanguage(data.value)) onChange(data.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <Radio key={language} value={language} label={ui.language[language]} data-testid={testIds.language(language)} />
        ))}
      </RadioGroup>
    </Field>
  );
}
