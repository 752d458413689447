import { Spinner } from '@fluentui/react-components';
import { ErrorBar } from './ErrorBar';
import type { InsertState } from '../hooks/useInsertTemplate';
import { testIds } from '../testIds';
import { useUi } from '../uiStrings';

/** The live region under the Insert button: progress, then the error of a failed check or insert.
 * The outcome of a successful insert replaces the form (TemplateReady). */
export function InsertStatus({ state }: { state: InsertState }) {
  const ui = useUi();
  return (
    <div aria-live="polite" data-testid={testIds.status}>
      {state.phase === 'checking' ? <Spinner size="tiny" labelPosition="after" label={ui.checking} /> : null}
      {state.phase === 'busy' ? (
        <Spinner size="tiny" labelPosition="after" label={ui.inserting} data-testid={testIds.busy} />
      ) : null}
      {state.phase === 'failed' ? <ErrorBar error={state.error} step={state.failedStep ?? 'insert'} /> : null}
    </div>
  );
}
