import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // One module graph per worker instead of one per file: importing the server again for every file cost
    // about half the suite's time. Tests share nothing through it: each builds its own app and database,
    // and module-level state is caches keyed by their inputs (compiled schemas, serializers).
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The output names the engine so a CI log shows which run is which.
    name: process.env.DATABASE_URL ? 'postgres' : 'sqlite',
  },
});
