import './jsdomShims';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WorkbookService } from '../../adapters/excel/contract';
import type { Language } from '../../core/catalogue/text';
import { App } from '../App';
import { UiStringsProvider } from '../uiStrings';

/** Renders the App as boot() does, with a fake service. */
export function renderPane(service: WorkbookService, options: { uiLanguage?: Language; templateLanguage?: Language } = {}) {
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
