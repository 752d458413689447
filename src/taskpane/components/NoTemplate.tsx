import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { testIds } from '../testIds';
import { useUi } from '../uiStrings';

/** Fill or Validate on a workbook without a template: one message, and the way to insert one. */
export function NoTemplate({ onInsert }: { onInsert(): void }) {
  const ui = useUi();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid={testIds.notTemplate}>
      <MessageBarBody>
        <MessageBarTitle>{ui.check.notTemplateTitle}</MessageBarTitle>
        {ui.check.notTemplate}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onInsert} data-testid={testIds.goInsert}>
          {ui.check.goInsert}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
