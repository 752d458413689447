import { Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState, type FormEvent } from 'react';
import type { TemplateOptions } from '../../core/options';
import { ContractFields } from '../components/ContractFields';
import { InsertConfirm } from '../components/InsertConfirm';
import { InsertStatus } from '../components/InsertStatus';
import { LanguagePicker } from '../components/LanguagePicker';
import { ScenarioPicker } from '../components/ScenarioPicker';
import { usePanelStyles } from '../components/styles';
import { TemplateReady } from '../components/TemplateReady';
import { VendorList } from '../components/VendorList';
import { VendorEditor } from '../components/VendorEditor';
import { EvaluatorEditor } from '../components/EvaluatorEditor';
import { isIncomplete, toTemplateOptions, type FormErrors, type FormValues } from '../form/formModel';
import type { InsertTemplate } from '../hooks/useInsertTemplate';
import type { EvaluatorChange } from '../hooks/useEvaluatorChange';
import type { VendorChange } from '../hooks/useVendorChange';
import type { TemplateForm } from '../hooks/useTemplateForm';
import type { PaneTab } from '../paneTabs';
import { testIds } from '../testIds';
import { plural, useUi } from '../uiStrings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  problems: { color: tokens.colorPaletteRedForeground1 },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** Which control to focus first when the form has errors, in on-screen order. */
function firstInvalid(values: FormValues, errors: FormErrors): { vendorKey: number } | 'term' | 'users' | null {
  const index = errors.vendors ? 0 : errors.rows.findIndex((p) => p !== null);
  const row = index >= 0 ? values.vendors[index] : undefined;
  if (row) return { vendorKey: row.key };
  if (errors.term) return 'term';
  if (errors.users) return 'users';
  return null;
}

function sameOptions(a: TemplateOptions | null, b: TemplateOptions): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}

export interface InsertPanelProps {
  /** Held by the App, so the form keeps its values while another tab is shown. */
  form: TemplateForm;
  workbook: InsertTemplate;
  /** Adding and removing vendors once the workbook holds a template. */
  vendors: VendorChange;
  /** Adding and removing evaluators on the Scorecard, likewise. */
  evaluators: EvaluatorChange;
  onGoTo(tab: PaneTab): void;
}

/** The insert-template form, its confirmation and its status; what to do next once inserted. */
export function InsertPanel({ form, workbook, vendors, evaluators, onGoTo }: InsertPanelProps) {
  const ui = useUi();
  const panel = usePanelStyles();
  const styles = useStyles();
  const vendorInputs = useRef(new Map<number, HTMLInputElement>());
  const termRef = useRef<HTMLInputElement>(null);
  const usersRef = useRef<HTMLInputElement>(null);
  const insertRef = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState<TemplateOptions | null>(null);

  if (workbook.templateExists && (workbook.phase === 'done' || workbook.phase === 'idle')) {
    return (
      <div className={panel.panel}>
        <TemplateReady result={workbook.phase === 'done' ? workbook.result : null} onGoTo={onGoTo} />
        <VendorEditor state={vendors} />
        <EvaluatorEditor state={evaluators} />
      </div>
    );
  }

  const valid = form.problemCount === 0;
  const options = valid ? toTemplateOptions(form.values) : null;
  // An insert that failed is not offered again with the same form: it would fail the same way.
  const unchangedSinceFailure = options !== null && sameOptions(workbook.failedOptions, options);
  const canInsert = workbook.canInsert && !unchangedSinceFailure && confirming === null;

  // Enter in a field never inserts: the form has no submit button and ignores submit events.
  const ignoreSubmit = (event: FormEvent) => event.preventDefault();

  const press = () => {
    if (!canInsert) return;
    if (!form.attemptSubmit() || !options) {
      const target = firstInvalid(form.values, form.errors);
      if (target === 'term') termRef.current?.focus();
      else if (target === 'users') usersRef.current?.focus();
      else if (target) vendorInputs.current.get(target.vendorKey)?.focus();
      return;
    }
    if (isIncomplete(form.values)) setConfirming(options);
    else void workbook.insert(options);
  };

  const confirmInsert = () => {
    if (confirming) void workbook.insert(confirming);
    setConfirming(null);
    insertRef.current?.focus();
  };

  const goBack = () => {
    setConfirming(null);
    const key = form.addVendor();
    if (key === null) insertRef.current?.focus();
    // The new row's input exists after the next render.
    else setTimeout(() => vendorInputs.current.get(key)?.focus(), 0);
  };

  return (
    <div className={panel.panel}>
      <Body1 className={panel.intro}>{ui.intro}</Body1>
      <form className={styles.form} noValidate onSubmit={ignoreSubmit} data-testid={testIds.form}>
        <VendorList
          rows={form.values.vendors}
          problem={form.errors.vendors}
          rowProblems={form.errors.rows}
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
          termError={form.showErrors ? form.errors.term : null}
          usersError={form.showErrors ? form.errors.users : null}
          onTerm={form.setTerm}
          onUsers={form.setUsers}
          onCurrency={form.setCurrency}
          termRef={termRef}
          usersRef={usersRef}
        />
        <LanguagePicker value={form.values.language} onChange={form.setLanguage} />
        <ScenarioPicker selected={form.values.scenarios} onChange={form.setScenario} />
        <div aria-live="polite">
          {form.showErrors && form.problemCount > 0 ? (
            <Caption1 className={styles.problems} data-testid={testIds.problems}>
              {plural(ui.validation.summary, form.problemCount)}
            </Caption1>
          ) : null}
          {unchangedSinceFailure && workbook.phase === 'failed' ? (
            <Caption1 className={styles.hint} data-testid={testIds.retryHint}>
              {ui.result.changeToRetry}
            </Caption1>
          ) : null}
        </div>
        <Button
          ref={insertRef}
          className={panel.action}
          type="button"
          appearance="primary"
          // Focusable while the insert runs, so keyboard focus stays put during the call.
          disabled={!canInsert && workbook.phase !== 'busy'}
          disabledFocusable={workbook.phase === 'busy'}
          onClick={press}
          data-testid={testIds.insert}
        >
          {ui.insert}
        </Button>
      </form>
      {confirming ? <InsertConfirm options={confirming} onInsert={confirmInsert} onBack={goBack} /> : null}
      <InsertStatus state={workbook} onCleanUp={() => void workbook.cleanUp()} />
    </div>
  );
}
