import { Body1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { testIds } from '../testIds';
import { useUi } from '../uiStrings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

/** What the page shows outside Excel (a plain browser, or another Office application). */
export function NoHost() {
  const ui = useUi();
  const styles = useStyles();
  return (
    <main className={styles.root} data-testid={testIds.noHost}>
      <Title3 as="h1">{ui.noHost.title}</Title3>
      <Body1 as="p">{ui.noHost.body}</Body1>
    </main>
  );
}
