import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/compile-templates.ts'],
    // Corpus and end-to-end tests read real files and run real processes.
    testTimeout: 60_000,
    // CI also keeps a machine-readable report, which .ci/run sums up in one closing line.
    // (VITEST_REPORT names another file, for the Node 22 run.)
    reporters: process.env.CI ? ['default', ['json', { outputFile: process.env.VITEST_REPORT ?? 'test-output/vitest.json' }]] : ['default'],
  },
});
