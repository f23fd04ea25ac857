// The security policy: what the headers file says for embeds, other pages and
// pages that use geolocation, that no page is covered by two policies, and
// how bundled scripts are followed to the code they import.
import { describe, expect, it } from 'vitest';
import {
  asksForLocation,
  contentSecurityPolicy,
  headersFile,
  metaContentSecurityPolicy,
  permissionsPolicy,
  relativeImports,
} from '../../src/lib/security.ts';
import { urlPathOf } from '../../src/integrations/security-headers.ts';
import { headersFor, parseHeadersFile } from '../../scripts/lib/static-host.ts';

const directives = (policy: string) => new Map(policy.split(/;\s*/).map((part) => [part.split(' ')[0], part.split(' ').slice(1).join(' ')]));

describe('Content-Security-Policy', () => {
  it('allows scripts and styles only from the site itself, with nothing inline or evaluated', () => {
    for (const policy of [metaContentSecurityPolicy, contentSecurityPolicy({ embeddable: false }), contentSecurityPolicy({ embeddable: true })]) {
      const parsed = directives(policy);
      expect(parsed.get('default-src')).toBe("'self'");
      expect(parsed.get('script-src')).toBe("'self'");
      expect(parsed.get('style-src')).toBe("'self'");
      expect(parsed.get('object-src')).toBe("'none'");
      expect(parsed.get('base-uri')).toBe("'self'");
      expect(policy).not.toMatch(/unsafe-(inline|eval)|https?:|\*\.|nonce-/);
    }
  });

  it('lets any site frame an embed and no site frame any other page', () => {
    expect(directives(contentSecurityPolicy({ embeddable: true })).get('frame-ancestors')).toBe('*');
    expect(directives(contentSecurityPolicy({ embeddable: false })).get('frame-ancestors')).toBe("'none'");
  });

  it('keeps frame-ancestors out of the meta policy, where browsers ignore it with a warning', () => {
    expect(metaContentSecurityPolicy).not.toContain('frame-ancestors');
  });
});

describe('Permissions-Policy', () => {
  it('allows geolocation for the site only where a page asks for it', () => {
    expect(permissionsPolicy({ usesGeolocation: true })).toContain('geolocation=(self)');
    expect(permissionsPolicy({ usesGeolocation: false })).toContain('geolocation=()');
    expect(permissionsPolicy({ usesGeolocation: false })).not.toContain('(self)');
    expect(permissionsPolicy({ usesGeolocation: false })).toContain('camera=()');
  });
});

describe('_headers file', () => {
  const pages = [
    { path: '/', embeddable: false, usesGeolocation: false },
    { path: '/forces/', embeddable: false, usesGeolocation: true },
    { path: '/forces/kent/', embeddable: false, usesGeolocation: false },
    { path: '/embed/forces/kent/', embeddable: true, usesGeolocation: false },
  ];
  const rules = parseHeadersFile(headersFile(pages));
  const values = (path: string, name: string) => headersFor(rules, path).filter(([header]) => header === name).map(([, value]) => value);

  it('gives each page exactly one CSP and one Permissions-Policy, so no host joins two', () => {
    for (const { path } of pages) {
      expect(values(path, 'Content-Security-Policy')).toHaveLength(1);
      expect(values(path, 'Permissions-Policy')).toHaveLength(1);
    }
  });

  it('frames embeds only, and allows location only on the page that asks for it', () => {
    expect(values('/embed/forces/kent/', 'Content-Security-Policy')[0]).toContain('frame-ancestors *');
    expect(values('/embed/forces/kent/', 'X-Frame-Options')).toEqual([]);
    expect(values('/forces/kent/', 'Content-Security-Policy')[0]).toContain("frame-ancestors 'none'");
    expect(values('/forces/kent/', 'X-Frame-Options')).toEqual(['DENY']);
    expect(values('/forces/', 'Permissions-Policy')[0]).toContain('geolocation=(self)');
    expect(values('/forces/kent/', 'Permissions-Policy')[0]).toContain('geolocation=()');
  });

  it('lets browsers keep the hashed bundles for a year, and nothing else', () => {
    expect(values('/_astro/page.A1b2.js', 'Cache-Control')).toEqual(['public, max-age=31536000, immutable']);
    expect(values('/', 'Cache-Control')).toEqual([]);
    expect(values('/styles/theme.css', 'Cache-Control')).toEqual([]);
  });

  it('sends nosniff and a referrer policy with every file, pages or not', () => {
    for (const path of ['/', '/_astro/page.js', '/downloads/forces.csv']) {
      expect(values(path, 'X-Content-Type-Options')).toEqual(['nosniff']);
      expect(values(path, 'Referrer-Policy')).toEqual(['strict-origin-when-cross-origin']);
    }
  });
});

describe('following scripts', () => {
  it('finds static, bare and dynamic relative imports in minified code', () => {
    const code = 'import{a as b}from"./chunk.A1.js";import"./side.js";const m=()=>import("../lazy.js");import x from "https://cdn.example/x.js";';
    expect(relativeImports(code).sort()).toEqual(['../lazy.js', './chunk.A1.js', './side.js']);
  });

  it('spots a script that asks for the reader’s location', () => {
    expect(asksForLocation('navigator.geolocation.getCurrentPosition(a,b)')).toBe(true);
    expect(asksForLocation('document.querySelector("[data-theme-toggle]")')).toBe(false);
  });

  it('maps built files to the paths readers request', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('forces/kent/index.html')).toBe('/forces/kent/');
    expect(urlPathOf('404.html')).toBe('/404.html');
  });
});
