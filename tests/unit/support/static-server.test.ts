// The static server the browser tests use must behave like a static host, or
// browser tests would pass against something readers never get.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, headersFor, parseHeadersFile, serveFolder, type StaticServer } from '../../support/static-server.ts';

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
    const rules = parseHeadersFile('/*\n  A: 1\n/embed/*\n  B: 2\n/exact.txt\n  C: 3\n');
    expect(headersFor(rules, '/embed/map/')).toEqual([['A', '1'], ['B', '2']]);
    expect(headersFor(rules, '/forces/kent/')).toEqual([['A', '1']]);
    expect(headersFor(rules, '/exact.txt')).toEqual([['A', '1'], ['C', '3']]);
    expect(headersFor(rules, '/exactatxt')).toEqual([['A', '1']]);
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['map.svg', 'image/svg+xml'],
    ['card.png', 'image/png'],
    ['oembed.json', 'application/json; charset=utf-8'],
    ['forces.csv', 'text/csv; charset=utf-8'],
    ['robots.txt', 'text/plain; charset=utf-8'],
    ['blob.bin', 'application/octet-stream'],
  ])('%s is served as %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('serveFolder', () => {
  let root: string;
  let server: StaticServer;
  const outside = join(tmpdir(), `static-server-outside-${process.pid}.txt`);

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'static-server-test-'));
    mkdirSync(join(root, 'forces', 'kent'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
    writeFileSync(join(root, 'forces', 'kent', 'index.html'), '<h1>kent</h1>');
    writeFileSync(join(root, 'data.csv'), 'a,b\n');
    writeFileSync(join(root, '404.html'), '<h1>not here</h1>');
    writeFileSync(join(root, '_headers'), '/forces/*\n  X-Test: forces\n');
    writeFileSync(outside, 'secret');
    server = await serveFolder(root);
  });

  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { force: true });
  });

  it('listens on 127.0.0.1 on a free port', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves a folder’s index.html with an HTML content type', async () => {
    const response = await fetch(`${server.origin}/forces/kent/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<h1>kent</h1>');
  });

  it('serves files with their own content type', async () => {
    const response = await fetch(`${server.origin}/data.csv`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await response.text()).toBe('a,b\n');
  });

  it('answers 404 with the site’s 404 page', async () => {
    const response = await fetch(`${server.origin}/no/such/page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>not here</h1>');
  });

  it('adds headers from _headers to matching paths only', async () => {
    expect((await fetch(`${server.origin}/forces/kent/`)).headers.get('x-test')).toBe('forces');
    expect((await fetch(`${server.origin}/`)).headers.get('x-test')).toBeNull();
  });

  it('never serves files outside the folder', async () => {
    const response = await fetch(`${server.origin}/%2e%2e%2f${basename(outside)}`);
    expect(response.status).toBe(404);
  });

  it('gzips text only when asked to and the client accepts it', async () => {
    const compressing = await serveFolder(root, { gzip: true });
    try {
      const page = await fetch(`${compressing.origin}/forces/kent/`, { headers: { 'accept-encoding': 'gzip' } });
      expect(page.headers.get('content-encoding')).toBe('gzip');
      expect(await page.text()).toBe('<h1>kent</h1>');
      const plain = await fetch(`${compressing.origin}/forces/kent/`, { headers: { 'accept-encoding': 'identity' } });
      expect(plain.headers.get('content-encoding')).toBeNull();
    } finally {
      await compressing.close();
    }
    const uncompressed = await fetch(`${server.origin}/forces/kent/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(uncompressed.headers.get('content-encoding')).toBeNull();
  });
});
