// The server behind `npm run preview` and the browser tests must behave like
// the static hosts the site is published on, or the tests would pass against
// something readers never get.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, serveFolder, type StaticServer } from '../../scripts/lib/static-host.ts';

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
  const outside = join(tmpdir(), `static-host-outside-${process.pid}.txt`);

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'static-host-test-'));
    mkdirSync(join(root, 'forces', 'kent'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
    writeFileSync(join(root, 'forces', 'kent', 'index.html'), '<h1>kent</h1>');
    writeFileSync(join(root, 'data.csv'), 'a,b\n');
    writeFileSync(join(root, '404.html'), '<h1>not here</h1>');
    writeFileSync(join(root, '_headers'), '/forces/*\n  X-Test: forces\n');
    writeFileSync(join(root, '_redirects'), '/forces/old-kent/ /forces/kent/ 301\n/old.csv /data.csv 301\n');
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

  it('redirects a folder asked for without its slash, as hosts do, keeping the query', async () => {
    const response = await fetch(`${server.origin}/forces/kent?theme=dark`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/forces/kent/?theme=dark');
  });

  it('answers the redirects in _redirects, keeping the query, and follows through to the page', async () => {
    const response = await fetch(`${server.origin}/forces/old-kent/?theme=dark`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/forces/kent/?theme=dark');
    const followed = await fetch(`${server.origin}/old.csv`);
    expect(followed.url).toBe(`${server.origin}/data.csv`);
    expect(await followed.text()).toBe('a,b\n');
  });

  it('never serves _headers or _redirects themselves', async () => {
    expect((await fetch(`${server.origin}/_headers`)).status).toBe(404);
    expect((await fetch(`${server.origin}/_redirects`)).status).toBe(404);
  });

  it('sends an ETag and answers 304 when the copy a browser holds is still current', async () => {
    const first = await fetch(`${server.origin}/data.csv`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(`${server.origin}/data.csv`, { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
    const stale = await fetch(`${server.origin}/data.csv`, { headers: { 'if-none-match': '"something-else"' } });
    expect(stale.status).toBe(200);
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
