// `npm run preview`: serves the built site (DIST_DIR, default dist) at
// http://127.0.0.1:4321/ (or PORT) as Netlify or Cloudflare Pages would, with
// its _headers and _redirects applied, so the security policy, framing rules,
// caching and old addresses can be checked before publishing.
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { projectRoot } from './lib/paths.ts';
import { serveFolder } from './lib/static-host.ts';

const siteDir = resolve(projectRoot, process.env['DIST_DIR'] ?? 'dist');
const port = Number(process.env['PORT'] ?? 4321);

if (!existsSync(join(siteDir, 'index.html'))) {
  console.error(`No built site in ${relative(projectRoot, siteDir) || '.'}: run npm run build first (or npm start, which builds and serves).`);
  process.exit(1);
}

const server = await serveFolder(siteDir, { port, gzip: true });
console.log(`Serving ${relative(projectRoot, siteDir)}/ at ${server.origin}/ with its _headers and _redirects applied, as a static host would.`);
console.log('Press Ctrl+C to stop.');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
