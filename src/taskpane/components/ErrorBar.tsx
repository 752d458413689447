import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { describeError, type PaneStep } from '../errorMessage';
import { testIds } from '../testIds';
import { useUi } from '../uiStrings';

/** The pane's one error message bar: every failed call ends up here, worded by describeError. */
export function ErrorBar({ error, step }: { error: unknown; step: PaneStep }) {
  const ui = useUi();
  const text = describeError(error, step, ui);
  return (
    <MessageBar intent="error" data-testid={testIds.error}>
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        {text.body}
      </MessageBarBody>
    </MessageBar>
  );
}
