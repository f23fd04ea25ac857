// Serves a built site the way Netlify and Cloudflare Pages serve it, so what a
// reader would get can be seen before publishing (`npm run preview`, `npm
// start`) and is what the browser tests run against: a folder's index.html,
// a 301 from "/forces/kent" to "/forces/kent/", the headers of `_headers`
// (Content-Security-Policy, framing, caching), the redirects of `_redirects`
// (old addresses of renamed forces), ETags with 304 answers for
// revalidation, and a 404 for everything else. The two files are read as
// src/lib/host-files.ts reads them: only what the site writes, anything else
// is an error rather than something silently served differently from a host.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  HEADERS_FILE,
  REDIRECTS_FILE,
  headersFor,
  parseHeadersFile,
  parseRedirectsFile,
  redirectFor,
} from '../../src/lib/host-files.ts';

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

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

type Resolved = { kind: 'file'; path: string } | { kind: 'add-slash' } | { kind: 'missing' };

/** What a URL path maps to inside `root`; never a file outside it, nor the host's own files. */
async function resolvePath(root: string, urlPath: string): Promise<Resolved> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'missing' };
  }
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return { kind: 'missing' };
  if ([HEADERS_FILE, REDIRECTS_FILE].includes(basename(candidate)) && candidate === join(root, basename(candidate))) return { kind: 'missing' };
  if (!urlPath.endsWith('/') && (await isFile(candidate))) return { kind: 'file', path: candidate };
  const index = join(candidate, 'index.html');
  if (!(await isFile(index))) return { kind: 'missing' };
  return urlPath.endsWith('/') ? { kind: 'file', path: index } : { kind: 'add-slash' };
}

export interface StaticServer {
  /** e.g. "http://127.0.0.1:40123" (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Gzip text responses for clients that accept it, as a static host does (the benchmark measures with it). */
  gzip?: boolean;
  /** Default 0: any free port. */
  port?: number;
}

const compressible = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;

async function readRules<T>(file: string, parse: (text: string) => T[]): Promise<T[]> {
  return (await isFile(file)) ? parse(await readFile(file, 'utf8')) : [];
}

/** Serves `folder` on 127.0.0.1 with its `_headers` and `_redirects` applied. */
export async function serveFolder(folder: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(folder);
  const headerRules = await readRules(join(root, HEADERS_FILE), parseHeadersFile);
  const redirectRules = await readRules(join(root, REDIRECTS_FILE), parseRedirectsFile);

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const urlPath = url.pathname;
    void (async () => {
      // Redirects come before files, as on Cloudflare Pages; an old address never names a built file.
      const redirect = redirectFor(redirectRules, urlPath);
      const resolved = redirect === undefined ? await resolvePath(root, urlPath) : undefined;
      if (redirect !== undefined || resolved?.kind === 'add-slash') {
        response.statusCode = redirect?.status ?? 301;
        response.setHeader('Location', `${redirect?.to ?? `${urlPath}/`}${url.search}`);
        response.end();
        return;
      }
      const notFoundPage = join(root, '404.html');
      const [status, path] =
        resolved?.kind === 'file' ? [200, resolved.path] : [404, (await isFile(notFoundPage)) ? notFoundPage : null];
      const body = path === null ? Buffer.from('Not found\n') : await readFile(path);
      const contentType = path === null ? 'text/plain; charset=utf-8' : contentTypeFor(path);
      for (const [name, value] of headersFor(headerRules, urlPath)) response.setHeader(name, value);
      response.setHeader('Content-Type', contentType);
      if (status === 200) {
        const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
        response.setHeader('ETag', etag);
        if (request.headers['if-none-match'] === etag) {
          response.statusCode = 304;
          response.end();
          return;
        }
      }
      const gzip = options.gzip === true && compressible.test(contentType) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response.statusCode = status;
      if (gzip) response.setHeader('Content-Encoding', 'gzip');
      response.end(request.method === 'HEAD' ? undefined : gzip ? gzipSync(body, { level: 9 }) : body);
    })().catch((error: unknown) => {
      response.statusCode = 500;
      response.end(String(error));
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', done);
  });
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
