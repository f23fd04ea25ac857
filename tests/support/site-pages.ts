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

/** A page that repeats under this many parents or more ("/map/<metric>/tiles/") is a variant of them: the first one stands for all. */
const VARIANT_COUNT = 3;

function segments(sitePath: string): string[] {
  return sitePath.split('/').filter((segment) => segment !== '');
}

function parentOf(sitePath: string): string {
  return sitePath.replace(/[^/]+\/?$/, '');
}

/** The same page under different parents: "/map/grant-rate/tiles/" and "/map/applications/tiles/" share a key. */
function variantKey(sitePath: string): string | null {
  const parts = segments(sitePath);
  if (parts.length < 2) return null;
  return `/${[...parts.slice(0, -2), '*', ...parts.slice(-1)].join('/')}/`;
}

function groupBy(paths: readonly string[], key: (path: string) => string | null): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const value = key(path);
    if (value !== null) groups.set(value, [...(groups.get(value) ?? []), path]);
  }
  return groups;
}

/**
 * One of each kind of page: every page that is one of a kind (home, each map
 * metric, each embed view, methodology, indexes); from each per-force
 * collection only the sample forces; from each variant repeated under
 * several parents (a map metric's tiles layout) only the first.
 */
export function representativePages(paths: readonly string[] = builtPagePaths()): string[] {
  const byParent = groupBy(paths, parentOf);
  const byVariant = groupBy(paths, variantKey);
  const isSample = (path: string) => (SAMPLE_SLUGS as readonly string[]).includes(segments(path).at(-1) ?? '');
  return paths.filter((path) => {
    if ((byParent.get(parentOf(path)) ?? []).length > COLLECTION_SIZE) return isSample(path);
    const variants = byVariant.get(variantKey(path) ?? '') ?? [];
    return variants.length < VARIANT_COUNT || variants[0] === path;
  });
}
