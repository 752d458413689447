import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useRef } from 'react';
import { format } from '../../core/i18n/format';
import { ErrorBar } from '../components/ErrorBar';
import { NoTemplate } from '../components/NoTemplate';
import { OverwrittenConfirm } from '../components/OverwrittenConfirm';
import { usePanelStyles } from '../components/styles';
import type { FillFormulas, FillState } from '../hooks/useFillFormulas';
import type { PaneTab } from '../paneTabs';
import { testIds } from '../testIds';
import { useUi } from '../uiStrings';

/** The Fill pricing formulas command: one button, its confirmation and its status. */
export function FormulasPanel({ fill, onGoTo }: { fill: FillFormulas; onGoTo(tab: PaneTab): void }) {
  const ui = useUi();
  const panel = usePanelStyles();
  const button = useRef<HTMLButtonElement>(null);
  // The confirmation disappears once answered; focus goes back to the button that led to it.
  const answer = (choice: () => void) => () => {
    choice();
    button.current?.focus();
  };
  return (
    <div className={panel.panel}>
      <Body1 className={panel.intro}>{ui.fill.intro}</Body1>
      <Button
        ref={button}
        className={panel.action}
        appearance="primary"
        // Focusable while busy, so keyboard focus stays put during the call.
        disabledFocusable={fill.phase === 'busy'}
        onClick={() => void fill.fill()}
        data-testid={testIds.fill}
      >
        {ui.fill.button}
      </Button>
      <FillStatus state={fill} onGoTo={onGoTo} />
      {fill.phase === 'confirm' && fill.result ? (
        <OverwrittenConfirm
          cells={fill.result.overwritten}
          onReplace={answer(() => void fill.replace())}
          onCancel={answer(fill.cancel)}
          onSelect={(cell) => void fill.select(cell)}
          selectError={fill.selectError}
        />
      ) : null}
    </div>
  );
}

function FillStatus({ state, onGoTo }: { state: FillState; onGoTo(tab: PaneTab): void }) {
  const ui = useUi();
  const panel = usePanelStyles();
  const changed = state.result?.changedVendors ?? [];
  return (
    <div className={panel.status} aria-live="polite" data-testid={testIds.fillStatus}>
      {state.phase === 'busy' ? <Spinner size="tiny" labelPosition="after" label={ui.fill.busy} data-testid={testIds.fillBusy} /> : null}
      {state.phase === 'done' && state.result?.upgraded ? (
        <MessageBar intent="success" data-testid={testIds.fillResult}>
          <MessageBarBody>
            <MessageBarTitle>{ui.fill.upgradedTitle}</MessageBarTitle>
            {ui.fill.upgraded}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.phase === 'done' && !state.result?.upgraded && changed.length > 0 ? (
        <MessageBar intent="success" data-testid={testIds.fillResult}>
          <MessageBarBody>
            <MessageBarTitle>{ui.fill.filledTitle}</MessageBarTitle>
            {format(ui.fill.filled, { vendors: changed.join(ui.listSeparator) })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.phase === 'done' && !state.result?.upgraded && changed.length === 0 ? (
        <MessageBar intent="info" data-testid={testIds.fillResult}>
          <MessageBarBody>{ui.fill.unchanged}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.phase === 'cancelled' ? (
        <MessageBar intent="info" data-testid={testIds.fillResult}>
          <MessageBarBody>{ui.fill.cancelled}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.phase === 'noTemplate' ? <NoTemplate onInsert={() => onGoTo('insert')} /> : null}
      {state.phase === 'failed' ? <ErrorBar error={state.error} step="fill" /> : null}
    </div>
  );
}
