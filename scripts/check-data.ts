// npm run check-data [folder]: validates a data folder (default: data). On
// problems, prints each as file:line:column and exits 1. Otherwise prints a
// health report and what changed since the last commit (outside git: since
// the last successful build). Warnings are printed either way and never fail.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { diffModels } from '../src/lib/data/diff.ts';
import { BOUNDARY_FILE, DATA_FILES, formatIssues, loadData, parseDataFiles } from '../src/lib/data/load.ts';
import type { DataIssue } from '../src/lib/data/types.ts';
import { computeMetrics } from '../src/lib/metrics/index.ts';
import { SITE_NEEDS } from '../src/lib/views/needs.ts';
import { type Baseline, changesReport, healthReport } from './lib/data-health.ts';
import { lastBuild } from './lib/last-build.ts';
import { checkSiteBuilds } from './lib/site-dry-run.ts';

function git(cwd: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** The folder as it is in git HEAD, or undefined when git or the commit has no copy of it. */
function committedVersion(folder: string): Baseline | undefined {
  const since = 'the last commit';
  const root = git(folder, ['rev-parse', '--show-toplevel'])?.trim();
  if (root === undefined) return undefined;
  const inRepo = relative(root, folder).split('\\').join('/');
  const tracked = git(root, ['ls-tree', '-r', '--name-only', 'HEAD', '--', inRepo === '' ? '.' : inRepo]);
  if (!tracked?.trim()) return undefined;

  const show = (file: string) => git(root, ['show', `HEAD:${inRepo === '' ? file : `${inRepo}/${file}`}`]);
  const files: Record<string, string> = {};
  for (const file of Object.values(DATA_FILES)) {
    const text = show(file);
    if (text !== undefined) files[file] = text;
  }
  const result = parseDataFiles(files, show(BOUNDARY_FILE));
  return result.model === null ? { kind: 'invalid', since, issueCount: result.issues.length } : { kind: 'loaded', since, model: result.model };
}

/** The data of the last successful build of this folder (`npm run build` keeps a copy). */
function lastBuildVersion(folder: string): Baseline {
  const build = lastBuild(folder);
  if (build === undefined) {
    return { kind: 'unavailable', since: 'the last commit or build', reason: 'the folder is not in git and has not been built yet' };
  }
  const since = `the last successful build (${build.builtAt.slice(0, 16).replace('T', ' ')} UTC)`;
  const result = loadData(build.folder);
  return result.model === null ? { kind: 'invalid', since, issueCount: result.issues.length } : { kind: 'loaded', since, model: result.model };
}

function count(items: readonly unknown[], one: string, many = `${one}s`): string {
  return `${items.length} ${items.length === 1 ? one : many}`;
}

function printWarnings(warnings: readonly DataIssue[]): void {
  if (warnings.length === 0) return;
  console.log(`Warnings (${warnings.length}; they do not stop the build, but check each):`);
  for (const line of formatIssues(warnings)) console.log(`  ${line}`);
  console.log('');
}

function main(folderArgument = 'data'): number {
  const folder = resolve(folderArgument);
  if (!existsSync(folder)) {
    console.error(`check-data: no folder ${folderArgument}`);
    return 1;
  }
  const baseline = committedVersion(folder) ?? lastBuildVersion(folder);
  const result = loadData(folder, { previous: baseline.kind === 'loaded' ? baseline.model : null, needs: SITE_NEEDS });
  printWarnings(result.warnings);
  if (result.model === null) {
    for (const line of formatIssues(result.issues)) console.error(line);
    const files = new Set(result.issues.map((issue) => issue.file));
    console.error(
      `\n${folderArgument}: ${count(result.issues, 'problem')} in ${count([...files], 'file')}; nothing was changed. Fix them and run npm run check-data again.`,
    );
    return 1;
  }
  const { model } = result;
  const metrics = computeMetrics(model);
  const siteProblem = checkSiteBuilds(model, metrics, result.geography);
  if (siteProblem !== null) {
    console.error(siteProblem);
    return 1;
  }
  const report = [
    `${folderArgument}: no problems found.`,
    '',
    ...healthReport(model, metrics),
    '',
    ...changesReport(baseline, () => (baseline.kind === 'loaded' ? diffModels(baseline.model, model) : [])),
  ];
  console.log(report.join('\n'));
  return 0;
}

process.exitCode = main(process.argv[2]);
