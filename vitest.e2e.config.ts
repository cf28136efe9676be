// The browser tests: the built web twin in headless Chromium (npm run test:e2e).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 20_000,
    // Building the page happens once, before the tests.
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
