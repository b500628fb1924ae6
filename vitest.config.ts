import { defineConfig } from 'vitest/config';

// Unit tests run in happy-dom or node; browser tests (tests/e2e) drive the BUILT files in Debian
// Chromium and Firefox ESR, so they run one file at a time to keep two browsers off two cores.
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest.json' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'], exclude: ['tests/e2e/**'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], fileParallelism: false, testTimeout: 60_000, hookTimeout: 120_000 },
      },
    ],
  },
});
