// The two files a static host (Netlify, Cloudflare Pages) reads from the
// built site: `_headers` (headers by path) and `_redirects` (old addresses to
// new ones). Written by the build (src/integrations/), read by the preview
// server the browser tests use (scripts/lib/static-host.ts), so both sides
// agree on one reading of the formats.
//
// Both hosts join the values of a header that two matching rules set (a CSP
// would then be two policies at once, a Cache-Control two lifetimes), and
// Cloudflare Pages reads at most 100 header rules. So every header beyond
// the ones every response gets is written by exactly one rule per path, and
// paths that get the same headers share a rule: a folder (`/oembed/*`) or a
// placeholder for one path segment (`/forces/:name/`), the only patterns both
// hosts read the same way.
import { pageHeaders, type PagePolicy } from './security.ts';

export const HEADERS_FILE = '_headers';
export const REDIRECTS_FILE = '_redirects';

/** Cloudflare Pages ignores a `_headers` file with more rules than this. */
export const MAX_HEADER_RULES = 100;

export type Header = readonly [name: string, value: string];

/** Astro's bundles: their names carry a hash of their content, so a changed file is a new address. */
export const HASHED_ASSETS_FOLDER = '/_astro/';

export const CACHE_CONTROL = {
  /** A file whose name changes with its content is never stale: browsers and CDNs keep it a year without asking. */
  hashed: 'public, max-age=31536000, immutable',
  /**
   * Everything at a fixed address (pages, /embed.js that other sites load,
   * oEmbed files, CSV downloads, chart pictures, share cards): kept five
   * minutes, then asked for again (a 304 when nothing changed), so a
   * correction reaches readers and other sites' embeds within minutes.
   */
  fixedAddress: 'public, max-age=300, must-revalidate',
} as const;

/** How long a served path may be kept. */
export function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith(HASHED_ASSETS_FOLDER) ? CACHE_CONTROL.hashed : CACHE_CONTROL.fixedAddress;
}

/** Headers for every response, pages and files alike. */
export const everyResponseHeaders: readonly Header[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];

export interface HeaderRule {
  /** URL path pattern: `*` matches any run of characters, `:name` one path segment. */
  pattern: string;
  headers: Header[];
}

interface Served {
  path: string;
  headers: readonly Header[];
}

const sameHeaders = (entries: readonly Served[]): boolean =>
  entries.every((entry) => JSON.stringify(entry.headers) === JSON.stringify(entries[0]?.headers));

/** The fewest rules (folder by folder) that give every path under `folder` exactly its own headers. */
function compactRules(folder: string, entries: readonly Served[]): HeaderRule[] {
  const rule = (pattern: string, from: Served): HeaderRule => ({ pattern, headers: [...from.headers] });
  if (entries.length > 1 && sameHeaders(entries)) return [rule(`${folder}*`, entries[0]!)];
  const rules: HeaderRule[] = [];
  const subfolders = new Map<string, Served[]>();
  for (const entry of entries) {
    const rest = entry.path.slice(folder.length);
    const slash = rest.indexOf('/');
    if (slash === -1) rules.push(rule(entry.path, entry));
    else subfolders.set(rest.slice(0, slash), [...(subfolders.get(rest.slice(0, slash)) ?? []), entry]);
  }
  // Subfolders that are one page each (/forces/kent/, /forces/essex/) share a placeholder rule,
  // unless another subfolder's own page would match it too.
  const onePage = [...subfolders].filter(([name, inside]) => inside.length === 1 && inside[0]!.path === `${folder}${name}/`);
  const othersHavePages = [...subfolders].some(([name, inside]) => inside.length > 1 && inside.some((entry) => entry.path === `${folder}${name}/`));
  const shared = onePage.length > 1 && !othersHavePages && sameHeaders(onePage.map(([, inside]) => inside[0]!));
  if (shared) rules.push(rule(`${folder}:name/`, onePage[0]![1][0]!));
  for (const [name, inside] of subfolders) {
    if (!(shared && onePage.some(([page]) => page === name))) rules.push(...compactRules(`${folder}${name}/`, inside));
  }
  return rules;
}

function patternRegex(pattern: string): RegExp {
  const escaped = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${escaped}$`);
}

/** Every header of every matching rule, in file order (a host joins a header set twice with a comma). */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Header[] {
  return rules.filter((rule) => patternRegex(rule.pattern).test(urlPath)).flatMap((rule) => rule.headers);
}

/**
 * The `_headers` file for a built site: every page's security headers
 * (src/lib/security.ts), and a cache lifetime for every page and file.
 * @param files URL paths of every file that is not a page ("/embed.js").
 */
export function headersFile(pages: readonly PagePolicy[], files: readonly string[]): string {
  const served: Served[] = [
    ...pages.map((page) => ({ path: page.path, headers: [...pageHeaders(page), ['Cache-Control', cacheControlFor(page.path)] as const] })),
    ...files.map((path) => ({ path, headers: [['Cache-Control', cacheControlFor(path)] as const] })),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const rules = [{ pattern: '/*', headers: [...everyResponseHeaders] }, ...compactRules('/', served)];
  // The rules are only worth writing if each path gets exactly its own headers and a host will read them all.
  for (const entry of served) {
    const got = JSON.stringify(headersFor(rules, entry.path));
    const expected = JSON.stringify([...everyResponseHeaders, ...entry.headers]);
    if (got !== expected) throw new Error(`${HEADERS_FILE}: ${entry.path} would get ${got}, not ${expected}`);
  }
  if (rules.length > MAX_HEADER_RULES) throw new Error(`${HEADERS_FILE}: ${rules.length} rules; Cloudflare Pages reads at most ${MAX_HEADER_RULES}`);
  return `${[
    '# Written by the build (src/lib/host-files.ts); do not edit.',
    ...rules.map(({ pattern, headers }) => [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')),
  ].join('\n')}\n`;
}

/**
 * Parses a `_headers` file: an unindented line is a path pattern, the indented
 * `Name: value` lines under it are the headers for paths that match it.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (colon === -1 || rule === undefined) throw new Error(`${HEADERS_FILE}: cannot read line ${JSON.stringify(line)}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

export interface RedirectRule {
  from: string;
  to: string;
  status: 301 | 302 | 303 | 307 | 308;
}

const REDIRECT_STATUSES: readonly number[] = [301, 302, 303, 307, 308];

/** A `_redirects` file of permanent redirects, one `from to 301` per line. */
export function redirectsFile(redirects: readonly Omit<RedirectRule, 'status'>[]): string {
  return `${[
    '# Written by the build from the old_slugs column of data/forces.csv (src/integrations/redirects.ts); do not edit.',
    ...redirects.map(({ from, to }) => `${from} ${to} 301`),
  ].join('\n')}\n`;
}

/**
 * Parses a `_redirects` file: one `from to [status]` per line, status 302 when
 * left out, as both hosts read it. The site only writes exact paths, so
 * splats, placeholders, rewrites (status 200) and conditions are refused.
 */
export function parseRedirectsFile(text: string): RedirectRule[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const fields = line.trim().split(/\s+/);
    if (fields[0] === '' || fields[0]?.startsWith('#')) return [];
    const [from = '', to = '', code = '302', ...rest] = fields;
    const status = Number(code);
    if (to === '' || rest.length > 0 || !REDIRECT_STATUSES.includes(status) || /[*:]/.test(from) || !from.startsWith('/')) {
      throw new Error(`${REDIRECTS_FILE}: cannot read line ${JSON.stringify(line)}; expected "/old/path /new/path 301"`);
    }
    return [{ from, to, status: status as RedirectRule['status'] }];
  });
}

/** The first rule for exactly this path, as both hosts pick it (Cloudflare Pages tells "/a" from "/a/"). */
export function redirectFor(rules: readonly RedirectRule[], urlPath: string): RedirectRule | undefined {
  return rules.find((rule) => rule.from === urlPath);
}
