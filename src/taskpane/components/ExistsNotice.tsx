import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { testIds } from '../testIds';
import { useUi } from '../uiStrings';

/** Shown up front when the workbook held a template before the pane did anything. */
export function ExistsNotice({ show }: { show: boolean }) {
  const ui = useUi();
  return (
    <div aria-live="polite">
      {show ? (
        <MessageBar intent="warning" data-testid={testIds.exists}>
          <MessageBarBody>
            <MessageBarTitle>{ui.result.existsTitle}</MessageBarTitle>
            {ui.result.exists}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
