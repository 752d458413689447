import './testing/jsdomShims';
import { act, screen, waitFor } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { boot, type OfficeHost } from './boot';
import { FakeWorkbookService } from './testing/fakeWorkbookService';
import { testIds } from './testIds';

function fakeOffice(host: string | null, displayLanguage?: string): OfficeHost {
  return {
    onReady: () => Promise.resolve({ host: host as Office.HostType | null }),
    context: displayLanguage === undefined ? undefined : { displayLanguage },
  };
}

let container: HTMLElement;
let root: Root | undefined;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
});

async function start(office: OfficeHost | undefined, browserLanguage = 'en-US') {
  const service = new FakeWorkbookService();
  const createService = vi.fn(() => service);
  root = await act(() => boot(container, office, createService, browserLanguage));
  return { service, createService };
}

describe('boot', () => {
  it('says the Office library did not load, and what to check, when there is no Office global', async () => {
    const { createService } = await start(undefined);
    expect(screen.getByRole('heading', { name: 'The Office library could not load' })).toBeInTheDocument();
    expect(screen.getByTestId(testIds.noHost)).toHaveTextContent('allows https://appsforoffice.microsoft.com');
    expect(screen.getByTestId(testIds.noHost)).not.toHaveTextContent('Open this add-in in Excel');
    expect(screen.queryByTestId(testIds.form)).not.toBeInTheDocument();
    expect(createService).not.toHaveBeenCalled();
  });

  it('asks to open the add-in in Excel when office.js runs outside Office (host null)', async () => {
    await start(fakeOffice(null));
    expect(screen.getByRole('heading', { name: 'Open this add-in in Excel' })).toBeInTheDocument();
  });

  it('asks to open the add-in in Excel inside another Office application', async () => {
    const { createService } = await start(fakeOffice('Word', 'en-US'));
    expect(screen.getByTestId(testIds.noHost)).toBeInTheDocument();
    expect(createService).not.toHaveBeenCalled();
  });

  it('uses the browser language for those pages', async () => {
    await start(undefined, 'zh-TW');
    expect(screen.getByRole('heading', { name: '未能加载 Office 库' })).toBeInTheDocument();
    act(() => root?.unmount());
    root = await act(() => boot(container, fakeOffice(null), () => new FakeWorkbookService(), 'zh-CN'));
    expect(screen.getByRole('heading', { name: '请在 Excel 中打开此加载项' })).toBeInTheDocument();
  });

  it('follows Office’s dark theme', async () => {
    const office: OfficeHost = {
      onReady: () => Promise.resolve({ host: 'Excel' as unknown as Office.HostType }),
      context: { displayLanguage: 'en-US', officeTheme: { isDarkTheme: true } },
    };
    await start(office);
    const provider = screen.getByTestId(testIds.app).closest('.fui-FluentProvider');
    expect(provider).not.toBeNull();
    // Fluent writes the theme as CSS variables on the provider's class.
    const css = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    expect(css).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
    expect(css).not.toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`);
  });

  it('follows a change of Office’s theme made while the pane is open, when the pane gets the focus back', async () => {
    const context: NonNullable<OfficeHost['context']> = { displayLanguage: 'en-US', officeTheme: { isDarkTheme: false } };
    await start({ onReady: () => Promise.resolve({ host: 'Excel' as unknown as Office.HostType }), context });
    const css = () => [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    const darkBackground = `--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`;
    expect(css()).not.toContain(darkBackground);
    // The user picks the Black theme in File > Account: Excel raises no event, the pane regains focus.
    context.officeTheme = { isDarkTheme: true };
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(css()).toContain(darkBackground);
    context.officeTheme = { isDarkTheme: false };
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(css()).not.toContain(darkBackground);
  });

  it('renders the form in Excel, in English for an English display language', async () => {
    const { service } = await start(fakeOffice('Excel', 'en-US'), 'zh-CN');
    expect(screen.getByTestId(testIds.form)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    await waitFor(() => expect(service.hasTemplateCalls).toBe(1));
  });

  it('follows a Chinese display language for both the pane and the default template language', async () => {
    await start(fakeOffice('Excel', 'zh-CN'), 'en-US');
    expect(screen.getByRole('heading', { name: '供应商对比' })).toBeInTheDocument();
    expect(document.title).toBe('供应商对比');
    expect(screen.getByRole('radio', { name: '中文' })).toBeChecked();
  });
});
