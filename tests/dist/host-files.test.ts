// The files a static host reads from the built site. _headers: every file the
// site serves has exactly one cache lifetime, decided for its type (a new
// type of file fails here until someone decides how long it may be kept),
// in no more rules than Cloudflare Pages reads. _redirects: exactly the old
// addresses data/forces.csv asks for, each landing on a built page or file.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagePolicies, servedFilePaths, servedPaths } from '../../src/integrations/security-headers.ts';
import {
  CACHE_CONTROL,
  HASHED_ASSETS_FOLDER,
  HEADERS_FILE,
  MAX_HEADER_RULES,
  headersFile,
  headersFor,
  parseHeadersFile,
} from '../../src/lib/host-files.ts';
import { oldAddresses } from '../../src/lib/old-addresses.ts';
import { distDir } from '../support/dist.ts';
import { loadRealModel } from '../support/real-data.ts';
import { readRedirects, redirectProblems } from '../support/redirects.ts';

const headersText = readFileSync(join(distDir, HEADERS_FILE), 'utf8');
const rules = parseHeadersFile(headersText);
const served = servedPaths(distDir);
const cacheControl = (path: string) => headersFor(rules, path).filter(([name]) => name === 'Cache-Control').map(([, value]) => value);

/** How long each type of file at a fixed address may be kept: all of them briefly, then revalidated. */
const FIXED_ADDRESS_TYPES: Record<string, string> = {
  page: 'pages, which carry the figures and their corrections',
  '.js': '/embed.js, which other sites load with every embed',
  '.json': 'oEmbed files and map data',
  '.csv': 'data downloads',
  '.css': 'stylesheets at a fixed address',
  '.svg': 'chart pictures',
  '.png': 'chart pictures and share cards',
};
/** A hash of the content in the name: "index.B3f9-x_Q.css". */
const HASHED_NAME = /\.[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

describe('_headers', () => {
  it('is the file the build writes for these pages and files', () => {
    expect(headersText).toBe(headersFile(pagePolicies(distDir), servedFilePaths(distDir)));
  });

  it(`has at most ${MAX_HEADER_RULES} rules, all Cloudflare Pages reads`, () => {
    expect(rules.length).toBeLessThanOrEqual(MAX_HEADER_RULES);
  });

  it('finds the pages and files of every type', () => {
    expect(served).toContain('/');
    expect(served).toContain('/embed.js');
    const types = new Set(served.map((path) => (path.endsWith('/') ? 'page' : extname(path))));
    expect([...types].sort()).toEqual(expect.arrayContaining(['.csv', '.js', '.json', '.png', '.svg', 'page']));
  });

  it('gives every file the site serves exactly one cache lifetime, decided for its type', () => {
    const problems = served.flatMap((path) => {
      const values = cacheControl(path);
      const type = path.endsWith('/') ? 'page' : extname(path);
      if (values.length !== 1) return [`${path}: ${values.length} Cache-Control headers`];
      if (path.startsWith(HASHED_ASSETS_FOLDER)) {
        return HASHED_NAME.test(path) && values[0] === CACHE_CONTROL.hashed ? [] : [`${path}: kept for good, but ${HASHED_NAME.test(path) ? `has ${values[0]}` : 'its name carries no hash'}`];
      }
      if (FIXED_ADDRESS_TYPES[type] === undefined) return [`${path}: no caching policy decided for ${type} files`];
      return values[0] === CACHE_CONTROL.fixedAddress ? [] : [`${path}: ${values[0]}`];
    });
    expect(problems).toEqual([]);
  });

  it('keeps files at fixed addresses minutes at most, then revalidates them', () => {
    const maxAge = Number(/max-age=(\d+)/.exec(CACHE_CONTROL.fixedAddress)?.[1]);
    expect(maxAge).toBeLessThanOrEqual(600);
    expect(CACHE_CONTROL.fixedAddress).toContain('must-revalidate');
    expect(CACHE_CONTROL.hashed).toContain('immutable');
  });
});

describe('_redirects', () => {
  it('holds exactly the old addresses of the forces data/forces.csv lists old slugs for', () => {
    const expected = oldAddresses(loadRealModel().forces, served).map((address) => ({ ...address, status: 301 }));
    expect(readRedirects(distDir)).toEqual(expected);
  });

  it('sends every old address, in one hop, to a page or file of the site', async () => {
    expect(await redirectProblems(distDir)).toEqual([]);
  });
});
