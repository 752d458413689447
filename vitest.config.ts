import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    environment: 'node',
    environmentMatchGlobs: [['src/taskpane/**', 'jsdom']],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30000,
    reporters: ['default', './test/reporters/summaryLine.ts'],
  },
});
