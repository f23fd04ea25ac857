// Reading the built site: dist and browser tests look at the folder named by
// env DIST_DIR (relative to the project root), default `dist`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { projectRoot } from '../../scripts/lib/paths.ts';

export const distDir = resolve(projectRoot, process.env['DIST_DIR'] ?? 'dist');

/** The built file for a site path ("/" or "/forces/kent/" read their index.html). */
export function builtFile(sitePath: string): string {
  const file = join(distDir, sitePath, sitePath.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (npm run build, or set DIST_DIR)`);
  return file;
}

/** The built page as a DOM document. */
export function builtPage(sitePath: string): Document {
  return parseHTML(readFileSync(builtFile(sitePath), 'utf8')).document;
}
