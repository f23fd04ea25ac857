// The files a static host reads from the built site: `_headers` gives every
// path exactly its own headers (no host ever joins two policies or two cache
// lifetimes), in few enough rules for Cloudflare Pages, with the caching
// policy; `_redirects` is read as both hosts read it.
import { describe, expect, it } from 'vitest';
import {
  CACHE_CONTROL,
  MAX_HEADER_RULES,
  cacheControlFor,
  headersFile,
  headersFor,
  parseHeadersFile,
  parseRedirectsFile,
  redirectFor,
  redirectsFile,
} from '../../src/lib/host-files.ts';

describe('parseHeadersFile', () => {
  it('reads path patterns with their indented headers, skipping comments and blank lines', () => {
    const rules = parseHeadersFile('# site headers\n/*\n  X-Frame-Options: DENY\n\n/embed/*\n  Content-Security-Policy: frame-ancestors *\n');
    expect(rules).toEqual([
      { pattern: '/*', headers: [['X-Frame-Options', 'DENY']] },
      { pattern: '/embed/*', headers: [['Content-Security-Policy', 'frame-ancestors *']] },
    ]);
  });

  it('rejects a header line with no path above it', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow(/_headers/);
  });

  it('applies every rule whose pattern matches, and only those', () => {
    const rules = parseHeadersFile('/*\n  A: 1\n/embed/*\n  B: 2\n/exact.txt\n  C: 3\n/forces/:name/\n  D: 4\n');
    expect(headersFor(rules, '/embed/map/')).toEqual([['A', '1'], ['B', '2']]);
    expect(headersFor(rules, '/forces/kent/')).toEqual([['A', '1'], ['D', '4']]);
    expect(headersFor(rules, '/forces/')).toEqual([['A', '1']]);
    expect(headersFor(rules, '/forces/kent/extra/')).toEqual([['A', '1']]);
    expect(headersFor(rules, '/exact.txt')).toEqual([['A', '1'], ['C', '3']]);
    expect(headersFor(rules, '/exactatxt')).toEqual([['A', '1']]);
  });
});

describe('parseRedirectsFile', () => {
  it('reads "from to status" lines, 302 when no status is given, skipping comments and blank lines', () => {
    expect(parseRedirectsFile('# renamed forces\n/forces/old/ /forces/new/ 301\n\n/a.json /b.json\n')).toEqual([
      { from: '/forces/old/', to: '/forces/new/', status: 301 },
      { from: '/a.json', to: '/b.json', status: 302 },
    ]);
  });

  it.each([
    ['a splat the site never writes', '/forces/* /x/:splat 301'],
    ['a placeholder', '/forces/:slug /x/:slug 301'],
    ['a rewrite', '/a /b 200'],
    ['a line without a target', '/a'],
    ['a condition', '/a /b 302 Country=gb'],
  ])('refuses %s rather than serve it differently from a host', (_, line) => {
    expect(() => parseRedirectsFile(line)).toThrow(/_redirects: cannot read line/);
  });

  it('picks the first rule for exactly the path asked for', () => {
    const rules = parseRedirectsFile('/a/ /b/ 301\n/a/ /c/ 302\n');
    expect(redirectFor(rules, '/a/')).toEqual({ from: '/a/', to: '/b/', status: 301 });
    expect(redirectFor(rules, '/a')).toBeUndefined();
    expect(redirectFor(rules, '/a/b/')).toBeUndefined();
  });
});


describe('headersFile', () => {
  const forceSlugs = Array.from({ length: 43 }, (_, index) => `force-${index}`);
  const pages = [
    { path: '/', embeddable: false, usesGeolocation: true },
    { path: '/forces/', embeddable: false, usesGeolocation: true },
    ...forceSlugs.map((slug) => ({ path: `/forces/${slug}/`, embeddable: false, usesGeolocation: false })),
    { path: '/embed/', embeddable: false, usesGeolocation: false },
    { path: '/embed/ranking/', embeddable: true, usesGeolocation: false },
    { path: '/embed/trend/', embeddable: true, usesGeolocation: false },
    ...forceSlugs.map((slug) => ({ path: `/embed/forces/${slug}/`, embeddable: true, usesGeolocation: false })),
    { path: '/map/rate/', embeddable: false, usesGeolocation: false },
    { path: '/map/rate/tiles/', embeddable: false, usesGeolocation: false },
  ];
  const files = [
    '/_astro/page.A1b2C3d4.js',
    '/_astro/index.Z9y8X7w6.css',
    '/embed.js',
    '/styles/theme.css',
    ...forceSlugs.flatMap((slug) => [`/oembed/forces-${slug}.json`, `/data/forces/${slug}.csv`, `/downloads/charts/forces-${slug}.png`]),
    '/downloads/forces.csv',
  ];
  const text = headersFile(pages, files);
  const rules = parseHeadersFile(text);
  const values = (path: string, name: string) => headersFor(rules, path).filter(([header]) => header === name).map(([, value]) => value);

  it('gives each page exactly one CSP, Permissions-Policy and Cache-Control, so no host joins two', () => {
    for (const { path } of pages) {
      expect(values(path, 'Content-Security-Policy'), path).toHaveLength(1);
      expect(values(path, 'Permissions-Policy'), path).toHaveLength(1);
      expect(values(path, 'Cache-Control'), path).toHaveLength(1);
    }
  });

  it('frames embeds only, and allows location only on the pages that ask for it', () => {
    expect(values('/embed/forces/force-3/', 'Content-Security-Policy')[0]).toContain('frame-ancestors *');
    expect(values('/embed/forces/force-3/', 'X-Frame-Options')).toEqual([]);
    expect(values('/embed/ranking/', 'Content-Security-Policy')[0]).toContain('frame-ancestors *');
    expect(values('/embed/', 'Content-Security-Policy')[0]).toContain("frame-ancestors 'none'");
    expect(values('/embed/', 'X-Frame-Options')).toEqual(['DENY']);
    expect(values('/forces/force-3/', 'Content-Security-Policy')[0]).toContain("frame-ancestors 'none'");
    expect(values('/forces/force-3/', 'X-Frame-Options')).toEqual(['DENY']);
    expect(values('/forces/', 'Permissions-Policy')[0]).toContain('geolocation=(self)');
    expect(values('/forces/force-3/', 'Permissions-Policy')[0]).toContain('geolocation=()');
  });

  it('lets browsers keep the hashed bundles for a year, and everything else five minutes before asking again', () => {
    expect(values('/_astro/page.A1b2C3d4.js', 'Cache-Control')).toEqual([CACHE_CONTROL.hashed]);
    for (const path of ['/', '/forces/force-3/', '/embed.js', '/oembed/forces-force-3.json', '/downloads/forces.csv', '/downloads/charts/forces-force-3.png', '/styles/theme.css']) {
      expect(values(path, 'Cache-Control'), path).toEqual([CACHE_CONTROL.fixedAddress]);
    }
    expect(CACHE_CONTROL.fixedAddress).toMatch(/max-age=300\b.*must-revalidate/);
  });

  it('sends nosniff and a referrer policy with every file, pages or not', () => {
    for (const path of ['/', '/_astro/page.A1b2C3d4.js', '/downloads/forces.csv']) {
      expect(values(path, 'X-Content-Type-Options')).toEqual(['nosniff']);
      expect(values(path, 'Referrer-Policy')).toEqual(['strict-origin-when-cross-origin']);
    }
  });

  it('shares rules between paths that get the same headers: a folder, or a placeholder for pages one level down', () => {
    const patterns = rules.map((rule) => rule.pattern);
    expect(patterns).toEqual(expect.arrayContaining(['/*', '/_astro/*', '/oembed/*', '/data/*', '/embed/forces/*', '/forces/', '/forces/:name/', '/embed/', '/embed/:name/', '/map/*']));
    expect(rules.length).toBeLessThan(20);
    expect(rules.length).toBeLessThanOrEqual(MAX_HEADER_RULES);
  });

  it('refuses to write more rules than Cloudflare Pages reads', () => {
    // Every page different from its neighbours: one rule each.
    const alternating = Array.from({ length: MAX_HEADER_RULES + 1 }, (_, index) => ({ path: `/p${index}.html`, embeddable: index % 2 === 0, usesGeolocation: false }));
    expect(() => headersFile(alternating, [])).toThrow(/Cloudflare Pages reads at most 100/);
  });

  it('cacheControlFor tells hashed bundles from files at fixed addresses', () => {
    expect(cacheControlFor('/_astro/x.A1.css')).toBe(CACHE_CONTROL.hashed);
    expect(cacheControlFor('/astro.css')).toBe(CACHE_CONTROL.fixedAddress);
  });
});

describe('redirectsFile', () => {
  it('writes permanent redirects that read back as written', () => {
    const redirects = [
      { from: '/forces/old/', to: '/forces/new/' },
      { from: '/oembed/forces-old.json', to: '/oembed/forces-new.json' },
    ];
    expect(parseRedirectsFile(redirectsFile(redirects))).toEqual(redirects.map((redirect) => ({ ...redirect, status: 301 })));
    expect(parseRedirectsFile(redirectsFile([]))).toEqual([]);
  });
});
