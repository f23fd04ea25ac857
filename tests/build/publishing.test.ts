// The publishing build (`npm run publish-build`, the build script with
// --publish): it refuses to run without a real https address, and with one
// every embed code, canonical link, Open Graph tag and oEmbed file points
// there and nowhere else. The same build renames a force's slug, recording
// the old one in data/forces.csv, and checks the old addresses of its page,
// embed and oEmbed file still work, as pasted embed codes need.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { serveFolder } from '../../scripts/lib/static-host.ts';
import { siteFiles } from '../../src/integrations/security-headers.ts';
import { PLACEHOLDER_SITE_URL } from '../../src/lib/site-address.ts';
import { copyOfData, editCsv, runBuild, type BuildRun } from '../support/build-runner.ts';
import { readRedirects, redirectProblems } from '../support/redirects.ts';
import { builtPagePaths, readPage } from '../support/site-pages.ts';

const PUBLISH = ['--publish'];
const REFUSED_OUT = '.build-publish-refused-test';
const PUBLISHED_OUT = '.build-publish-test';
const publishedDir = join(projectRoot, PUBLISHED_OUT);
const SITE = 'https://example.test';
const OLD_SLUG = 'kent';
const NEW_SLUG = 'kent-police';

describe('a publishing build without a real address', () => {
  afterAll(() => rmSync(join(projectRoot, REFUSED_OUT), { recursive: true, force: true }));

  it.each([
    ['the placeholder address', PLACEHOLDER_SITE_URL, 'is the placeholder'],
    ['no address', '', 'SITE_URL is not set'],
    ['a plain http address', 'http://example.test', 'does not start https://'],
  ])('refuses to run with %s, says why and builds nothing', async (_, address, reason) => {
    const { status, output } = await runBuild(REFUSED_OUT, { SITE_URL: address }, PUBLISH);
    expect(status).toBe(1);
    expect(output).toContain(`Not built: `);
    expect(output).toContain(reason);
    expect(output).toContain('npm run publish-build');
    expect(existsSync(join(projectRoot, REFUSED_OUT))).toBe(false);
  });
});

describe(`a publishing build for ${SITE}, with a force renamed`, () => {
  let build: BuildRun;
  let dataFolder: string;

  beforeAll(async () => {
    dataFolder = copyOfData();
    editCsv(join(dataFolder, 'forces.csv'), (row) => {
      if (row['slug'] === OLD_SLUG) Object.assign(row, { slug: NEW_SLUG, old_slugs: OLD_SLUG });
    });
    build = await runBuild(PUBLISHED_OUT, { SITE_URL: SITE, DATA_DIR: dataFolder }, PUBLISH);
  });

  afterAll(() => {
    rmSync(dataFolder, { recursive: true, force: true });
    rmSync(publishedDir, { recursive: true, force: true });
  });

  it('builds, saying where embed codes will point', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain(`Publishing build for ${SITE}/: embed codes`);
  });

  it('never mentions the placeholder address in any page or file', () => {
    const text = siteFiles(publishedDir).filter((file) => !['.png'].includes(extname(file)));
    const placeholderHost = new URL(PLACEHOLDER_SITE_URL).host;
    expect(text.filter((file) => readFileSync(join(publishedDir, file), 'utf8').includes(placeholderHost))).toEqual([]);
  });

  it('points every canonical link, Open Graph address and oEmbed link at the site', () => {
    const addresses = builtPagePaths(publishedDir).flatMap((path) => {
      const { document } = parseHTML(readPage(path, publishedDir));
      return [
        ...[...document.querySelectorAll('link[rel="canonical"], link[type="application/json+oembed"]')].map((link) => link.getAttribute('href') ?? ''),
        ...[...document.querySelectorAll('meta[property="og:url"], meta[property="og:image"]')].map((meta) => meta.getAttribute('content') ?? ''),
      ].map((address) => `${path}: ${address}`);
    });
    expect(addresses.length).toBeGreaterThan(builtPagePaths(publishedDir).length);
    expect(addresses.filter((line) => !line.includes(`: ${SITE}/`))).toEqual([]);
  });

  it('points every embed code on the pages at the site', () => {
    const codes = builtPagePaths(publishedDir).flatMap((path) =>
      [...parseHTML(readPage(path, publishedDir)).document.querySelectorAll('textarea')]
        // linkedom leaves a textarea's character references as they are in the HTML; a paragraph decodes them.
        .map((textarea) => parseHTML(`<p>${textarea.innerHTML}</p>`).document.querySelector('p')?.textContent ?? '')
        .filter((code) => code.includes('<iframe')),
    );
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) {
      const sources = [...code.matchAll(/\bsrc="([^"]+)"/g)].map((match) => match[1]);
      expect(sources.length, code).toBeGreaterThan(0);
      expect(sources.filter((source) => !source?.startsWith(`${SITE}/`)), code).toEqual([]);
    }
  });

  it('points every oEmbed file at the site', () => {
    const files = siteFiles(join(publishedDir, 'oembed'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const oembed = JSON.parse(readFileSync(join(publishedDir, 'oembed', file), 'utf8')) as { provider_url: string; html: string };
      expect(oembed.provider_url, file).toBe(`${SITE}/`);
      const sources = [...oembed.html.matchAll(/\bsrc="([^"]+)"/g)].map((match) => match[1]);
      expect(sources.length, file).toBe(2);
      expect(sources.every((source) => source?.startsWith(`${SITE}/`)), file).toBe(true);
    }
  });

  it(`redirects the old addresses of the renamed force (${OLD_SLUG} -> ${NEW_SLUG}), and every redirect lands`, async () => {
    const froms = readRedirects(publishedDir).map((rule) => rule.from);
    expect(froms).toEqual(
      expect.arrayContaining([`/forces/${OLD_SLUG}/`, `/forces/${OLD_SLUG}`, `/embed/forces/${OLD_SLUG}/`, `/oembed/forces-${OLD_SLUG}.json`]),
    );
    expect(await redirectProblems(publishedDir)).toEqual([]);
  });

  it('keeps an embed code pasted before the rename working: its frame and oEmbed file arrive, and the frame may be framed', async () => {
    const server = await serveFolder(publishedDir);
    try {
      const frame = await fetch(`${server.origin}/embed/forces/${OLD_SLUG}/?theme=dark`);
      expect(frame.status).toBe(200);
      expect(new URL(frame.url).pathname + new URL(frame.url).search).toBe(`/embed/forces/${NEW_SLUG}/?theme=dark`);
      expect(frame.headers.get('content-security-policy')).toContain('frame-ancestors *');
      const oembed = await fetch(`${server.origin}/oembed/forces-${OLD_SLUG}.json`);
      expect(((await oembed.json()) as { html: string }).html).toContain(`${SITE}/embed/forces/${NEW_SLUG}/`);
    } finally {
      await server.close();
    }
  });
});
