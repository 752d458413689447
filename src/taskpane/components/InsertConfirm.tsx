import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { format } from '../../core/i18n/format';
import { SHEET_NAMES } from '../../core/i18n/sheetNames';
import type { TemplateOptions } from '../../core/options';
import { testIds } from '../testIds';
import { useUi } from '../uiStrings';
import { usePanelStyles } from './styles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
});

export interface InsertConfirmProps {
  options: TemplateOptions;
  onInsert(): void;
  onBack(): void;
}

/**
 * Asked before inserting a template that cannot compare anything yet (one vendor): names what
 * will be created. The safe answer, going back, is the primary button and takes the focus.
 */
export function InsertConfirm({ options, onInsert, onBack }: InsertConfirmProps) {
  const ui = useUi();
  const styles = useStyles();
  const panel = usePanelStyles();
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  // The sheets are named in the template's language, as they will appear in the workbook.
  const sheetNames = Object.values(SHEET_NAMES[options.language]);
  return (
    <section className={styles.root} aria-label={ui.confirmInsert.title} data-testid={testIds.insertConfirm}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{ui.confirmInsert.title}</MessageBarTitle>
          {format(ui.confirmInsert.body, {
            sheets: sheetNames.join(ui.listSeparator),
            vendor: options.vendors[0]?.name ?? '',
            term: options.termYears,
            users: options.users.toLocaleString(),
            currency: options.currency,
          })}
        </MessageBarBody>
      </MessageBar>
      <div className={panel.buttons}>
        <Button ref={back} appearance="primary" onClick={onBack} data-testid={testIds.insertBack}>
          {ui.confirmInsert.back}
        </Button>
        <Button onClick={onInsert} data-testid={testIds.insertAnyway}>
          {ui.confirmInsert.insert}
        </Button>
      </div>
    </section>
  );
}
