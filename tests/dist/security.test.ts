// Every built page keeps to the Content-Security-Policy it ships with (no
// inline script, handler or style; scripts only from the site), carries the
// policy as a <meta> element, and the _headers file matches the built pages:
// embeds may be framed, nothing else may, and geolocation is allowed only on
// pages whose scripts use it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pagePolicies, siteFiles } from '../../src/integrations/security-headers.ts';
import { HEADERS_FILE, headersFor, parseHeadersFile } from '../../src/lib/host-files.ts';
import { metaContentSecurityPolicy } from '../../src/lib/security.ts';
import { distDir } from '../support/dist.ts';
import { builtPagePaths, readPage } from '../support/site-pages.ts';

const pages = builtPagePaths().map((path) => ({ path, document: parseHTML(readPage(path)).document }));
/** Script types that are data, which browsers never run and CSP does not govern. */
const dataScriptTypes = ['application/json', 'application/ld+json'];

/** One line per offending element, so a failure names the page and what is wrong there. */
function offences(check: (document: Document) => string[]): string[] {
  return pages.flatMap(({ path, document }) => check(document).map((problem) => `${path}: ${problem}`));
}

describe('built pages keep to the Content-Security-Policy', () => {
  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map(({ path }) => path)).toContain('/');
  });

  it('carry the policy as the first thing in <head> after the character set', () => {
    expect(
      offences((document) => {
        const [charset, policy] = [...document.head.children];
        const problems: string[] = [];
        if (charset?.getAttribute('charset') === null) problems.push('<head> does not start with <meta charset>');
        if (policy?.getAttribute('http-equiv')?.toLowerCase() !== 'content-security-policy') problems.push('no CSP <meta> right after the charset');
        else if (policy.getAttribute('content') !== metaContentSecurityPolicy) problems.push(`CSP <meta> says ${policy.getAttribute('content')}`);
        return problems;
      }),
    ).toEqual([]);
  });

  it('have no inline scripts, and load every script from the site itself', () => {
    expect(
      offences((document) =>
        [...document.querySelectorAll('script')].flatMap((script) => {
          if (dataScriptTypes.includes(script.getAttribute('type') ?? '')) return [];
          const src = script.getAttribute('src');
          if (src === null) return [`inline script: ${script.textContent?.slice(0, 60)}`];
          if (!/^\/[^/]/.test(src)) return [`script from elsewhere: ${src}`];
          return script.textContent?.trim() ? [`script with both src and a body: ${src}`] : [];
        }),
      ),
    ).toEqual([]);
  });

  it('have no event-handler attributes and no javascript: addresses', () => {
    expect(
      offences((document) =>
        [...document.querySelectorAll('*')].flatMap((element) =>
          [...element.attributes].flatMap(({ name, value }) => {
            if (/^on/i.test(name)) return [`<${element.localName} ${name}>`];
            if (/^\s*javascript:/i.test(value)) return [`<${element.localName} ${name}="${value}">`];
            return [];
          }),
        ),
      ),
    ).toEqual([]);
  });

  it('have no <style> elements or style attributes (style-src allows only stylesheet files)', () => {
    expect(
      offences((document) => [
        ...[...document.querySelectorAll('style')].map(() => '<style> element'),
        ...[...document.querySelectorAll('[style]')].map((element) => `<${element.localName} style="${element.getAttribute('style')}">`),
      ]),
    ).toEqual([]);
  });

  it('link stylesheets only from the site itself', () => {
    expect(
      offences((document) =>
        [...document.querySelectorAll('link[rel~="stylesheet"], link[rel~="preload"], link[rel~="modulepreload"]')]
          .map((link) => link.getAttribute('href') ?? '')
          .filter((href) => !/^\/[^/]/.test(href))
          .map((href) => `stylesheet or preload from elsewhere: ${href}`),
      ),
    ).toEqual([]);
  });
});

describe('SVG files', () => {
  const svgFiles = siteFiles(distDir).filter((file) => file.endsWith('.svg'));

  it('carry no script or event handler, which would run if one were opened on its own', () => {
    const problems = svgFiles.flatMap((file) => {
      const text = readFileSync(join(distDir, file), 'utf8');
      return [
        ...(/<script\b/i.test(text) ? [`${file}: <script>`] : []),
        ...[...text.matchAll(/\son[a-z]+\s*=/gi)].map((match) => `${file}: ${match[0].trim()}`),
        ...(/javascript:/i.test(text) ? [`${file}: javascript: address`] : []),
      ];
    });
    expect(problems).toEqual([]);
  });
});

describe('_headers', () => {
  const headersPath = join(distDir, HEADERS_FILE);

  it('is written by the build (tests/dist/host-files.test.ts checks it is the file for these pages and files)', () => {
    expect(existsSync(headersPath)).toBe(true);
  });

  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const header = (path: string, name: string) => headersFor(rules, path).filter(([key]) => key === name).map(([, value]) => value);

  it('gives every page exactly one CSP and one Permissions-Policy, with nosniff and a referrer policy', () => {
    for (const { path } of pages) {
      expect(header(path, 'Content-Security-Policy'), path).toHaveLength(1);
      expect(header(path, 'Permissions-Policy'), path).toHaveLength(1);
      expect(header(path, 'X-Content-Type-Options'), path).toEqual(['nosniff']);
      expect(header(path, 'Referrer-Policy'), path).toHaveLength(1);
    }
  });

  it('lets other sites frame the embeds and nothing else', () => {
    const embeds = pages.filter(({ document }) => document.querySelector('[data-embed-id]') !== null);
    for (const { path } of pages) {
      const framing = embeds.some((embed) => embed.path === path) ? 'frame-ancestors *' : "frame-ancestors 'none'";
      expect(header(path, 'Content-Security-Policy')[0], path).toMatch(new RegExp(`${framing.replace('*', '\\*')}$`));
    }
    expect(header('/', 'X-Frame-Options')).toEqual(['DENY']);
  });

  it('allows geolocation only on pages whose scripts ask for the reader’s location', () => {
    const policies = pagePolicies(distDir);
    for (const { path, usesGeolocation } of policies) {
      expect(header(path, 'Permissions-Policy')[0], path).toContain(usesGeolocation ? 'geolocation=(self)' : 'geolocation=()');
    }
  });
});
