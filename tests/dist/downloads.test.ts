// Built downloads: a PNG and an SVG for every embeddable view, with the
// source and licence in the picture; a 1,200 × 630 share card behind every
// page's og:image; CSV files with formulas defused and blanks kept blank.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dataCsv } from '../support/data-files.ts';
import { builtPage, distDir } from '../support/dist.ts';
import { pngSize } from '../support/png.ts';

function files(folder: string, test: (name: string) => boolean): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? files(path, test) : test(entry.name) ? [path] : [];
  });
}

const sitePath = (file: string) => `/${relative(distDir, file).split(sep).join('/')}`;
const htmlPages = files(distDir, (name) => name === 'index.html').map((file) => sitePath(file).replace(/index\.html$/, ''));
/** The embeds (their frame marks them), not /embed/ itself or a force's kit. */
const isEmbed = (path: string) => /\sdata-embed-id=/.test(readFileSync(join(distDir, path, 'index.html'), 'utf8'));
const embedPages = htmlPages.filter(isEmbed);

describe('chart pictures', () => {
  const chartFile = (path: string, format: string) => join(distDir, 'downloads', 'charts', `${path.slice('/embed/'.length, -1).replaceAll('/', '-')}.${format}`);

  it.each(embedPages)('%s has an SVG with the title, source and licence written in', (path) => {
    const svg = readFileSync(chartFile(path, 'svg'), 'utf8');
    const title = builtPage(path).querySelector('h1')?.textContent?.trim() ?? '';
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('Source: ');
    expect(svg).toContain('Licence: ');
    expect(svg).not.toContain('var(--');
    expect(title).not.toBe('');
  });

  it.each(embedPages)('%s has a PNG drawn from that SVG', (path) => {
    const svg = readFileSync(chartFile(path, 'svg'), 'utf8');
    const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
    const png = pngSize(readFileSync(chartFile(path, 'png')));
    // Cards are drawn at their own size, charts at one and a half times theirs.
    expect([1, 1.5].map((scale) => `${Math.round(Number(width) * scale)}x${Math.round(Number(height) * scale)}`)).toContain(
      `${png.width}x${png.height}`,
    );
  });
});

describe('download links under the charts of full pages', () => {
  const offered = htmlPages
    .filter((path) => !isEmbed(path))
    .flatMap((path) => [...builtPage(path).querySelectorAll('[data-chart-downloads]')].map((links) => ({ path, links })));

  it('appear under every story chart on the home page and under the map on every map page', () => {
    expect(offered.filter(({ path }) => path === '/').length).toBeGreaterThanOrEqual(3);
    for (const path of htmlPages.filter((candidate) => candidate.startsWith('/map/'))) {
      expect(offered.some((entry) => entry.path === path), path).toBe(true);
    }
  });

  it('point at an SVG and a PNG that exist, and at the chart’s entry on /embed/', () => {
    const embedIndex = builtPage('/embed/');
    for (const { path, links } of offered) {
      const hrefs = [...links.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? '');
      expect(hrefs.filter((href) => /\.(svg|png)$/.test(href)), path).toHaveLength(2);
      for (const href of hrefs.filter((candidate) => candidate.startsWith('/downloads/'))) expect(existsSync(join(distDir, href)), href).toBe(true);
      const anchor = hrefs.find((href) => href.startsWith('/embed/#'))?.slice('/embed/#'.length) ?? '';
      expect(embedIndex.getElementById(anchor), `${path}: /embed/#${anchor}`).not.toBeNull();
    }
  });
});

describe('share cards', () => {
  it.each(htmlPages.filter((path) => !isEmbed(path)))(
    '%s points og:image at a 1,200 × 630 PNG that exists',
    (path) => {
      const page = builtPage(path);
      const image = page.querySelector('meta[property="og:image"]')?.getAttribute('content');
      expect(image).toBeTruthy();
      const file = join(distDir, new URL(image!).pathname);
      expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
      expect(page.querySelector('meta[property="og:image:width"]')?.getAttribute('content')).toBe('1200');
      expect(page.querySelector('meta[property="og:image:height"]')?.getAttribute('content')).toBe('630');
      expect(page.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
    },
  );

  it('shares the home page by its finding: the headline as og:title, and a card whose alt text names the finding and the map', () => {
    const home = builtPage('/');
    const headline = home.querySelector('h1')?.textContent?.trim() ?? '';
    expect(headline).not.toBe('');
    expect(home.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(headline);
    const alt = home.querySelector('meta[property="og:image:alt"]')?.getAttribute('content') ?? '';
    expect(alt.startsWith(headline)).toBe(true);
    expect(alt).toMatch(/map/);
  });

  it('gives each force page its own card, and the force’s kit on /embed/ the same', () => {
    const forcePages = htmlPages.filter((path) => /^\/forces\/[\w-]+\/$/.test(path));
    const image = (path: string) => builtPage(path).querySelector('meta[property="og:image"]')?.getAttribute('content');
    expect(new Set(forcePages.map(image)).size).toBe(forcePages.length);
    for (const path of forcePages) expect(image(path.replace(/^\/forces\//, '/embed/kit/')), path).toBe(image(path));
  });
});

describe('CSV downloads', () => {
  const csvFiles = files(distDir, (name) => name.endsWith('.csv'));

  it('include the full dataset and its dictionary', () => {
    const names = csvFiles.map(sitePath);
    for (const name of ['spo-figures', 'stalking-offences', 'population', 'forces', 'datasets', 'sources', 'national-figures', 'data-dictionary']) {
      expect(names).toContain(`/downloads/${name}.csv`);
    }
  });

  it.each(csvFiles.map(sitePath))('%s parses, and no cell starts a spreadsheet formula', (path) => {
    const { data, errors } = Papa.parse<string[]>(readFileSync(join(distDir, path), 'utf8'), { skipEmptyLines: true });
    expect(errors).toEqual([]);
    for (const row of data) for (const cell of row) expect(cell, `${path}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('keeps every figure a force did not give (no response, not covered) blank, never 0', () => {
    const { data } = Papa.parse<Record<string, string>>(readFileSync(join(distDir, 'downloads', 'spo-figures.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    const missing = dataCsv('spo_figures.csv').filter((row) => row.status !== 'reported');
    expect(missing.length).toBeGreaterThan(0);
    for (const row of missing) {
      const written = data.filter((candidate) => candidate['force_code'] === row.force_code && candidate['dataset_id'] === row.dataset_id);
      expect(written.length, `${row.force_code} / ${row.dataset_id}`).toBeGreaterThan(0);
      for (const line of written) expect(line, `${row.force_code} / ${row.dataset_id}`).toMatchObject({ status: row.status, applications: '', granted: '', refused: '', pending: '' });
    }
  });
});
