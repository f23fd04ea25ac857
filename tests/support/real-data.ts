// The project's own data folder through the real loader, for tests that check
// views and metrics against the figures the site really shows.
import { dataDir } from '../../scripts/lib/paths.ts';
import { formatIssue, loadData } from '../../src/lib/data/load.ts';
import type { DataModel } from '../../src/lib/data/types.ts';

/** The model of data/; throws with every problem if it does not load. */
export function loadRealModel(): DataModel {
  const result = loadData(dataDir);
  if (result.model === null) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.model;
}
