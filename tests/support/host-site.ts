// Another site's pages beside the built site, for tests of what happens when
// someone embeds or frames it: the built site and a folder of host pages are
// served from two ports of 127.0.0.1, so they are different origins, as on the
// web. A test file calls `useHostSite()` once at top level; the servers and
// one Chromium last for the file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { builtFile, distDir } from './dist.ts';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-host.ts';

export interface HostSite {
  /** The built site. */
  readonly site: StaticServer;
  /** The host pages. */
  readonly host: StaticServer;
  readonly browser: Browser;
}

/**
 * @param hostPages The host's files by name ("index.html"), written once the
 *   site's origin is known so they can point at it.
 */
export function useHostSite(hostPages: (siteOrigin: string) => Record<string, string>): HostSite {
  let running: HostSite | undefined;
  let hostFolder: string | undefined;

  beforeAll(async () => {
    const site = await serveFolder(distDir);
    hostFolder = mkdtempSync(join(tmpdir(), 'spo-host-site-'));
    for (const [name, content] of Object.entries(hostPages(site.origin))) writeFileSync(join(hostFolder, name), content);
    running = { site, host: await serveFolder(hostFolder), browser: await launchChromium() };
  });

  afterAll(async () => {
    await running?.browser.close();
    await running?.host.close();
    await running?.site.close();
    if (hostFolder !== undefined) rmSync(hostFolder, { recursive: true, force: true });
  });

  const current = (): HostSite => {
    if (running === undefined) throw new Error('useHostSite(): not started yet (use it inside a test)');
    return running;
  };
  return {
    get site() {
      return current().site;
    },
    get host() {
      return current().host;
    },
    get browser() {
      return current().browser;
    },
  };
}

/** The embed code the site publishes in an oEmbed file ("/oembed/forces-kent.json"), pointed at the local copy of the site, with the iframe's initial height. */
export function publishedEmbedCode(oembedPath: string, siteOrigin: string): { html: string; height: number } {
  const oembed = JSON.parse(readFileSync(builtFile(oembedPath), 'utf8')) as { html: string; provider_url: string; height: number };
  return { html: oembed.html.replaceAll(new URL(oembed.provider_url).origin, siteOrigin), height: oembed.height };
}
