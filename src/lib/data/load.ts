// Reads a data folder from disk; all checking happens in ./parse.ts, which
// works on text so tests can feed it directly.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { decodeBytes } from './encoding.ts';
import { parseDataFiles, type DataResult, type ParseOptions } from './parse.ts';
import { BOUNDARY_FILE, DATA_FILES } from './schemas.ts';

export { parseDataFiles, type DataResult, type Geography, type ParseOptions } from './parse.ts';
export { formatIssue, formatIssues } from './issues.ts';
export { DATA_FILES, BOUNDARY_FILE } from './schemas.ts';

/**
 * The data folder a build reads: env DATA_DIR (the escaping test feeds the
 * build hostile text that way), relative to the working directory, which is
 * the project root when Astro builds; default `data`.
 */
export function buildDataDir(): string {
  return resolve(process.cwd(), process.env['DATA_DIR'] ?? 'data');
}

/** Every file under `dir`, relative and with `/`, hidden files and folders left out. */
function listFiles(dir: string, under = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path, under) : [relative(under, path).split('\\').join('/')];
  });
}

/** The data files of a folder as text (Windows-1252 files decoded as such and named in `windows1252`). */
export function readDataFolder(dir: string): { files: Record<string, string>; topology: string | undefined; options: ParseOptions } {
  const windows1252 = new Set<string>();
  const read = (name: string) => {
    const path = join(dir, name);
    if (!existsSync(path)) return undefined;
    const decoded = decodeBytes(readFileSync(path));
    if (decoded.windows1252) windows1252.add(name);
    return decoded.text;
  };
  const files: Record<string, string> = {};
  for (const name of Object.values(DATA_FILES)) {
    const text = read(name);
    if (text !== undefined) files[name] = text;
  }
  return { files, topology: read(BOUNDARY_FILE), options: { windows1252, listing: existsSync(dir) ? listFiles(dir) : [] } };
}

export function loadData(dir: string, options: ParseOptions = {}): DataResult {
  const folder = readDataFolder(dir);
  return parseDataFiles(folder.files, folder.topology, { ...folder.options, ...options });
}
