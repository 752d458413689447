import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { OverwrittenCell } from '../../adapters/excel/contract';
import { format } from '../../core/i18n/format';
import { testIds } from '../testIds';
import { plural, useUi } from '../uiStrings';
import { ErrorBar } from './ErrorBar';
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
  /** Select the cell in the sheet, to look at it before deciding. */
  onSelect(cell: OverwrittenCell): void;
  /** Going to a cell failed. */
  selectError: unknown;
}

/**
 * Lists the formula cells holding typed values, each a link that selects it, and asks before
 * replacing them. Keeping the typed values (Cancel) is the safe answer, hence the primary button.
 */
export function OverwrittenConfirm({ cells, onReplace, onCancel, onSelect, selectError }: OverwrittenConfirmProps) {
  const ui = useUi();
  const styles = useStyles();
  const panel = usePanelStyles();
  const more = cells.length - MAX_LISTED_CELLS;
  return (
    <section className={styles.root} aria-label={ui.fill.overwrittenTitle} data-testid={testIds.confirm}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{ui.fill.overwrittenTitle}</MessageBarTitle>
          {plural(ui.fill.overwritten, cells.length)}
        </MessageBarBody>
      </MessageBar>
      <ul className={styles.list}>
        {cells.slice(0, MAX_LISTED_CELLS).map((cell, index) => {
          const location = locationOf({ sheet: cell.sheet, cell: cell.address });
          return (
            <li key={`${cell.sheet}!${cell.address}`} data-testid={testIds.overwrittenCell(index)}>
              {format(ui.fill.cell, { vendor: cell.vendor, location: '' })}
              <Link
                as="button"
                title={format(ui.fill.goToCell, { location })}
                onClick={() => onSelect(cell)}
                data-testid={testIds.overwrittenLink(index)}
              >
                {location}
              </Link>
            </li>
          );
        })}
      </ul>
      {more > 0 ? <Text>{format(ui.fill.more, { count: more })}</Text> : null}
      {selectError ? <ErrorBar error={selectError} step="select" /> : null}
      <div className={panel.buttons}>
        <Button appearance="primary" onClick={onCancel} data-testid={testIds.confirmCancel}>
          {ui.fill.cancel}
        </Button>
        <Button onClick={onReplace} data-testid={testIds.confirmReplace}>
          {ui.fill.replace}
        </Button>
      </div>
    </section>
  );
}
