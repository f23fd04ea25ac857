// The site's security policy in one place: the Content-Security-Policy every
// layout carries in a <meta> element, and the headers each page is served
// with (CSP with frame-ancestors, Permissions-Policy, X-Frame-Options), which
// the build writes into the `_headers` file a static host reads
// (src/lib/host-files.ts, src/integrations/security-headers.ts).
//
// Every script is an external file from the site itself (astro.config.mjs
// never inlines one), so script-src needs no 'unsafe-inline', hash or nonce;
// styles are files too, and charts style SVG with classes, so style-src is
// 'self' alone.

const sharedDirectives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * The policy for a <meta http-equiv="Content-Security-Policy"> element.
 * Browsers ignore frame-ancestors there (and warn about it), so who may frame
 * a page is said only by the header.
 */
export const metaContentSecurityPolicy: string = sharedDirectives.join('; ');

/** The full policy header: embeds may be framed by any site, every other page by none. */
export function contentSecurityPolicy(page: { embeddable: boolean }): string {
  return [...sharedDirectives, `frame-ancestors ${page.embeddable ? '*' : "'none'"}`].join('; ');
}

/** Powerful features the site never uses, switched off for the page and anything it frames. */
const unusedFeatures = ['accelerometer', 'camera', 'gyroscope', 'magnetometer', 'microphone', 'payment', 'usb'];

/** Geolocation is allowed (for the site's own origin) only on pages whose scripts ask for it. */
export function permissionsPolicy(page: { usesGeolocation: boolean }): string {
  return [...unusedFeatures.map((feature) => `${feature}=()`), `geolocation=${page.usesGeolocation ? '(self)' : '()'}`]
    .sort()
    .join(', ');
}

export interface PagePolicy {
  /** URL path of an HTML page, e.g. "/", "/forces/kent/", "/404.html". */
  path: string;
  /** An embed, meant to be shown in an iframe on other sites. */
  embeddable: boolean;
  /** One of its scripts asks for the reader's location. */
  usesGeolocation: boolean;
}

/** The security headers one page gets (src/lib/host-files.ts adds the ones every response gets). */
export function pageHeaders(page: PagePolicy): [string, string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(page)],
    ['Permissions-Policy', permissionsPolicy(page)],
    // For browsers that predate frame-ancestors.
    ...(page.embeddable ? [] : ([['X-Frame-Options', 'DENY']] as [string, string][])),
  ];
}

/**
 * Relative module specifiers a bundled script loads ("./chunk.js" in
 * `import "./chunk.js"`, `from "./chunk.js"` or `import("./chunk.js")`), so a
 * page's scripts can be followed to every file they run.
 */
export function relativeImports(script: string): string[] {
  const found = new Set<string>();
  for (const match of script.matchAll(/(?:\bimport\s*\(?|\bfrom)\s*(["'])(\.{1,2}\/[^"'\s]+)\1/g)) {
    found.add(match[2]!);
  }
  return [...found];
}

/** Whether a script's code asks for the reader's location (property names survive minifying). */
export function asksForLocation(script: string): boolean {
  return /\bgeolocation\b/.test(script);
}
