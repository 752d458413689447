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
  checks: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

/**
 * What the page shows when it cannot run: office.js did not load at all (noLibrary: the pane
 * cannot tell Excel from a plain browser then, so it says what to check for both), or it runs
 * outside Excel (notExcel: a plain browser, or another Office application).
 */
export function NoHost({ reason }: { reason: 'noLibrary' | 'notExcel' }) {
  const ui = useUi();
  const styles = useStyles();
  const text = reason === 'noLibrary' ? ui.noLibrary : ui.noHost;
  return (
    <main className={styles.root} data-testid={testIds.noHost}>
      <Title3 as="h1">{text.title}</Title3>
      <Body1 as="p">{text.body}</Body1>
      {reason === 'noLibrary' ? (
        <ul className={styles.checks}>
          {ui.noLibrary.checks.map((check) => (
            <li key={check}>
              <Body1>{check}</Body1>
            </li>
          ))}
        </ul>
      ) : null}
    </main>
  );
}
