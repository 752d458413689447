import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { RefObject } from 'react';
import { format } from '../../core/i18n/messages';
import { CURRENCIES, MAX_TERM_YEARS } from '../../core/options';
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
  termError: boolean;
  usersError: boolean;
  onTerm(text: string): void;
  onUsers(text: string): void;
  onCurrency(currency: string): void;
  termRef: RefObject<HTMLInputElement>;
  usersRef: RefObject<HTMLInputElement>;
}

export function ContractFields(props: ContractFieldsProps) {
  const ui = useUi();
  const styles = useStyles();
  const termMessage = props.termError ? format(ui.validation.term, { max: MAX_TERM_YEARS }) : undefined;
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
      <Field
        label={ui.users.label}
        validationState={props.usersError ? 'error' : 'none'}
        validationMessage={props.usersError ? ui.validation.users : undefined}
      >
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
        <Select
          className={styles.control}
          data-testid={testIds.currency}
          value={props.currency}
          onChange={(_, data) => props.onCurrency(data.value)}
        >
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
