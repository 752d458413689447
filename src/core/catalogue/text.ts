/** A label in both template languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

export type Language = 'en' | 'zh';

export const LANGUAGES: readonly Language[] = ['en', 'zh'];

export function pick(text: Bilingual, language: Language): string {
  return text[language];
}
