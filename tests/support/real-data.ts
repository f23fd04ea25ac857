// The data folder the site under test was built from, through the real loader,
// for tests that check views, metrics and the built pages against the figures
// the site really shows. Env DATA_DIR (relative to the project root, as for
// `npm run build`) points dist and browser tests at an edited copy.
import { resolve } from 'node:path';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { formatIssue, loadData } from '../../src/lib/data/load.ts';
import type { DataModel } from '../../src/lib/data/types.ts';

export const testDataDir = resolve(projectRoot, process.env['DATA_DIR'] ?? 'data');

/** The model of the data folder; throws with every problem if it does not load. */
export function loadRealModel(): DataModel {
  const result = loadData(testDataDir);
  if (result.model === null) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.model;
}
