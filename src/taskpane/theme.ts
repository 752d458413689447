import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The part of Office.context.officeTheme the pane reads. */
export interface OfficeThemeLike {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/** Relative luminance (0 black .. 1 white) of "#rrggbb" or "rrggbb", or null if unreadable. */
function luminance(colour: string): number | null {
  const hex = /^#?([0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) return null;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Dark when Office says so (isDarkTheme), else when Office's body background is dark (hosts
 * without isDarkTheme still report the colours). Light when Office says nothing.
 */
export function isDark(theme: OfficeThemeLike | undefined): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme;
  const l = theme.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : null;
  return l !== null && l < 0.2;
}

export function fluentTheme(theme: OfficeThemeLike | undefined): Theme {
  return isDark(theme) ? webDarkTheme : webLightTheme;
}
