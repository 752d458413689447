import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { HeldInput } from '../../adapters/excel/contract';
import { format } from '../../core/i18n/messages';
import { usePanelStyles } from './styles';

/** The first inputs of a removal: enough to recognise what would go. */
export const MAX_LISTED_INPUTS = 8;

const useStyles = makeStyles({
  held: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL },
});

export interface RemoveConfirmProps {
  title: string;
  /** What the held inputs are, above their list. */
  body: string;
  held: readonly HeldInput[];
  /** "…and {count} more" */
  more: string;
  keep: string;
  removeAnyway: string;
  onKeep(): void;
  onRemove(): void;
  testIds: { root: string; keep: string; removeAnyway: string };
}

/** A removal that would delete inputs: they are listed, and keeping is the primary (safe) answer. */
export function RemoveConfirm(props: RemoveConfirmProps) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const more = props.held.length - MAX_LISTED_INPUTS;
  return (
    <section className={panel.status} data-testid={props.testIds.root}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{props.title}</MessageBarTitle>
          {props.body}
        </MessageBarBody>
      </MessageBar>
      <ul className={styles.held}>
        {props.held.slice(0, MAX_LISTED_INPUTS).map((h) => (
          <li key={h.cell}>{`${h.cell}: ${h.value}`}</li>
        ))}
        {more > 0 ? <li>{format(props.more, { count: more })}</li> : null}
      </ul>
      <div className={panel.buttons}>
        <Button appearance="primary" onClick={props.onKeep} data-testid={props.testIds.keep}>
          {props.keep}
        </Button>
        <Button onClick={props.onRemove} data-testid={props.testIds.removeAnyway}>
          {props.removeAnyway}
        </Button>
      </div>
    </section>
  );
}
