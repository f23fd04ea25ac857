// Every built page, and every embed code the site hands out (in the oEmbed
// files and in the copy boxes of its pages), is valid HTML to html-validate's
// recommended rules, less the exceptions written down in
// tests/support/html-validity.ts. One validator, in this one process, for the whole site.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteFiles } from '../../src/integrations/security-headers.ts';
import { distDir } from '../support/dist.ts';
import { embedCodeConfig, htmlValidator } from '../support/html-validity.ts';
import { builtPagePaths, readPage } from '../support/site-pages.ts';

const pages = builtPagePaths().map((path) => ({ path, html: readPage(path) }));

/** Embed code by where it was found: each oEmbed file's html, and each copy box that holds markup. */
function findEmbedCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const file of siteFiles(distDir).filter((name) => /^\/?oembed\/.*\.json$/.test(name))) {
    const { html } = JSON.parse(readFileSync(join(distDir, file), 'utf8')) as { html: string };
    codes.set(`/${file.replace(/^\//, '')}`, html);
  }
  for (const { path, html } of pages) {
    for (const [, attributes = '', content = ''] of html.matchAll(/<textarea([^>]*)>([^<]*)<\/textarea>/g)) {
      const text = decodeText(content).trim();
      if (text.startsWith('<')) codes.set(`${path}#${/\bid="([^"]+)"/.exec(attributes)?.[1] ?? ''}`, text);
    }
  }
  return codes;
}

/** A textarea's text as the reader gets it (linkedom leaves character references in its text undecoded). */
function decodeText(content: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
  return content.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (reference, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return named[name] ?? reference;
  });
}

const embedCodes = findEmbedCodes();

describe('HTML validity (html-validate, recommended rules)', () => {
  it('finds the pages and the embed codes', () => {
    expect(pages.map(({ path }) => path)).toContain('/');
    expect(pages.length).toBeGreaterThan(40);
    expect([...embedCodes.keys()].filter((where) => where.startsWith('/oembed/')).length).toBeGreaterThan(1);
    expect([...embedCodes.keys()].filter((where) => where.startsWith('/embed/#')).length).toBeGreaterThan(1);
  });

  // About 0.1 s a page, more under load: one validator for the whole site, in this one process.
  it('every built page is valid', { timeout: 300_000 }, () => {
    const validate = htmlValidator();
    expect(pages.flatMap(({ path, html }) => validate(html, path))).toEqual([]);
  });

  it('every embed code handed out is valid', { timeout: 60_000 }, () => {
    const validate = htmlValidator(embedCodeConfig);
    expect([...embedCodes].flatMap(([where, code]) => validate(code, where))).toEqual([]);
  });
});
