// Flat ESLint config. Each block says why it exists.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // TypeScript sources run in the browser (pane), in Node (CLI, tests) or both (core).
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, Excel: 'readonly', Office: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // An error swallowed is a bug hidden: catch blocks must do something.
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    // Office.js batching mistakes are caught statically: load before read, sync before read,
    // no sync in a loop, isNullObject instead of null checks.
    files: ['src/adapters/excel/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // Hooks rules keep the pane's state logic correct.
    files: ['src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The core is pure: no host, no DOM, no file system, no spreadsheet library. Both writers and
    // the validator depend on it, so it must run anywhere.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'src/core is host-free: use the Excel adapter.' },
        { name: 'Office', message: 'src/core is host-free: use the Excel adapter.' },
        { name: 'document', message: 'src/core has no DOM.' },
        { name: 'window', message: 'src/core has no DOM.' },
        { name: 'process', message: 'src/core does not read the environment.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['exceljs', 'react', 'react-dom', '@fluentui/*', 'fs', 'node:*', 'path', 'child_process'], message: 'src/core is pure TypeScript.' },
            { group: ['**/adapters/**', '**/taskpane/**', '**/cli/**'], message: 'src/core must not depend on its callers.' },
          ],
        },
      ],
    },
  },
  {
    // Build scripts and the CLI shim are plain Node CommonJS.
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
