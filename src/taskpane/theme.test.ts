import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { fluentTheme, isDark } from './theme';

describe('the pane follows Office’s theme', () => {
  it.each([
    [undefined, false],
    [{}, false],
    [{ isDarkTheme: true }, true],
    [{ isDarkTheme: false, bodyBackgroundColor: '#000000' }, false],
    [{ bodyBackgroundColor: '#262626' }, true],
    [{ bodyBackgroundColor: '#1f1f1f' }, true],
    [{ bodyBackgroundColor: '#ffffff' }, false],
    [{ bodyBackgroundColor: '#e6e6e6' }, false],
    [{ bodyBackgroundColor: 'not a colour' }, false],
  ])('%j -> dark %s', (theme, dark) => {
    expect(isDark(theme)).toBe(dark);
    expect(fluentTheme(theme)).toBe(dark ? webDarkTheme : webLightTheme);
  });
});
