// The pages of the built site, found in the folder rather than listed by
// hand, so quality gates (accessibility, privacy, security, links) cover
// every page type as soon as it is built.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteFiles, urlPathOf } from '../../src/integrations/security-headers.ts';
import { distDir } from './dist.ts';

/** Every HTML page of a built site as a URL path ("/", "/forces/kent/", "/404.html"), sorted. */
export function builtPagePaths(dir: string = distDir): string[] {
  return siteFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map(urlPathOf)
    .sort();
}

export function readPage(sitePath: string, dir: string = distDir): string {
  return readFileSync(join(dir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath), 'utf8');
}

/** A folder with more pages than this is one template repeated per force (or similar): it is sampled. */
const COLLECTION_SIZE = 12;

/**
 * Forces whose pages show the hardest cases: City of London (a force that is
 * not covered by the BBC data and sits inside the Met's area), Lincolnshire
 * (no response to the FOI request) and the Met (the largest figures).
 */
export const SAMPLE_SLUGS = ['city-of-london', 'lincolnshire', 'metropolitan-police'] as const;

function parentOf(sitePath: string): string {
  return sitePath.replace(/[^/]+\/?$/, '');
}

function lastSegment(sitePath: string): string {
  return sitePath.replace(/\/$/, '').split('/').at(-1) ?? '';
}

/**
 * One of each kind of page: every page that is one of a kind (home, each map
 * metric, each embed view, methodology, indexes), and from each per-force
 * collection only the sample forces.
 */
export function representativePages(paths: readonly string[] = builtPagePaths()): string[] {
  const byParent = new Map<string, string[]>();
  for (const path of paths) byParent.set(parentOf(path), [...(byParent.get(parentOf(path)) ?? []), path]);
  return paths.filter((path) => {
    const siblings = byParent.get(parentOf(path)) ?? [];
    return siblings.length <= COLLECTION_SIZE || (SAMPLE_SLUGS as readonly string[]).includes(lastSegment(path));
  });
}
