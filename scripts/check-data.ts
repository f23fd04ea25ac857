// npm run check-data [folder]: validates a data folder (default: data). On
// problems, prints each as file:line:column and exits 1. Otherwise prints a
// health report and what changed against the last committed version.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { diffModels } from '../src/lib/data/diff.ts';
import { BOUNDARY_FILE, DATA_FILES, formatIssue, loadData, parseDataFiles } from '../src/lib/data/load.ts';
import { computeMetrics } from '../src/lib/metrics/index.ts';
import { changesReport, healthReport, type CommittedVersion } from './lib/data-health.ts';

function git(cwd: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** Loads the folder as it is in git HEAD; `label` is how messages name it. */
function committedVersion(folder: string, label: string): CommittedVersion {
  const root = git(folder, ['rev-parse', '--show-toplevel'])?.trim();
  if (root === undefined) return { kind: 'unavailable', reason: `${label} is not in a git repository` };
  const inRepo = relative(root, folder).split('\\').join('/');
  const tracked = git(root, ['ls-tree', '-r', '--name-only', 'HEAD', '--', inRepo === '' ? '.' : inRepo]);
  if (!tracked?.trim()) return { kind: 'unavailable', reason: `${label} is not in the last commit yet` };

  const show = (file: string) => git(root, ['show', `HEAD:${inRepo === '' ? file : `${inRepo}/${file}`}`]);
  const files: Record<string, string> = {};
  for (const file of Object.values(DATA_FILES)) {
    const text = show(file);
    if (text !== undefined) files[file] = text;
  }
  const result = parseDataFiles(files, show(BOUNDARY_FILE));
  return result.model === null ? { kind: 'invalid', issueCount: result.issues.length } : { kind: 'loaded', model: result.model };
}

function main(folderArgument = 'data'): number {
  const folder = resolve(folderArgument);
  if (!existsSync(folder)) {
    console.error(`check-data: no folder ${folderArgument}`);
    return 1;
  }
  const result = loadData(folder);
  if (result.model === null) {
    for (const issue of result.issues) console.error(formatIssue(issue));
    const count = result.issues.length;
    console.error(`\n${folderArgument}: ${count} ${count === 1 ? 'problem' : 'problems'}. Fix the cells above and run npm run check-data again.`);
    return 1;
  }
  const { model } = result;
  const committed = committedVersion(folder, folderArgument);
  const report = [
    `${folderArgument}: no problems found.`,
    '',
    ...healthReport(model, computeMetrics(model)),
    '',
    ...changesReport(committed, () => (committed.kind === 'loaded' ? diffModels(committed.model, model) : [])),
  ];
  console.log(report.join('\n'));
  return 0;
}

process.exitCode = main(process.argv[2]);
