import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The output names the engine so a CI log shows which run is which.
    name: process.env.DATABASE_URL ? 'postgres' : 'sqlite',
  },
});
