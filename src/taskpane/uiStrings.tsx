import { createContext, useContext, type ReactNode } from 'react';
import type { Language } from '../core/catalogue/text';
import { messages } from '../core/i18n/messages';
import type { UiMessages } from '../core/i18n/ui.en';

interface UiStrings {
  language: Language;
  ui: UiMessages;
}

const UiContext = createContext<UiStrings>({ language: 'en', ui: messages('en').ui });

/** The pane's own language (Office's display language), independent of the template's. */
export function UiStringsProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <UiContext.Provider value={{ language, ui: messages(language).ui }}>{children}</UiContext.Provider>;
}

export function useUi(): UiMessages {
  return useContext(UiContext).ui;
}

export function useUiLanguage(): Language {
  return useContext(UiContext).language;
}
