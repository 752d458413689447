import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { RefObject } from 'react';
import { format } from '../../core/i18n/format';
import type { UiMessages } from '../../core/i18n/ui.en';
import { CURRENCIES, MAX_TERM_YEARS } from '../../core/options';
import type { NumberProblem } from '../form/formModel';
import { testIds } from '../testIds';
import { useUi } from '../uiStrings';

const useStyles = makeStyles({
  // One column in a 320 px pane, two when it is wider. Cells keep their own height, so a
  // message under one field does not stretch its neighbour.
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  control: { width: '100%', minWidth: 0 },
});

export interface ContractFieldsProps {
  term: string;
  users: string;
  currency: string;
  /** Null when the field is fine or its problem is not shown yet. */
  termError: NumberProblem | null;
  usersError: NumberProblem | null;
  onTerm(text: string): void;
  onUsers(text: string): void;
  onCurrency(currency: string): void;
  termRef: RefObject<HTMLInputElement>;
  usersRef: RefObject<HTMLInputElement>;
}

/** What is wrong with a number field, with the value typed and the limit it breaks. */
function numberMessage(problem: NumberProblem | null, field: 'term' | 'users', ui: UiMessages): string | undefined {
  if (!problem) return undefined;
  const t = ui.validation;
  const max = MAX_TERM_YEARS;
  switch (problem.kind) {
    case 'empty':
      return format(field === 'term' ? t.termEmpty : t.usersEmpty, { max });
    case 'notNumber':
      return format(field === 'term' ? t.termNotNumber : t.usersNotNumber, { text: problem.text, max });
    case 'outOfRange':
      return format(field === 'term' ? t.termRange : t.usersRange, { value: problem.value, max });
  }
}

export function ContractFields(props: ContractFieldsProps) {
  const ui = useUi();
  const styles = useStyles();
  const termMessage = numberMessage(props.termError, 'term', ui);
  const usersMessage = numberMessage(props.usersError, 'users', ui);
  return (
    <div className={styles.grid}>
      <Field
        label={ui.term.label}
        hint={termMessage ? undefined : format(ui.term.hint, { max: MAX_TERM_YEARS })}
        validationState={termMessage ? 'error' : 'none'}
        validationMessage={termMessage}
      >
        <Input
          className={styles.control}
          ref={props.termRef}
          data-testid={testIds.term}
          inputMode="numeric"
          autoComplete="off"
          value={props.term}
          onChange={(_, data) => props.onTerm(data.value)}
        />
      </Field>
      <Field label={ui.users.label} validationState={usersMessage ? 'error' : 'none'} validationMessage={usersMessage}>
        <Input
          className={styles.control}
          ref={props.usersRef}
          data-testid={testIds.users}
          inputMode="numeric"
          autoComplete="off"
          value={props.users}
          onChange={(_, data) => props.onUsers(data.value)}
        />
      </Field>
      <Field label={ui.currency.label}>
        <Select className={styles.control} data-testid={testIds.currency} value={props.currency} onChange={(_, data) => props.onCurrency(data.value)}>
          {CURRENCIES.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
