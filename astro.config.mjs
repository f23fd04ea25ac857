// @ts-check
import { defineConfig } from 'astro/config';
import { redirects } from './src/integrations/redirects.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { PLACEHOLDER_SITE_URL } from './src/lib/site-address.ts';

// The public origin is used for embed codes, canonical URLs, Open Graph tags
// and oEmbed. SITE_URL sets it; `npm run publish-build` refuses to build
// without a real https address (scripts/build.ts).
export default defineConfig({
  site: process.env.SITE_URL ?? PLACEHOLDER_SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Write the files a static host reads: _headers (CSP, Permissions-Policy,
  // caching) from the built pages and files, _redirects from old slugs.
  integrations: [securityHeaders(), redirects()],
  // Never inline scripts or assets: every script is an external file, so a strict
  // Content-Security-Policy (script-src 'self') can forbid inline code. One
  // stylesheet for the whole site: a page waits for one file, not one per
  // component, and the next page finds it cached.
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  // Concurrent builds (tests, bench) each get their own Vite cache, kept in the
  // checkout rather than node_modules so work trees that share node_modules never share one.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.cache/astro',
});
