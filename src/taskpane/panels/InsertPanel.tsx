import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, type FormEvent } from 'react';
import { ContractFields } from '../components/ContractFields';
import { ExistsNotice } from '../components/ExistsNotice';
import { InsertStatus } from '../components/InsertStatus';
import { LanguagePicker } from '../components/LanguagePicker';
import { ScenarioPicker } from '../components/ScenarioPicker';
import { usePanelStyles } from '../components/styles';
import { VendorList } from '../components/VendorList';
import { toTemplateOptions, type FormErrors, type FormValues } from '../form/formModel';
import type { InsertTemplate } from '../hooks/useInsertTemplate';
import type { TemplateForm } from '../hooks/useTemplateForm';
import { testIds } from '../testIds';
import { useUi } from '../uiStrings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
});

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

export interface InsertPanelProps {
  /** Held by the App, so the form keeps its values while another tab is shown. */
  form: TemplateForm;
  workbook: InsertTemplate;
}

/** The insert-template form, its up-front notice and its status. */
export function InsertPanel({ form, workbook }: InsertPanelProps) {
  const ui = useUi();
  const panel = usePanelStyles();
  const styles = useStyles();
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
    <div className={panel.panel}>
      <Body1 className={panel.intro}>{ui.intro}</Body1>
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
          className={panel.action}
          type="submit"
          appearance="primary"
          disabled={!workbook.canInsert}
          data-testid={testIds.insert}
        >
          {ui.insert}
        </Button>
      </form>
      <InsertStatus state={workbook} />
    </div>
  );
}
