/** What a command may touch of the outside world; tests hand in their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Relative paths on the command line are resolved against this. */
  cwd: string;
  /** Only the locale variables are read (LC_ALL, LC_MESSAGES, LANG). */
  env: Record<string, string | undefined>;
}

/** The language of the CLI's own messages: Chinese when the locale says so, English otherwise. */
export function cliLanguage(env: CliIo['env']): 'en' | 'zh' {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}
