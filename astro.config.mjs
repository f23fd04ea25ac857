// @ts-check
import { defineConfig } from 'astro/config';
import { securityHeaders } from './src/integrations/security-headers.ts';

// The public origin is used for canonical URLs, Open Graph tags and oEmbed.
// Override with SITE_URL when deploying somewhere else.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://spo-by-force.example.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Writes _headers (CSP, Permissions-Policy and friends) from the built pages.
  integrations: [securityHeaders()],
  // Never inline scripts or assets: every script is an external file, so a strict
  // Content-Security-Policy (script-src 'self') can forbid inline code. One
  // stylesheet for the whole site: a page waits for one file, not one per
  // component, and the next page finds it cached.
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  // Concurrent builds (tests, bench) each get their own Vite cache, kept in the
  // checkout rather than node_modules so work trees that share node_modules never share one.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.cache/astro',
});
