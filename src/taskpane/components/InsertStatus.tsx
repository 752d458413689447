import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { format } from '../../core/i18n/messages';
import { ErrorBar } from './ErrorBar';
import type { InsertState } from '../hooks/useInsertTemplate';
import { testIds } from '../testIds';
import { useUi } from '../uiStrings';

/** The live region under the Insert button: progress, then one success or error bar. */
export function InsertStatus({ state }: { state: InsertState }) {
  const ui = useUi();
  return (
    <div aria-live="polite" data-testid={testIds.status}>
      {state.phase === 'checking' ? <Spinner size="tiny" labelPosition="after" label={ui.checking} /> : null}
      {state.phase === 'busy' ? (
        <Spinner size="tiny" labelPosition="after" label={ui.inserting} data-testid={testIds.busy} />
      ) : null}
      {state.phase === 'done' && state.result ? (
        <MessageBar intent="success" data-testid={testIds.success}>
          <MessageBarBody>
            <MessageBarTitle>{ui.result.successTitle}</MessageBarTitle>
            {format(ui.result.success, {
              count: state.result.sheets.length,
              vendors: state.result.vendorCount,
              sheets: state.result.sheets.map((s) => s.name).join(', '),
            })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.phase === 'failed' ? <ErrorBar error={state.error} step={state.failedStep ?? 'insert'} /> : null}
    </div>
  );
}
