// The build script end to end, on data folders made for the test:
// - hostile text in a force name and a source title comes out of the build
//   as text everywhere, never as markup, in the HTML, the SVG and the oEmbed
//   code, and stays inert in Chromium even with the CSP switched off;
// - a data folder that check-data rejects, or an Astro build that fails,
//   stops the build with exit status 1 and leaves the previous site as it was.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { siteFiles } from '../../src/integrations/security-headers.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { copyOfData, editCsv, runBuild, type BuildRun } from '../support/build-runner.ts';
import { builtPagePaths, readPage, representativePages } from '../support/site-pages.ts';
import { serveFolder } from '../../scripts/lib/static-host.ts';

const FORCE_SLUG = 'kent';
const SOURCE_ID = 'S01';
const HOSTILE_FORCE_NAME = 'Kent <script>alert(1)</script> "><img src=x onerror=alert(1)>';
const HOSTILE_SOURCE_TITLE = '<script>alert(2)</script> "><img src=x onerror=alert(2)> BBC FOI replies';
/** Every page and file the hostile build wrote: it is one build shared by the tests below. */
const ESCAPE_OUT = '.build-escape-test';
const escapeDir = join(projectRoot, ESCAPE_OUT);

/** Markup a page must never contain: elements the hostile text would create if it were not escaped. */
function injectedMarkup(document: Document): string[] {
  const scripts = [...document.querySelectorAll('script')].filter(
    (script) => script.getAttribute('src') === null && !['application/json', 'application/ld+json'].includes(script.getAttribute('type') ?? ''),
  );
  return [
    ...scripts.map((script) => `inline <script>${script.textContent?.slice(0, 40)}`),
    ...[...document.querySelectorAll('img[src="x"], [onerror]')].map((element) => `<${element.localName} src="x"/onerror>`),
  ];
}

describe('hostile text in the data', () => {
  let build: BuildRun;
  let dataFolder: string;

  beforeAll(async () => {
    dataFolder = copyOfData();
    editCsv(join(dataFolder, 'forces.csv'), (row) => {
      if (row['slug'] === FORCE_SLUG) row['name'] = HOSTILE_FORCE_NAME;
    });
    editCsv(join(dataFolder, 'sources.csv'), (row) => {
      if (row['id'] === SOURCE_ID) row['title'] = HOSTILE_SOURCE_TITLE;
    });
    build = await runBuild(ESCAPE_OUT, { DATA_DIR: dataFolder });
  });

  afterAll(() => {
    rmSync(dataFolder, { recursive: true, force: true });
    rmSync(escapeDir, { recursive: true, force: true });
  });

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('appears in the HTML only as text: the force name and the source title read exactly as written', () => {
    const pages = builtPagePaths(escapeDir).map((path) => ({ path, document: parseHTML(readPage(path, escapeDir)).document }));
    const textOf = (element: Element) => element.textContent ?? '';
    const showing = (text: string) => pages.filter(({ document }) => [...document.querySelectorAll('body *')].some((element) => textOf(element).includes(text)));
    expect(showing(HOSTILE_FORCE_NAME).map(({ path }) => path)).toContain(`/forces/${FORCE_SLUG}/`);
    expect(showing(HOSTILE_SOURCE_TITLE).length).toBeGreaterThan(0);
    expect(pages.flatMap(({ path, document }) => injectedMarkup(document).map((problem) => `${path}: ${problem}`))).toEqual([]);
  });

  it('is escaped in every SVG file and every oEmbed embed code', () => {
    const files = siteFiles(escapeDir);
    const svgs = files.filter((file) => file.endsWith('.svg')).map((file) => readFileSync(join(escapeDir, file), 'utf8'));
    expect(svgs.some((svg) => svg.includes('Kent &lt;script&gt;alert(1)&lt;/script&gt;'))).toBe(true);
    for (const svg of svgs) {
      const root = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const elements = [...root.querySelectorAll('*')];
      expect(elements.filter((element) => ['script', 'img', 'foreignObject'].includes(element.localName)).map((element) => element.localName)).toEqual([]);
      expect(elements.flatMap((element) => [...element.attributes].map(({ name }) => name)).filter((name) => /^on/i.test(name))).toEqual([]);
    }
    const oembeds = files.filter((file) => file.startsWith('oembed/') && file.endsWith('.json'));
    for (const file of oembeds) {
      const { html } = JSON.parse(readFileSync(join(escapeDir, file), 'utf8')) as { html: string };
      const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
      expect(injectedMarkup(document), file).toEqual([]);
      expect(document.querySelectorAll('iframe').length, file).toBe(1);
    }
  });

  it('stays inert in Chromium with the CSP switched off, including what scripts draw from it', async () => {
    const server = await serveFolder(escapeDir);
    const browser = await launchChromium();
    const dialogs: string[] = [];
    const problems: string[] = [];
    try {
      // One of each kind of page, and the force's own pages, where they carry the text;
      // bypassCSP shows what escaping alone achieves.
      const context = await browser.newContext({ bypassCSP: true });
      const allPages = builtPagePaths(escapeDir);
      const candidates = new Set([...representativePages(allPages), ...allPages.filter((path) => path.endsWith(`/${FORCE_SLUG}/`))]);
      for (const path of [...candidates].filter((candidate) => readPage(candidate, escapeDir).includes('alert('))) {
        const page = await context.newPage();
        page.on('dialog', (dialog) => {
          dialogs.push(`${path}: ${dialog.message()}`);
          void dialog.dismiss();
        });
        await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
        // A finder draws its suggestions from the force names: make it show Kent.
        const finder = page.locator('input[role="combobox"]').first();
        if ((await finder.count()) === 1 && (await finder.isVisible())) {
          await finder.fill('Kent');
          await page.getByRole('option').first().waitFor();
        }
        const injected = await page.evaluate(
          () => document.querySelectorAll('img[src="x"], [onerror], script:not([src]):not([type="application/json"]):not([type="application/ld+json"])').length,
        );
        if (injected > 0) problems.push(`${path}: ${injected} injected elements`);
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('a build that fails', () => {
  const PREVIOUS_OUT = '.build-previous-test';
  const previousDir = join(projectRoot, PREVIOUS_OUT);
  const previousPage = join(previousDir, 'index.html');
  let dataFolder: string;

  beforeAll(() => {
    dataFolder = copyOfData();
    rmSync(previousDir, { recursive: true, force: true });
    mkdirSync(previousDir);
    writeFileSync(previousPage, 'the previous site\n');
  });

  afterAll(() => {
    rmSync(dataFolder, { recursive: true, force: true });
    rmSync(previousDir, { recursive: true, force: true });
  });

  it('stops on a data error that check-data reports, names the cell, and keeps the previous site', async () => {
    editCsv(join(dataFolder, 'spo_figures.csv'), (row) => {
      if (row['force_code'] !== undefined && row['applications'] === '0') row['applications'] = 'O';
    });
    const { status, output } = await runBuild(PREVIOUS_OUT, { DATA_DIR: dataFolder });
    expect(status).toBe(1);
    expect(output).toMatch(/spo_figures\.csv:\d+:applications: /);
    expect(output).toContain('Nothing was built');
    expect(readFileSync(previousPage, 'utf8')).toBe('the previous site\n');
  });

  it('stops when Astro itself fails after the data passed, and keeps the previous site', async () => {
    // An invalid site address fails Astro's own config check, after check-data has passed.
    const { status, output } = await runBuild(PREVIOUS_OUT, { SITE_URL: 'not a url' });
    expect(status).toBe(1);
    expect(output).toContain('The build failed');
    expect(readFileSync(previousPage, 'utf8')).toBe('the previous site\n');
    expect(existsSync(join(previousDir, '_headers'))).toBe(false);
  });
});
