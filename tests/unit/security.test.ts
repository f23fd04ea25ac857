// The security policy: what it says for embeds, other pages and pages that
// use geolocation, and how bundled scripts are followed to the code they
// import. How it is written into _headers: tests/unit/host-files.test.ts.
import { describe, expect, it } from 'vitest';
import {
  asksForLocation,
  contentSecurityPolicy,
  metaContentSecurityPolicy,
  permissionsPolicy,
  relativeImports,
} from '../../src/lib/security.ts';
import { urlPathOf } from '../../src/integrations/security-headers.ts';

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
