// A small static file server for browser tests: serves a built site on
// 127.0.0.1 on a free port, much as a static host would (directory
// index.html, the site's 404.html, headers from a Netlify-style `_headers` file).
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

export function contentTypeFor(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface HeaderRule {
  /** URL path pattern; `*` matches any run of characters. */
  pattern: string;
  headers: [string, string][];
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
    if (colon === -1 || rule === undefined) throw new Error(`_headers: cannot read line ${JSON.stringify(line)}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, urlPath: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(urlPath);
}

export function headersFor(rules: readonly HeaderRule[], urlPath: string): [string, string][] {
  return rules.filter((rule) => matches(rule.pattern, urlPath)).flatMap((rule) => rule.headers);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The file a URL path maps to inside `root`, or null when there is none (or it would escape root). */
async function fileFor(root: string, urlPath: string): Promise<string | null> {
  const candidate = normalize(join(root, decodeURIComponent(urlPath)));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  if (await isFile(candidate)) return candidate;
  const index = join(candidate, 'index.html');
  return (await isFile(index)) ? index : null;
}

export interface StaticServer {
  /** e.g. "http://127.0.0.1:40123" (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Gzip text responses for clients that accept it, as a static host does (the benchmark measures with it). */
  gzip?: boolean;
}

const compressible = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;

export async function serveFolder(folder: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(folder);
  const headersPath = join(root, '_headers');
  const rules = (await isFile(headersPath)) ? parseHeadersFile(await readFile(headersPath, 'utf8')) : [];

  const server: Server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    void (async () => {
      const file = await fileFor(root, urlPath);
      const notFoundPage = join(root, '404.html');
      const [status, path] = file !== null ? [200, file] : [404, (await isFile(notFoundPage)) ? notFoundPage : null];
      const body = path === null ? Buffer.from('Not found\n') : await readFile(path);
      const contentType = path === null ? 'text/plain; charset=utf-8' : contentTypeFor(path);
      const gzip = options.gzip === true && compressible.test(contentType) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response.statusCode = status;
      response.setHeader('Content-Type', contentType);
      if (gzip) response.setHeader('Content-Encoding', 'gzip');
      for (const [name, value] of headersFor(rules, urlPath)) response.setHeader(name, value);
      response.end(request.method === 'HEAD' ? undefined : gzip ? gzipSync(body, { level: 9 }) : body);
    })().catch((error: unknown) => {
      response.statusCode = 500;
      response.end(String(error));
    });
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
