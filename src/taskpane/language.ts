import type { Language } from '../core/catalogue/text';

/** Office reports display languages as BCP 47 tags ("zh-CN", "en-US"); any Chinese tag maps to zh. */
export function languageFromTag(tag: string | undefined | null): Language {
  return tag && /^zh(-|$)/i.test(tag) ? 'zh' : 'en';
}
