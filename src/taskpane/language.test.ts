import { languageFromTag } from './language';

describe('languageFromTag', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['ZH-hans-CN', 'zh'],
    ['zh', 'zh'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
    ['zu-ZA', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    [null, 'en'],
  ] as const)('%j -> %s', (tag, expected) => {
    expect(languageFromTag(tag)).toBe(expected);
  });
});
