import { Button, Field, Input, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { format } from '../../core/i18n/messages';
import type { EvaluatorChange } from '../hooks/useEvaluatorChange';
import { testIds } from '../testIds';
import { plural, useUi } from '../uiStrings';
import { ErrorBar } from './ErrorBar';
import { RemoveConfirm } from './RemoveConfirm';
import { usePanelStyles, useSectionStyles } from './styles';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  row: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

/**
 * Once the workbook holds a template, beside its vendors: the Scorecard's evaluators, one more
 * added, one removed. On the one-evaluator Scorecard (no blocks yet) the current inputs become
 * the first evaluator's block, named here. A removal whose block holds ratings lists them and
 * asks first; keeping the evaluator is the primary answer. The last one cannot be removed.
 */
export function EvaluatorEditor({ state }: { state: EvaluatorChange }) {
  const ui = useUi();
  const t = ui.evaluatorChange;
  const styles = useStyles();
  const panel = usePanelStyles();
  const section = useSectionStyles();
  const [name, setName] = useState('');
  const [first, setFirst] = useState('');
  const [before, setBefore] = useState('');
  const { phase, names: evaluators, result, load } = state;
  useEffect(() => {
    if (phase === 'idle') void load();
  }, [phase, load]);
  const busy = phase === 'busy';
  const plain = evaluators.length === 0;

  const add = () => {
    const request = { kind: 'add' as const, name, ...(before && !plain ? { before } : {}), ...(plain && first.trim() ? { first } : {}) };
    void state.add(request).then(() => setName(''));
  };

  return (
    <section className={panel.status} aria-labelledby={`${testIds.evaluatorEditor}-title`} data-testid={testIds.evaluatorEditor}>
      <h2 id={`${testIds.evaluatorEditor}-title`} className={section.legend}>
        {t.title}
      </h2>
      <span className={section.hint}>{t.hint}</span>
      <ul className={styles.list} data-testid={testIds.evaluatorRows}>
        {plain && phase !== 'idle' ? <li className={styles.row}>{t.single}</li> : null}
        {evaluators.map((evaluator, i) => (
          <li key={`${i}-${evaluator}`} className={styles.row}>
            <span className={styles.name} title={evaluator}>
              {evaluator}
            </span>
            <Button
              size="small"
              appearance="subtle"
              disabled={busy || evaluators.length < 2 || evaluator === ''}
              onClick={() => void state.remove(evaluator)}
              aria-label={format(t.remove, { evaluator })}
            >
              {t.removeButton}
            </Button>
          </li>
        ))}
      </ul>
      {plain ? (
        <Field label={t.firstLabel}>
          <Input value={first} placeholder={t.firstPlaceholder} onChange={(_, data) => setFirst(data.value)} data-testid={testIds.evaluatorFirst} />
        </Field>
      ) : null}
      <Field label={t.nameLabel}>
        <Input value={name} onChange={(_, data) => setName(data.value)} data-testid={testIds.evaluatorNew} />
      </Field>
      {plain ? null : (
        <Field label={t.positionLabel}>
          <Select value={before} onChange={(_, data) => setBefore(data.value)} data-testid={testIds.evaluatorPosition}>
            <option value="">{t.atEnd}</option>
            {evaluators
              .filter((evaluator) => evaluator !== '')
              .map((evaluator) => (
                <option key={evaluator} value={evaluator}>
                  {format(t.before, { evaluator })}
                </option>
              ))}
          </Select>
        </Field>
      )}
      <Button appearance="primary" disabled={busy || name.trim() === ''} onClick={add} data-testid={testIds.evaluatorAdd}>
        {t.add}
      </Button>
      <div aria-live="polite">
        {phase === 'ready' && result ? (
          <MessageBar intent="success" data-testid={testIds.evaluatorChanged}>
            <MessageBarBody>
              {result.evaluators.includes(result.evaluator)
                ? format(t.added, {
                    evaluator: result.evaluator,
                    position: result.evaluators.indexOf(result.evaluator) + 1,
                    count: result.evaluators.length,
                  })
                : plural(t.removed, result.evaluators.length, { evaluator: result.evaluator })}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {phase === 'confirm' && result ? (
          <RemoveConfirm
            title={format(t.confirmTitle, { evaluator: result.evaluator })}
            body={plural(t.confirm, result.held.length)}
            held={result.held}
            more={t.more}
            keep={format(t.keep, { evaluator: result.evaluator })}
            removeAnyway={t.removeAnyway}
            onKeep={state.cancel}
            onRemove={() => void state.confirmRemove()}
            testIds={{ root: testIds.evaluatorConfirm, keep: testIds.evaluatorKeep, removeAnyway: testIds.evaluatorRemoveAnyway }}
          />
        ) : null}
        {phase === 'failed' ? <ErrorBar error={state.error} step="evaluators" /> : null}
      </div>
    </section>
  );
}
