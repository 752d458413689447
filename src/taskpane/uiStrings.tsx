import { createContext, useContext, type ReactNode } from 'react';
import type { Language } from '../core/catalogue/text';
import { format } from '../core/i18n/format';
import { uiZhCN } from '../core/i18n/ui.zh-CN';
import { uiEn } from '../core/i18n/ui.en';
import type { Plural, UiMessages } from '../core/i18n/ui.en';

interface UiStrings {
  language: Language;
  ui: UiMessages;
}

/** The pane's catalogues only: the template's and validation's load with the adapter. */
export const UI_MESSAGES: Record<Language, UiMessages> = { en: uiEn, zh: uiZhCN };

const UiContext = createContext<UiStrings>({ language: 'en', ui: uiEn });

/** The pane's own language (Office's display language), independent of the template's. */
export function UiStringsProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <UiContext.Provider value={{ language, ui: UI_MESSAGES[language] }}>{children}</UiContext.Provider>;
}

export function useUi(): UiMessages {
  return useContext(UiContext).ui;
}

export function useUiLanguage(): Language {
  return useContext(UiContext).language;
}

/** The form of a counted message for `count`, its placeholders filled ({count} among them). */
export function plural(forms: Plural, count: number, values: Record<string, string | number> = {}): string {
  return format(count === 1 ? forms.one : forms.other, { count, ...values });
}
