// `npm run build`: check the data folder, build the site into a fresh temporary
// folder, and only when that succeeds swap it in for the output folder. A
// failed build therefore never leaves a half-written site where a reader or a
// test would find it.
//
// Output folder: env DIST_DIR (relative to the project root), default `dist`.
// Data folder: env DATA_DIR (relative to the project root), default `data`.
// Site address: env SITE_URL, default a placeholder. With --publish
// (`npm run publish-build`) the build refuses to run unless SITE_URL is the
// real https address, because every embed code, canonical link and oEmbed
// file it writes points there.
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatIssue, loadData } from '../src/lib/data/load.ts';
import { PLACEHOLDER_SITE_URL, checkPublishingAddress } from '../src/lib/site-address.ts';
import { projectRoot } from './lib/paths.ts';
import { runTool } from './lib/tools.ts';

const outDir = resolve(projectRoot, process.env['DIST_DIR'] ?? 'dist');
const dataDir = resolve(projectRoot, process.env['DATA_DIR'] ?? 'data');

/** Puts `fresh` where `target` is, moving the old site aside first so the swap is two renames. */
function replaceFolder(target: string, fresh: string): void {
  const previous = `${fresh}-previous`;
  const hadPrevious = existsSync(target);
  if (hadPrevious) renameSync(target, previous);
  renameSync(fresh, target);
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
}

const publishing = process.argv.includes('--publish');
const address = checkPublishingAddress(process.env['SITE_URL']);
if (publishing && !address.ok) {
  console.error(`Not built: ${address.problem}.`);
  console.error('Set SITE_URL to the address the site will be published at, e.g.\n  SITE_URL=https://spo.example-news.co.uk npm run publish-build\n(README.md, "Publishing").');
  process.exit(1);
}
if (address.ok) {
  console.log(`${publishing ? 'Publishing build' : 'Build'} for ${address.origin}/: embed codes, canonical links, share cards and oEmbed files will point there (e.g. ${address.origin}/embed.js).`);
} else {
  const why = process.env['SITE_URL'] === undefined ? '' : ` (not fit to publish: ${address.problem})`;
  console.log(`Local build: embed codes and canonical links point to ${process.env['SITE_URL'] ?? PLACEHOLDER_SITE_URL}${why}. To publish, run npm run publish-build with SITE_URL set.`);
}

const { issues } = loadData(dataDir);
if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\n${issues.length} ${issues.length === 1 ? 'problem' : 'problems'} in ${dataDir}. Nothing was built; fix ${issues.length === 1 ? 'it' : 'them'} and run the build again.`);
  process.exit(1);
}

const temporary = mkdtempSync(join(projectRoot, '.build-tmp-'));
if (runTool('astro', ['build', '--outDir', temporary]) !== 0) {
  rmSync(temporary, { recursive: true, force: true });
  console.error(`\nThe build failed. ${existsSync(outDir) ? `The previous site in ${outDir} is untouched.` : ''}`);
  process.exit(1);
}
replaceFolder(outDir, temporary);
console.log(`\nSite built into ${outDir}${address.ok ? `, for ${address.origin}/` : ''}`);
