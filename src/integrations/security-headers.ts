// Writes the built site's `_headers` file (src/lib/host-files.ts) once every
// file exists: each file gets a cache lifetime, and each page its security
// headers (src/lib/security.ts), two of whose answers are read from the built
// pages themselves: a page is an embed when it renders the embed frame
// (data-embed-id), and it may ask for the reader's location only when one of
// the scripts it loads, followed through their imports, uses geolocation.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HEADERS_FILE, REDIRECTS_FILE, headersFile } from '../lib/host-files.ts';
import { asksForLocation, relativeImports, type PagePolicy } from '../lib/security.ts';

/** Every file below `dir`, as paths relative to it with forward slashes. */
export function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** "index.html" -> "/", "forces/kent/index.html" -> "/forces/kent/", "404.html" -> "/404.html". */
export function urlPathOf(htmlFile: string): string {
  return `/${htmlFile.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** URL paths of the files a host serves that are not pages ("/embed.js"); the host's own files are not served. */
export function servedFilePaths(siteDir: string): string[] {
  return siteFiles(siteDir)
    .filter((file) => !file.endsWith('.html') && file !== HEADERS_FILE && file !== REDIRECTS_FILE)
    .map((file) => `/${file}`);
}

/** URL paths of everything a host serves from a built site, pages ("/forces/kent/") and files. */
export function servedPaths(siteDir: string): string[] {
  return [
    ...siteFiles(siteDir)
      .filter((file) => file.endsWith('.html'))
      .map(urlPathOf),
    ...servedFilePaths(siteDir),
  ];
}

/** The site-local script files a page loads, followed through their static and dynamic imports. */
export function pageScriptFiles(siteDir: string, html: string): string[] {
  const pending = [...html.matchAll(/<script\b[^>]*\bsrc=["']?(\/[^"'\s>]+)/g)].map((match) => join(siteDir, match[1]!));
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const specifier of relativeImports(readFileSync(file, 'utf8'))) pending.push(resolve(dirname(file), specifier));
  }
  return [...seen];
}

/** What the headers file needs to know about each HTML page in a built site. */
export function pagePolicies(siteDir: string): PagePolicy[] {
  return siteFiles(siteDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(siteDir, file), 'utf8');
      return {
        path: urlPathOf(file),
        embeddable: /\sdata-embed-id=/.test(html),
        usesGeolocation: pageScriptFiles(siteDir, html).some((script) => asksForLocation(readFileSync(script, 'utf8'))),
      };
    });
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const pages = pagePolicies(siteDir);
        const files = servedFilePaths(siteDir);
        writeFileSync(join(siteDir, HEADERS_FILE), headersFile(pages, files));
        logger.info(`${HEADERS_FILE}: security headers for ${pages.length} pages, cache lifetimes for them and ${files.length} other files`);
      },
    },
  };
}
