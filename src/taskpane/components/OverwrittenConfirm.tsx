import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { OverwrittenCell } from '../../adapters/excel/contract';
import { format } from '../../core/i18n/messages';
import { testIds } from '../testIds';
import { useUi } from '../uiStrings';
import { usePanelStyles } from './styles';
import { locationOf } from '../validation/findingGroups';

/** 50 vendors x 10 years can overwrite hundreds of cells; the first few are enough to decide. */
export const MAX_LISTED_CELLS = 10;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
});

export interface OverwrittenConfirmProps {
  cells: OverwrittenCell[];
  onReplace(): void;
  onCancel(): void;
}

/** Lists the formula cells holding typed values and asks before replacing them. */
export function OverwrittenConfirm({ cells, onReplace, onCancel }: OverwrittenConfirmProps) {
  const ui = useUi();
  const styles = useStyles();
  const panel = usePanelStyles();
  const more = cells.length - MAX_LISTED_CELLS;
  return (
    <section className={styles.root} aria-label={ui.fill.overwrittenTitle} data-testid={testIds.confirm}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{ui.fill.overwrittenTitle}</MessageBarTitle>
          {format(ui.fill.overwritten, { count: cells.length })}
        </MessageBarBody>
      </MessageBar>
      <ul className={styles.list}>
        {cells.slice(0, MAX_LISTED_CELLS).map((cell, index) => (
          <li key={`${cell.sheet}!${cell.address}`} data-testid={testIds.overwrittenCell(index)}>
            <Text>{format(ui.fill.cell, { vendor: cell.vendor, location: locationOf({ sheet: cell.sheet, cell: cell.address }) })}</Text>
          </li>
        ))}
      </ul>
      {more > 0 ? <Text>{format(ui.fill.more, { count: more })}</Text> : null}
      <div className={panel.buttons}>
        <Button appearance="primary" onClick={onReplace} data-testid={testIds.confirmReplace}>
          {ui.fill.replace}
        </Button>
        <Button onClick={onCancel} data-testid={testIds.confirmCancel}>
          {ui.fill.cancel}
        </Button>
      </div>
    </section>
  );
}
