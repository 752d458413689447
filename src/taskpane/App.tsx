import { Body1, Button, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, type FormEvent } from 'react';
import type { WorkbookService } from '../adapters/excel/contract';
import type { Language } from '../core/catalogue/text';
import { ContractFields } from './components/ContractFields';
import { ExistsNotice } from './components/ExistsNotice';
import { InsertStatus } from './components/InsertStatus';
import { LanguagePicker } from './components/LanguagePicker';
import { ScenarioPicker } from './components/ScenarioPicker';
import { VendorList } from './components/VendorList';
import { toTemplateOptions, type FormErrors, type FormValues } from './form/formModel';
import { useInsertTemplate } from './hooks/useInsertTemplate';
import { useTemplateForm } from './hooks/useTemplateForm';
import { testIds } from './testIds';
import { useUi } from './uiStrings';

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '560px',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    overflowWrap: 'anywhere',
  },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  intro: { color: tokens.colorNeutralForeground2 },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  insert: { alignSelf: 'stretch' },
});

export interface AppProps {
  service: WorkbookService;
  /** The template language to start with (follows Office's display language). */
  defaultTemplateLanguage: Language;
}

/** Which control to focus first when the form has errors, in on-screen order. */
function firstInvalid(values: FormValues, errors: FormErrors): { vendorKey: number } | 'term' | 'users' | null {
  const problem = errors.vendors;
  if (problem) {
    const index = 'index' in problem ? problem.index : 0;
    const row = values.vendors[index];
    if (row) return { vendorKey: row.key };
  }
  if (errors.term) return 'term';
  if (errors.users) return 'users';
  return null;
}

export function App({ service, defaultTemplateLanguage }: AppProps) {
  const ui = useUi();
  const styles = useStyles();
  const form = useTemplateForm(defaultTemplateLanguage);
  const workbook = useInsertTemplate(service);
  const vendorInputs = useRef(new Map<number, HTMLInputElement>());
  const termRef = useRef<HTMLInputElement>(null);
  const usersRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!workbook.canInsert) return;
    if (!form.attemptSubmit()) {
      const target = firstInvalid(form.values, form.errors);
      if (target === 'term') termRef.current?.focus();
      else if (target === 'users') usersRef.current?.focus();
      else if (target) vendorInputs.current.get(target.vendorKey)?.focus();
      return;
    }
    void workbook.insert(toTemplateOptions(form.values));
  };

  return (
    <main className={styles.root} data-testid={testIds.app}>
      <header className={styles.header}>
        <Title3 as="h1">{ui.title}</Title3>
        <Body1 className={styles.intro}>{ui.intro}</Body1>
      </header>
      <ExistsNotice show={workbook.templateExists && workbook.phase === 'idle'} />
      <form className={styles.form} noValidate onSubmit={submit} data-testid={testIds.form}>
        <VendorList
          rows={form.values.vendors}
          problem={form.errors.vendors}
          showProblem={form.showErrors}
          onChange={form.setVendorName}
          onAdd={form.addVendor}
          onRemove={form.removeVendor}
          inputRefs={vendorInputs}
        />
        <ContractFields
          term={form.values.term}
          users={form.values.users}
          currency={form.values.currency}
          termError={form.showErrors && form.errors.term}
          usersError={form.showErrors && form.errors.users}
          onTerm={form.setTerm}
          onUsers={form.setUsers}
          onCurrency={form.setCurrency}
          termRef={termRef}
          usersRef={usersRef}
        />
        <LanguagePicker value={form.values.language} onChange={form.setLanguage} />
        <ScenarioPicker selected={form.values.scenarios} onChange={form.setScenario} />
        <Button
          className={styles.insert}
          type="submit"
          appearance="primary"
          disabled={!workbook.canInsert}
          data-testid={testIds.insert}
        >
          {ui.insert}
        </Button>
      </form>
      <InsertStatus state={workbook} />
    </main>
  );
}
