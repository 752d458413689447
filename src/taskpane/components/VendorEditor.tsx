import { Button, Field, Input, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { format } from '../../core/i18n/format';
import type { VendorChange } from '../hooks/useVendorChange';
import { testIds } from '../testIds';
import { plural, useUi } from '../uiStrings';
import { ErrorBar } from './ErrorBar';
import { RemoveConfirm } from './RemoveConfirm';
import { usePanelStyles, useSectionStyles } from './styles';

export { MAX_LISTED_INPUTS } from './RemoveConfirm';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  row: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

/**
 * Once the workbook holds a template: its vendors, one more added (at the end or before one of
 * them), one removed. A removal whose column holds inputs lists them and asks first; keeping the
 * vendor is the primary (safe) answer.
 */
export function VendorEditor({ state }: { state: VendorChange }) {
  const ui = useUi();
  const t = ui.vendorChange;
  const styles = useStyles();
  const panel = usePanelStyles();
  const section = useSectionStyles();
  const [name, setName] = useState('');
  const [before, setBefore] = useState('');
  const { phase, names: vendors, result, load } = state;
  useEffect(() => {
    if (phase === 'idle') void load();
  }, [phase, load]);
  const busy = phase === 'busy';

  const add = () => {
    void state.add({ kind: 'add', name, ...(before ? { before } : {}) }).then(() => setName(''));
  };

  return (
    <section className={panel.status} aria-labelledby={`${testIds.vendorEditor}-title`} data-testid={testIds.vendorEditor}>
      <h2 id={`${testIds.vendorEditor}-title`} className={section.legend}>
        {t.title}
      </h2>
      <span className={section.hint}>{t.hint}</span>
      <ul className={styles.list} data-testid={testIds.vendorRows}>
        {vendors.map((vendor) => (
          <li key={vendor} className={styles.row}>
            <span className={styles.name} title={vendor}>
              {vendor}
            </span>
            <Button
              size="small"
              appearance="subtle"
              disabled={busy || vendors.length < 2}
              onClick={() => void state.remove(vendor)}
              aria-label={format(t.remove, { vendor })}
            >
              {t.removeButton}
            </Button>
          </li>
        ))}
      </ul>
      <Field label={t.nameLabel}>
        <Input value={name} onChange={(_, data) => setName(data.value)} data-testid={testIds.vendorNew} />
      </Field>
      <Field label={t.positionLabel}>
        <Select value={before} onChange={(_, data) => setBefore(data.value)} data-testid={testIds.vendorPosition}>
          <option value="">{t.atEnd}</option>
          {vendors.map((vendor) => (
            <option key={vendor} value={vendor}>
              {format(t.before, { vendor })}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" disabled={busy || name.trim() === ''} onClick={add} data-testid={testIds.vendorAddToWorkbook}>
        {t.add}
      </Button>
      <div aria-live="polite">
        {phase === 'ready' && result ? (
          <MessageBar intent="success" data-testid={testIds.vendorChanged}>
            <MessageBarBody>
              {result.vendors.includes(result.vendor)
                ? format(t.added, { vendor: result.vendor, position: result.vendors.indexOf(result.vendor) + 1, count: result.vendors.length })
                : plural(t.removed, result.vendors.length, { vendor: result.vendor })}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {phase === 'confirm' && result ? <VendorRemoveConfirm state={state} /> : null}
        {phase === 'failed' ? <ErrorBar error={state.error} step="vendors" /> : null}
      </div>
    </section>
  );
}

function VendorRemoveConfirm({ state }: { state: VendorChange }) {
  const t = useUi().vendorChange;
  const result = state.result!;
  return (
    <RemoveConfirm
      title={format(t.confirmTitle, { vendor: result.vendor })}
      body={plural(t.confirm, result.held.length)}
      held={result.held}
      more={t.more}
      keep={format(t.keep, { vendor: result.vendor })}
      removeAnyway={t.removeAnyway}
      onKeep={state.cancel}
      onRemove={() => void state.confirmRemove()}
      testIds={{ root: testIds.vendorConfirm, keep: testIds.vendorKeep, removeAnyway: testIds.vendorRemoveAnyway }}
    />
  );
}
