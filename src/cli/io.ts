/** What a command may touch of the outside world; tests hand in their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Relative paths on the command line are resolved against this. */
  cwd: string;
  /** Only the locale variables (LC_ALL, LC_MESSAGES, LANG) and NO_COLOR are read. */
  env: Record<string, string | undefined>;
  /** Whether stdout / stderr are terminals (colour, progress bar). Absent: neither is. */
  isTTY?: { stdout: boolean; stderr: boolean };
  /** Width of the terminal on stderr, for the progress bar. */
  columns?: number;
}

/** The language of the CLI's own messages: Chinese when the locale says so, English otherwise. */
export function cliLanguage(env: CliIo['env']): 'en' | 'zh' {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

/** Colour on stdout only for a terminal, and never when NO_COLOR is set (no-color.org). */
export function useColour(io: CliIo): boolean {
  return io.isTTY?.stdout === true && !io.env.NO_COLOR;
}
