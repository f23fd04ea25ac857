// Where the import scripts read from and write to. Only scripts/import-research.ts and
// scripts/build-geo.ts may look outside the project, at the research folder.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dataDir = resolve(projectRoot, 'data');

/** The research folder: the first command-line argument, or ../shared/data beside the project. */
export function sharedDataDir(argv: readonly string[] = process.argv.slice(2)): string {
  const given = argv[0];
  return given === undefined ? resolve(projectRoot, '..', 'shared', 'data') : resolve(given);
}
