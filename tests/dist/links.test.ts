// Link health over the built site: every internal link and asset reference
// in every page (href, src, srcset, poster, SVG <use>, share-image and oEmbed
// addresses), every url() in the stylesheets and every address in the oEmbed
// files resolves to a built file, and every #fragment to an id on its page.
// Addresses on the site's public origin count as internal.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { siteFiles } from '../../src/integrations/security-headers.ts';
import { distDir } from '../support/dist.ts';
import { builtPagePaths, readPage } from '../support/site-pages.ts';

interface Reference {
  /** Where it was found, e.g. "/forces/kent/ <a href>". */
  from: string;
  url: URL;
}

const LOCAL = 'http://site.invalid';
const homePage = parseHTML(readPage('/')).document;
/** The public origin the site was built for, read from the home page's canonical address. */
const siteOrigin = new URL(homePage.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? LOCAL).origin;

/** The URL a reference points to when it stays on this site, or null for other sites, data: and mailto: addresses. */
function internalUrl(value: string, base: string): URL | null {
  const trimmed = value.trim();
  if (trimmed === '' || /^(data|mailto|tel|blob|javascript):/i.test(trimmed)) return null;
  const url = new URL(trimmed, new URL(base, LOCAL));
  if (url.origin === siteOrigin) return new URL(`${url.pathname}${url.search}${url.hash}`, LOCAL);
  return url.origin === LOCAL ? url : null;
}

/** Attribute values that load or link to another address, per element. */
const referenceAttributes: [selector: string, attribute: string][] = [
  ['a[href], area[href], link[href]', 'href'],
  ['script[src], img[src], iframe[src], source[src], audio[src], video[src], track[src], embed[src], input[src]', 'src'],
  ['video[poster]', 'poster'],
  ['object[data]', 'data'],
  ['form[action]', 'action'],
  ['use[href], image[href]', 'href'],
  ['use[xlink\\:href], image[xlink\\:href]', 'xlink:href'],
  ['meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"]', 'content'],
];

function pageReferences(path: string, document: Document): Reference[] {
  const found: Reference[] = [];
  const add = (value: string | null, what: string) => {
    const url = value === null ? null : internalUrl(value, path);
    if (url !== null) found.push({ from: `${path} ${what}`, url });
  };
  for (const [selector, attribute] of referenceAttributes) {
    for (const element of document.querySelectorAll(selector)) add(element.getAttribute(attribute), `<${element.localName} ${attribute}="${element.getAttribute(attribute)}">`);
  }
  for (const element of document.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) add(candidate.trim().split(/\s+/)[0] ?? '', `<${element.localName} srcset>`);
  }
  return found;
}

/** The built file a URL path is served from, or null. Directories are reached only with their trailing slash. */
function fileFor(pathname: string): string | null {
  const decoded = decodeURIComponent(pathname);
  const candidate = join(distDir, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
}

const idsByFile = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idsByFile.get(file);
  if (ids === undefined) {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    ids = new Set([...document.querySelectorAll('[id], a[name]')].map((element) => element.getAttribute('id') ?? element.getAttribute('name') ?? ''));
    idsByFile.set(file, ids);
  }
  return ids;
}

function problemWith(url: URL): string | null {
  const file = fileFor(url.pathname);
  if (file === null) return `no file for ${url.pathname}`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment !== '' && file.endsWith('.html') && !idsIn(file).has(fragment)) return `no id "${fragment}" on ${url.pathname}`;
  return null;
}

/** A line per missing target, naming up to three of the places that point at it. */
function broken(references: readonly Reference[]): string[] {
  const placesByProblem = new Map<string, string[]>();
  for (const { from, url } of references) {
    const problem = problemWith(url);
    if (problem !== null) placesByProblem.set(problem, [...(placesByProblem.get(problem) ?? []), from]);
  }
  return [...placesByProblem].map(([problem, places]) => `${problem}, from ${places.slice(0, 3).join('; ')}${places.length > 3 ? ` and ${places.length - 3} more` : ''}`);
}

const pages = builtPagePaths();
const files = siteFiles(distDir);

describe('link health of the built site', () => {
  const references = pages.flatMap((path) => pageReferences(path, parseHTML(readPage(path)).document));

  it('finds the links (the home page links to every force page)', () => {
    expect(references.length).toBeGreaterThan(pages.length);
    expect(references.filter(({ from, url }) => from.startsWith('/ ') && /^\/forces\/[^/]+\/$/.test(url.pathname)).length).toBeGreaterThanOrEqual(43);
  });

  it('resolves every internal link, asset and #fragment in every page', () => {
    expect(broken(references)).toEqual([]);
  });

  it('resolves every url() and @import in the stylesheets', () => {
    const cssReferences = files
      .filter((file) => file.endsWith('.css'))
      .flatMap((file) => {
        const css = readFileSync(join(distDir, file), 'utf8');
        const values = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)].map((match) => match[2] ?? match[4] ?? '');
        return values
          .filter((value) => !value.startsWith('#'))
          .map((value) => ({ value, url: internalUrl(value, `/${file}`) }))
          .filter((reference): reference is { value: string; url: URL } => reference.url !== null)
          .map(({ value, url }) => ({ from: `/${file} url(${value})`, url }));
      });
    expect(broken(cssReferences)).toEqual([]);
  });

  it('resolves every address in the oEmbed files', () => {
    const oembedReferences = files
      .filter((file) => file.startsWith('oembed/') && file.endsWith('.json'))
      .flatMap((file) => {
        const oembed = JSON.parse(readFileSync(join(distDir, file), 'utf8')) as { html?: string; provider_url?: string; thumbnail_url?: string };
        const inHtml = oembed.html === undefined ? [] : pageReferences(`/${file}`, parseHTML(`<!doctype html><html><body>${oembed.html}</body></html>`).document);
        const direct = [oembed.provider_url, oembed.thumbnail_url]
          .filter((value): value is string => value !== undefined)
          .map((value) => ({ from: `/${file}`, url: internalUrl(value, '/') }))
          .filter((reference): reference is Reference => reference.url !== null);
        return [...inHtml, ...direct];
      });
    expect(broken(oembedReferences)).toEqual([]);
  });
});
