// Reads a data folder from disk; all checking happens in ./parse.ts, which
// works on text so tests can feed it directly.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDataFiles, type DataResult } from './parse.ts';
import { BOUNDARY_FILE, DATA_FILES } from './schemas.ts';

export { parseDataFiles, type DataResult } from './parse.ts';
export { formatIssue } from './issues.ts';
export { DATA_FILES, BOUNDARY_FILE } from './schemas.ts';

/**
 * The data folder a build reads: env DATA_DIR (the escaping test feeds the
 * build hostile text that way), relative to the working directory, which is
 * the project root when Astro builds; default `data`.
 */
export function buildDataDir(): string {
  return resolve(process.cwd(), process.env['DATA_DIR'] ?? 'data');
}

export function loadData(dir: string): DataResult {
  const read = (name: string) => {
    const path = join(dir, name);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  };
  const files: Record<string, string> = {};
  for (const name of Object.values(DATA_FILES)) {
    const text = read(name);
    if (text !== undefined) files[name] = text;
  }
  return parseDataFiles(files, read(BOUNDARY_FILE));
}
