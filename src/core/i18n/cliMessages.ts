import type { Language } from '../catalogue/text';
import { cliEn, type CliMessages } from './cli.en';
import { cliZhCN } from './cli.zh-CN';
import { messages as coreMessages, type Messages } from './messages';

export { format } from './messages';

/** Every string the CLI uses: the shared catalogues plus its own. Kept out of messages.ts so
 * the task pane, which imports that module, does not ship the CLI's help text. */
export interface CliCatalogue extends Messages {
  cli: CliMessages;
}

const CLI: Record<Language, CliMessages> = { en: cliEn, zh: cliZhCN };
const CATALOGUES = new Map<Language, CliCatalogue>();

/** The CLI's own strings. */
export function cliMessages(language: Language): CliMessages {
  return CLI[language];
}

/** messages(language) with the CLI's strings added under `cli`. */
export function messages(language: Language): CliCatalogue {
  let catalogue = CATALOGUES.get(language);
  if (!catalogue) {
    catalogue = { ...coreMessages(language), cli: CLI[language] };
    CATALOGUES.set(language, catalogue);
  }
  return catalogue;
}
