import { FluentProvider, Spinner, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { PaneService } from '../adapters/excel/contract';
import type { Language } from '../core/catalogue/text';
import { App } from './App';
import { NoHost } from './components/NoHost';
import { languageFromTag } from './language';
import { UiStringsProvider } from './uiStrings';

/** The part of the Office global the pane uses before it hands over to the adapter. */
export interface OfficeHost {
  onReady(): Promise<{ host: Office.HostType | null }>;
  context?: { displayLanguage?: string } | undefined;
}

function Shell({ language, children }: { language: Language; children: ReactNode }) {
  return (
    <FluentProvider theme={webLightTheme} lang={language === 'zh' ? 'zh-CN' : 'en'}>
      <UiStringsProvider language={language}>{children}</UiStringsProvider>
    </FluentProvider>
  );
}

/**
 * Renders the pane once Office is ready: the form inside Excel, a clear "open this in Excel"
 * page anywhere else (a plain browser has no Office global at all when the CDN script is missing,
 * and office.js outside Office reports host null).
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
  const info = office ? await office.onReady() : { host: null };
  // Compare with the string: Office.HostType is an enum on the global, absent outside Office.
  if ((info.host as string | null) !== 'Excel' || !office) {
    root.render(
      <Shell language={fallback}>
        <NoHost />
      </Shell>,
    );
    return root;
  }
  const language = languageFromTag(office.context?.displayLanguage ?? browserLanguage);
  root.render(
    <Shell language={language}>
      <App service={createService()} defaultTemplateLanguage={language} />
    </Shell>,
  );
  return root;
}
