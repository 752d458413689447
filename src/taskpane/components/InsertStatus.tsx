import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { PartialTemplateError } from '../../adapters/excel/errors';
import { useEffect, useRef } from 'react';
import { ErrorBar } from './ErrorBar';
import type { InsertState } from '../hooks/useInsertTemplate';
import { testIds } from '../testIds';
import { useUi } from '../uiStrings';

const useStyles = makeStyles({
  error: { ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

/** The live region under the Insert button: progress, then the error of a failed check or insert.
 * The outcome of a successful insert replaces the form (TemplateReady). */
export function InsertStatus({ state, onCleanUp }: { state: InsertState; onCleanUp?: () => void }) {
  const ui = useUi();
  const styles = useStyles();
  const error = useRef<HTMLDivElement>(null);
  const insertFailed = state.phase === 'failed' && state.failedStep === 'insert';
  // A failed insert leaves Insert unavailable (until the form changes), which would drop focus to
  // the page: it moves to the message that says what happened instead.
  useEffect(() => {
    if (insertFailed) error.current?.focus();
  }, [insertFailed, state.error]);
  return (
    <div aria-live="polite" data-testid={testIds.status}>
      {state.phase === 'checking' ? <Spinner size="tiny" labelPosition="after" label={ui.checking} /> : null}
      {state.phase === 'busy' ? (
        <Spinner size="tiny" labelPosition="after" label={ui.inserting} data-testid={testIds.busy} />
      ) : null}
      {state.phase === 'failed' ? (
        <div ref={error} tabIndex={-1} className={styles.error}>
          <ErrorBar error={state.error} step={state.failedStep ?? 'insert'} />
          {state.error instanceof PartialTemplateError && onCleanUp ? (
            <Button appearance="primary" onClick={onCleanUp} data-testid={testIds.cleanUp}>
              {ui.result.cleanUp}
            </Button>
          ) : null}
        </div>
      ) : null}
      {state.phase === 'cleaning' ? <Spinner size="tiny" labelPosition="after" label={ui.result.cleaning} /> : null}
      {state.phase === 'cleaned' ? (
        <MessageBar intent="success" data-testid={testIds.cleaned}>
          <MessageBarBody>{ui.result.cleaned}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
