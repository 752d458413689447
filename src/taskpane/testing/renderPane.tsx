import './jsdomShims';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PaneService } from '../../adapters/excel/contract';
import type { Language } from '../../core/catalogue/text';
import { App } from '../App';
import type { PaneTab } from '../paneTabs';
import { testIds } from '../testIds';
import { UiStringsProvider } from '../uiStrings';

/** Renders the App as boot() does, with a fake service. */
export function renderPane(service: PaneService, options: { uiLanguage?: Language; templateLanguage?: Language } = {}) {
  const user = userEvent.setup();
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <UiStringsProvider language={options.uiLanguage ?? 'en'}>
        <App service={service} defaultTemplateLanguage={options.templateLanguage ?? 'en'} />
      </UiStringsProvider>
    </FluentProvider>,
  );
  return { user, ...utils };
}

/** Renders the pane, waits for the opening check, and shows one tab. */
export async function renderOnTab(service: PaneService, tab: PaneTab, options: { uiLanguage?: Language } = {}) {
  const pane = renderPane(service, options);
  // The opening check ends when its spinner goes (with the form, when a template is found).
  await waitFor(() => {
    const status = screen.queryByTestId(testIds.status);
    expect(status ? within(status).queryByRole('progressbar') : null).toBeNull();
  });
  await pane.user.click(screen.getByTestId(testIds.tab(tab)));
  // The Validate panel is loaded on demand: wait for its button.
  if (tab === 'validate') await screen.findByTestId(testIds.validate);
  return pane;
}
