// Follows every redirect of a built site's _redirects through the preview
// server, as a reader's browser or an embedding site would.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REDIRECTS_FILE, parseRedirectsFile, type RedirectRule } from '../../src/lib/host-files.ts';
import { servedPaths } from '../../src/integrations/security-headers.ts';
import { serveFolder } from '../../scripts/lib/static-host.ts';

export function readRedirects(siteDir: string): RedirectRule[] {
  const file = join(siteDir, REDIRECTS_FILE);
  if (!existsSync(file)) throw new Error(`${file} is missing: the build writes it even when no force was renamed`);
  return parseRedirectsFile(readFileSync(file, 'utf8'));
}

/** One line per redirect that does not land, in one hop, on a page or file of the site. */
export async function redirectProblems(siteDir: string): Promise<string[]> {
  const served = new Set(servedPaths(siteDir));
  const server = await serveFolder(siteDir);
  const problems: string[] = [];
  try {
    for (const { from, to } of readRedirects(siteDir)) {
      if (served.has(from)) problems.push(`${from}: is a built page or file, which the redirect would hide`);
      const first = await fetch(`${server.origin}${from}`, { redirect: 'manual' });
      if (first.status !== 301 || first.headers.get('location') !== to) {
        problems.push(`${from}: answered ${first.status} ${first.headers.get('location') ?? ''}, expected 301 to ${to}`);
      }
      const landed = await fetch(`${server.origin}${from}`);
      if (landed.status !== 200 || !served.has(new URL(landed.url).pathname)) problems.push(`${from}: ended at ${landed.url} with ${landed.status}`);
    }
  } finally {
    await server.close();
  }
  return problems;
}
