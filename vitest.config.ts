import { defineConfig } from 'vitest/config';

// Integration tests drive a real Chromium; two cores means two forks at most.
export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
