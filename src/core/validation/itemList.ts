import { format } from '../i18n/messages';
import type { ValidationMessages } from '../i18n/validation.en';

/** More than this many items are shortened to the first few and "and N more": a message stays one readable line. */
export const LIST_LIMIT = 4;
const SHOWN_WHEN_SHORTENED = 3;

/** Items (already quoted) joined in the message language, the tail counted when there are more than LIST_LIMIT. */
export function itemList(items: readonly string[], t: Pick<ValidationMessages, 'listSeparator' | 'moreItems'>): string {
  if (items.length <= LIST_LIMIT) return items.join(t.listSeparator);
  const shown = items.slice(0, SHOWN_WHEN_SHORTENED).join(t.listSeparator);
  return format(t.moreItems, { items: shown, more: items.length - SHOWN_WHEN_SHORTENED, total: items.length });
}
