import { FluentProvider, Spinner, makeStyles, webLightTheme, type Theme } from '@fluentui/react-components';
import { useCallback, useEffect, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { PaneService } from '../adapters/excel/contract';
import type { Language } from '../core/catalogue/text';
import { App } from './App';
import { NoHost } from './components/NoHost';
import { useOfficeTheme } from './hooks/useOfficeTheme';
import type { OfficeThemeLike } from './theme';
import { languageFromTag } from './language';
import { UI_MESSAGES, UiStringsProvider } from './uiStrings';

/** The part of the Office global the pane uses before it hands over to the adapter. */
export interface OfficeHost {
  onReady(): Promise<{ host: Office.HostType | null }>;
  context?: { displayLanguage?: string; officeTheme?: OfficeThemeLike } | undefined;
}

// The provider paints the theme's background: it fills the pane, so a dark theme has no white band.
const useShellStyles = makeStyles({ root: { minHeight: '100vh' } });

function Shell({ language, theme = webLightTheme, children }: { language: Language; theme?: Theme; children: ReactNode }) {
  const styles = useShellStyles();
  // The page's title (read by screen readers and shown by some hosts) in the pane's language.
  useEffect(() => {
    document.title = UI_MESSAGES[language].title;
  }, [language]);
  return (
    <FluentProvider className={styles.root} theme={theme} lang={language === 'zh' ? 'zh-CN' : 'en'}>
      <UiStringsProvider language={language}>{children}</UiStringsProvider>
    </FluentProvider>
  );
}

/** The shell in Office's theme, following it when the user changes it while the pane is open. */
function OfficeShell({ office, language, children }: { office: OfficeHost; language: Language; children: ReactNode }) {
  const theme = useOfficeTheme(useCallback(() => office.context?.officeTheme, [office]));
  return (
    <Shell language={language} theme={theme}>
      {children}
    </Shell>
  );
}

/**
 * Renders the pane once Office is ready, in Office's theme: the form inside Excel; a page saying
 * the Office library did not load (and what to check) when there is no Office global at all;
 * "open this in Excel" when office.js runs outside Excel (host null or another application).
 */
export async function boot(
  container: HTMLElement,
  office: OfficeHost | undefined,
  createService: () => PaneService,
  browserLanguage: string | undefined,
): Promise<Root> {
  const root = createRoot(container);
  const fallback = languageFromTag(browserLanguage);
  root.render(
    <Shell language={fallback}>
      <Spinner />
    </Shell>,
  );
  if (!office) {
    // No Office global: office.js did not load (blocked, offline) or this is a plain browser.
    root.render(
      <Shell language={fallback}>
        <NoHost reason="noLibrary" />
      </Shell>,
    );
    return root;
  }
  const info = await office.onReady();
  // Compare with the string: Office.HostType is an enum on the global, absent outside Office.
  if ((info.host as string | null) !== 'Excel') {
    root.render(
      <Shell language={fallback}>
        <NoHost reason="notExcel" />
      </Shell>,
    );
    return root;
  }
  const language = languageFromTag(office.context?.displayLanguage ?? browserLanguage);
  root.render(
    <OfficeShell office={office} language={language}>
      <App service={createService()} defaultTemplateLanguage={language} />
    </OfficeShell>,
  );
  return root;
}
