import type { Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { fluentTheme, isDark, type OfficeThemeLike } from '../theme';

/**
 * Office's theme, followed while the pane is open. Excel raises no event when the user changes
 * the Office theme (OfficeThemeChanged is documented for Outlook only, Mailbox 1.14), so the pane
 * reads `Office.context.officeTheme` again whenever it comes back into view or focus: changing
 * the theme (File > Account) takes the focus away from the pane. Some Excel builds keep the old
 * value until reloaded (office-js issue 713); then nothing changes until the pane is reopened.
 */
export function useOfficeTheme(read: () => OfficeThemeLike | undefined): Theme {
  const [dark, setDark] = useState(() => isDark(read()));
  useEffect(() => {
    const check = () => setDark(isDark(read()));
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, [read]);
  return fluentTheme({ isDarkTheme: dark });
}
