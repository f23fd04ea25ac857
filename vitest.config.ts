// Four suites that run separately (`vitest run --project unit|dist|browser|build-script`):
// unit tests need only the source; dist and browser tests read the built site
// in DIST_DIR (default `dist`), so `npm test` builds before running them; build
// tests run the build script on data folders of their own.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Some unit tests draw PNGs or run property tests over the whole pipeline: a second or two
          // on a quiet machine, far more on a loaded one. Speed belongs to npm run bench.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'dist',
          include: ['tests/dist/**/*.test.ts'],
          environment: 'node',
          // Many tests walk every built page (links, validity): seconds on a quiet machine, far more on a
          // loaded one. Speed is measured by npm run bench, not by timeouts here.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // One Chromium per file already uses both cores; files in parallel would only fight.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          // Tests of the build script itself: each builds the site from a data folder of its own.
          name: 'build-script',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
