import { defineConfig } from 'vitest/config';

// Browser journeys against the real server (`npm run e2e`). Kept apart from vitest.config.ts, whose
// `npm test` includes only *.test.ts, so unit/integration runs never start a browser.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    // One server and one browser at a time: journeys share the server's data and its rate limits.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
