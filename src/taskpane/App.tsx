import { Spinner, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useId, useState, type ReactNode } from 'react';
import type { PaneService } from '../adapters/excel/contract';
import type { Language } from '../core/catalogue/text';
import { PanelBoundary } from './components/PanelBoundary';
import { PaneTabs } from './components/PaneTabs';
import { useFillFormulas } from './hooks/useFillFormulas';
import { useInsertTemplate } from './hooks/useInsertTemplate';
import { useTemplateForm } from './hooks/useTemplateForm';
import { useValidation } from './hooks/useValidation';
import type { PaneTab } from './paneTabs';
import { FormulasPanel } from './panels/FormulasPanel';
import { InsertPanel } from './panels/InsertPanel';
import { useEvaluatorChange } from './hooks/useEvaluatorChange';
import { useVendorChange } from './hooks/useVendorChange';
import { usePacks } from './hooks/usePacks';
import { useDecisionCheck } from './hooks/useDecisionCheck';
import { testIds } from './testIds';
import { useUi, useUiLanguage } from './uiStrings';

// The findings view (accordion, its arrow-key mover, motion, icons) is about a tenth of the
// bundle and not needed to start: it loads when first shown, prefetched once the page is idle.
const ValidatePanel = lazy(() => import(/* webpackPrefetch: true */ './panels/ValidatePanel').then((m) => ({ default: m.ValidatePanel })));
// The Packs tab is used once or twice a round: its view loads when first shown (and ExcelJS,
// which makes and reads the packs, only when a pack is made or read).
// The Decision panel is read before a decision, not every day: it loads when first shown.
const DecisionPanel = lazy(() =>
  import(/* webpackChunkName: "decision-panel" */ './panels/DecisionPanel').then((m) => ({ default: m.DecisionPanel })),
);
const PacksPanel = lazy(() => import(/* webpackChunkName: "packs-panel" */ './panels/PacksPanel').then((m) => ({ default: m.PacksPanel })));

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '560px',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    overflowWrap: 'anywhere',
  },
  panel: { minWidth: 0 },
});

/** A tab whose view loads when first shown: a spinner meanwhile, a message if it fails to load. */
function LazyPanel({ children }: { children: ReactNode }) {
  const ui = useUi();
  return (
    <PanelBoundary>
      <Suspense fallback={<Spinner size="tiny" labelPosition="after" label={ui.tabs.loading} />}>{children}</Suspense>
    </PanelBoundary>
  );
}

export interface AppProps {
  service: PaneService;
  /** The template language to start with (follows Office's display language). */
  defaultTemplateLanguage: Language;
}

/**
 * The pane: four tabs over one service. Every hook lives here, so a tab keeps its state (form
 * values, last fill, last validation) while another is shown.
 */
export function App({ service, defaultTemplateLanguage }: AppProps) {
  const ui = useUi();
  const styles = useStyles();
  const form = useTemplateForm(defaultTemplateLanguage);
  const workbook = useInsertTemplate(service);
  const fill = useFillFormulas(service);
  const vendors = useVendorChange(service);
  const evaluators = useEvaluatorChange(service);
  // Findings are worded in the pane's language, whatever the template's language.
  const validation = useValidation(service, useUiLanguage());
  const packs = usePacks(service);
  const decision = useDecisionCheck(service);
  const [tab, setTab] = useState<PaneTab>('insert');
  const id = useId();
  const tabId = (t: PaneTab) => `${id}-tab-${t}`;
  const panelId = (t: PaneTab) => `${id}-panel-${t}`;

  return (
    <main className={styles.root} data-testid={testIds.app}>
      <header>
        <Title3 as="h1">{ui.title}</Title3>
      </header>
      <PaneTabs selected={tab} onSelect={setTab} tabId={tabId} panelId={panelId} />
      <div className={styles.panel} role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} data-testid={testIds.panel(tab)}>
        {tab === 'insert' ? <InsertPanel form={form} workbook={workbook} vendors={vendors} evaluators={evaluators} onGoTo={setTab} /> : null}
        {tab === 'formulas' ? <FormulasPanel fill={fill} onGoTo={setTab} /> : null}
        {tab === 'validate' ? (
          <LazyPanel>
            <ValidatePanel validation={validation} onGoTo={setTab} />
          </LazyPanel>
        ) : null}
        {tab === 'packs' ? (
          <LazyPanel>
            <PacksPanel packs={packs} />
          </LazyPanel>
        ) : null}
        {tab === 'decision' ? (
          <LazyPanel>
            <DecisionPanel decision={decision} />
          </LazyPanel>
        ) : null}
      </div>
    </main>
  );
}
