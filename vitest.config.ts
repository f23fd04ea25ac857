// Three suites that run separately (`vitest run --project unit|dist|browser`):
// unit tests need only the source; dist and browser tests read the built site
// in DIST_DIR (default `dist`), so `npm test` builds before running them.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], environment: 'node' } },
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
    ],
  },
});
