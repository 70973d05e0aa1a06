import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Corpus and end-to-end tests read real files and run real processes.
    testTimeout: 60_000,
  },
});
