// A copy of the data each successful build was made from, so `npm run
// check-data` can say what changed since then on a machine without git (an
// editor's laptop with a downloaded copy of the project).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BOUNDARY_FILE, DATA_FILES } from '../../src/lib/data/load.ts';
import { projectRoot } from './paths.ts';

const LAST_BUILD_DIR = join(projectRoot, '.last-build');

/** One copy per data folder, so a test building from a temporary folder never replaces the copy of data/. */
function copyFolder(dataDir: string): string {
  return join(LAST_BUILD_DIR, createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16));
}

export function saveLastBuild(dataDir: string, builtAt = new Date()): void {
  const target = copyFolder(dataDir);
  rmSync(target, { recursive: true, force: true });
  for (const file of [...Object.values(DATA_FILES), BOUNDARY_FILE]) {
    const from = join(dataDir, file);
    if (!existsSync(from)) continue;
    mkdirSync(join(target, 'data', file, '..'), { recursive: true });
    cpSync(from, join(target, 'data', file));
  }
  writeFileSync(join(target, 'built.json'), `${JSON.stringify({ dataDir: resolve(dataDir), builtAt: builtAt.toISOString() })}\n`);
}

/** The folder holding the last successful build's copy of `dataDir`, and when it was built; undefined if none. */
export function lastBuild(dataDir: string): { folder: string; builtAt: string } | undefined {
  const target = copyFolder(dataDir);
  const info = join(target, 'built.json');
  if (!existsSync(info)) return undefined;
  const { builtAt } = JSON.parse(readFileSync(info, 'utf8')) as { builtAt: string };
  return { folder: join(target, 'data'), builtAt };
}
