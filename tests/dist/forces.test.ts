// The built force pages, /forces/ and the files behind them, checked against
// the data folder: every figure with its period, state and source; zeros,
// no response and not covered kept apart; disagreements said beside the
// numbers; City of London's resident caveat; links, titles and canonical URLs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Force, SpoFigure } from '../../src/lib/data/types.ts';
import { builtPage, distDir } from '../support/dist.ts';
import { loadRealModel } from '../support/real-data.ts';

const model = loadRealModel();
const forcePath = (force: Force) => `/forces/${force.slug}/`;
const bySlug = (slug: string): Force => {
  const force = model.forces.find((candidate) => candidate.slug === slug);
  if (force === undefined) throw new Error(`no force ${slug}`);
  return force;
};

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const pages = new Map(model.forces.map((force) => [force.slug, builtPage(forcePath(force))]));
const page = (slug: string): Document => {
  const found = pages.get(slug);
  if (found === undefined) throw new Error(`no built page for ${slug}`);
  return found;
};
const headline = (slug: string) => text(page(slug).querySelector('[data-headline]'));

function datasetArticle(slug: string, datasetId: string): Element | null {
  return page(slug).querySelector(`article[data-dataset="${datasetId}"]`);
}

/** What each measure cell of a dataset's rows says: "3|value", "0|zero", "No response|no_response". */
function rowCells(article: Element): Record<string, string>[] {
  return [...article.querySelectorAll('.dataset__row')].map((row) => {
    const missing = row.querySelector('.dataset__state [data-state]');
    if (missing) return { state: `${text(missing)}|${missing.getAttribute('data-state')}` };
    return Object.fromEntries(
      [...row.querySelectorAll('[data-measure]')].map((measure) => {
        const value = measure.querySelector('[data-state]');
        return [measure.getAttribute('data-measure') ?? '', `${text(value)}|${value?.getAttribute('data-state')}`];
      }),
    );
  });
}

/** The same, worked out from a data row: the expected reading of every measure. */
function expectedCells(figure: SpoFigure, measures: readonly string[]): Record<string, string> {
  if (figure.status === 'no_response') return { state: 'No response|no_response' };
  if (figure.status === 'not_covered') return { state: 'Not covered|not_covered' };
  return Object.fromEntries(
    measures.map((measure) => {
      const value = figure[measure as 'applications'];
      if (value === null) return [measure, 'Not stated|not_reported'];
      return [measure, `${value.toLocaleString('en-GB')}|${value === 0 ? 'zero' : 'value'}`];
    }),
  );
}

describe('force pages', () => {
  it('exist for all 43 forces, each headed with its own name', () => {
    expect(pages.size).toBe(43);
    for (const force of model.forces) {
      expect(text(page(force.slug).querySelector('h1'))).toBe(force.name);
    }
  });

  it('have unique titles, descriptions and canonical URLs that point at themselves', () => {
    const titles = new Set<string>();
    const canonicals = new Set<string>();
    for (const force of model.forces) {
      const document = page(force.slug);
      const title = text(document.querySelector('title'));
      expect(title).toContain(force.name);
      titles.add(title);
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(new URL(canonical).pathname).toBe(forcePath(force));
      canonicals.add(canonical);
      expect(document.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(canonical);
      expect(document.querySelector('meta[property="og:title"]')?.getAttribute('content')).toContain(force.name);
      expect(document.querySelector('meta[name="twitter:card"]')).not.toBeNull();
      const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(description).toContain(force.name);
      expect(document.querySelector('meta[property="og:description"]')?.getAttribute('content')).toBe(description);
    }
    expect(titles.size).toBe(43);
    expect(canonicals.size).toBe(43);
  });

  it('show every row of every dataset that covers the force, with period, state and source, exactly as in the data', () => {
    let checked = 0;
    for (const force of model.forces) {
      for (const dataset of model.datasets) {
        const rows = model.figures.filter((figure) => figure.forceCode === force.code && figure.datasetId === dataset.id);
        const article = datasetArticle(force.slug, dataset.id);
        if (rows.length === 0) {
          // Single-force sources appear only for the forces they name.
          if (dataset.scope === 'selected_forces') expect(article).toBeNull();
          continue;
        }
        if (article === null) throw new Error(`${force.name}: no section for ${dataset.id}`);
        const sorted = [...rows].sort((a, b) => (a.periodStart ?? '9999').localeCompare(b.periodStart ?? '9999'));
        expect(rowCells(article), `${force.name} / ${dataset.id}`).toEqual(sorted.map((row) => expectedCells(row, dataset.measures)));
        expect([...article.querySelectorAll('.dataset__period')].map(text)).toEqual(sorted.map((row) => row.periodLabel));
        const sourceLink = article.querySelector('.dataset__source a')?.getAttribute('href');
        expect(sourceLink).toBe(`#source-${dataset.sourceId}`);
        expect(page(force.slug).getElementById(`source-${dataset.sourceId}`)).not.toBeNull();
        checked += rows.length;
      }
    }
    expect(checked).toBe(model.figures.length);
  });

  it('Durham: an FOI figure of 3, a court zero, and the disagreement stated once, in the headline', () => {
    expect(rowCells(datasetArticle('durham', 'bbc-foi-2021')!)).toEqual([
      { applications: '3|value', granted: '2|value', refused: '0|zero', pending: '1|value' },
    ]);
    expect(rowCells(datasetArticle('durham', 'court-first-year')!)).toEqual([{ applications: '0|zero' }]);
    const disagreement = 'Court data, first year: 0 applications; BBC FOI 2021: 3';
    expect(text(page('durham').querySelector('main')).split(disagreement)).toHaveLength(2);
    expect(headline('durham')).toContain(disagreement);
    expect(headline('durham')).toContain('Durham applied for 3 Stalking Protection Orders from 20 January 2020 to 16 April 2021');
    expect(headline('durham')).toContain('Two sources give different figures');
  });

  it('Metropolitan Police: each source’s figure side by side, disagreements said, never merged', () => {
    const met = page('metropolitan-police');
    const reported = model.figures.filter((figure) => figure.forceCode === bySlug('metropolitan-police').code && figure.status === 'reported' && figure.applications !== null);
    expect(reported.length).toBeGreaterThan(1);
    for (const figure of reported) {
      const cells = [...met.querySelectorAll(`[data-dataset="${figure.datasetId}"] [data-measure="applications"] [data-state]`)].map(text);
      expect(cells, figure.datasetId).toContain(figure.applications!.toLocaleString('en-GB'));
    }
    // Neither the sum nor the average of two sources' figures appears anywhere in the figures or the headline.
    const shown = `${text(met.getElementById('figures'))} ${headline('metropolitan-police')}`;
    const values = [...new Set(reported.map((figure) => figure.applications!))];
    for (const [index, a] of values.entries()) {
      for (const b of values.slice(index + 1)) {
        for (const merged of [a + b, (a + b) / 2].filter((value) => !values.includes(value))) {
          expect(shown).not.toMatch(new RegExp(`\\b${merged.toLocaleString('en-GB')}\\b(?!\\.\\d)`));
        }
      }
    }
  });

  it.each(['suffolk', 'humberside', 'thames-valley'])('%s: zero in both sources reads as a real zero, and the sources agree', (slug) => {
    expect(rowCells(datasetArticle(slug, 'court-first-year')!)).toEqual([{ applications: '0|zero' }]);
    expect(rowCells(datasetArticle(slug, 'bbc-foi-2021')!)[0]?.['applications']).toBe('0|zero');
    expect(page(slug).querySelector('[data-comparison="agree"]')).not.toBeNull();
    expect(page(slug).querySelector('[data-comparison="disagree"]')).toBeNull();
    expect(headline(slug)).toContain('made no applications for Stalking Protection Orders');
  });

  it.each(['lincolnshire', 'north-yorkshire'])('%s: no response, never a zero, unranked, with its ITV figure', (slug) => {
    expect(rowCells(datasetArticle(slug, 'bbc-foi-2021')!)).toEqual([{ state: 'No response|no_response' }]);
    expect(headline(slug)).toContain('did not reply');
    expect(headline(slug)).toContain('That is not the same as zero.');
    const standing = page(slug).querySelector('[data-standing="applications"]');
    expect(text(standing?.querySelector('.standing__figure [data-state]'))).toBe('No response');
    expect(standing?.querySelector('.standing__rank')?.getAttribute('data-rank')).toBe('');
    expect(text(standing?.querySelector('.standing__rank'))).toBe('Not ranked');
    expect(datasetArticle(slug, 'itv-calendar-2024')).not.toBeNull();
  });

  it('City of London: not covered by the FOI data, the Met caveat from the court data, and the resident-population caveat beside its rate', () => {
    const city = page('city-of-london');
    expect(rowCells(datasetArticle('city-of-london', 'bbc-foi-2021')!)).toEqual([{ state: 'Not covered|not_covered' }]);
    expect(text(datasetArticle('city-of-london', 'court-first-year'))).toContain('may include City of London');
    const rate = city.querySelector('[data-standing="offences-per-residents"]');
    expect(text(rate?.querySelector('.standing__caveat'))).toContain('about 15,000 residents');
    expect(city.querySelectorAll('.standing__caveat')).toHaveLength(1);
    expect(page('durham').querySelector('.standing__caveat')).toBeNull();
    expect(headline('city-of-london')).toContain('is not in the BBC Shared Data Unit’s Freedom of Information figures');
  });

  it('Dorset: both periods of its own FOI reply, in date order, agreeing with the BBC figure for the overlapping one', () => {
    expect(rowCells(datasetArticle('dorset', 'dorset-foi-2022')!)).toEqual([{ applications: '0|zero' }, { applications: '2|value' }]);
    expect(text(datasetArticle('dorset', 'dorset-foi-2022')?.querySelector('[data-comparison="agree"]'))).toContain('0 applications each');
  });

  it('show a locator map with the force highlighted and its neighbours listed with their figures and links', () => {
    const durham = page('durham');
    const map = durham.querySelector('svg.spo-locator');
    expect(map?.getAttribute('role')).toBe('img');
    expect(map?.querySelector('.area--focus')?.getAttribute('data-code')).toBe(bySlug('durham').code);
    const neighbours = [...durham.querySelectorAll('.locator__neighbours li')].map((item) => [
      text(item.querySelector('a')),
      item.querySelector('a')?.getAttribute('href'),
      text(item.querySelector('[data-state]')),
    ]);
    expect(neighbours).toEqual([
      ['Cleveland', '/forces/cleveland/', '1'],
      ['Cumbria', '/forces/cumbria/', '3'],
      ['North Yorkshire', '/forces/north-yorkshire/', 'No response'],
      ['Northumbria', '/forces/northumbria/', '6'],
    ]);
  });

  it('mark SPOs’ start on the offences chart and give every year, with the part year said', () => {
    const durham = page('durham');
    expect(text(durham.querySelector('#offences .spo-chart__annotation--event'))).toBe('SPOs introduced');
    const years = Object.fromEntries([...durham.querySelectorAll('tr[data-year]')].map((row) => [row.getAttribute('data-year'), text(row.querySelector('td'))]));
    const quarters = model.offences.filter((row) => row.forceCode === bySlug('durham').code);
    const lastYear = quarters.map((row) => row.financialYear).sort().at(-1) ?? '';
    const ofYear = (year: string) => quarters.filter((row) => row.financialYear === year);
    const total = (year: string) => ofYear(year).reduce((sum, row) => sum + row.offences, 0).toLocaleString('en-GB');
    const previousYear = [...new Set(quarters.map((row) => row.financialYear))].sort().at(-2) ?? '';
    expect(years[previousYear]).toBe(total(previousYear));
    expect(years[lastYear]).toBe(ofYear(lastYear).length === 4 ? total(lastYear) : `Part year (${ofYear(lastYear).length} of 4 quarters so far)`);
    expect(durham.querySelectorAll('details tr[data-quarter]').length).toBe(Object.keys(years).length * 4);
  });

  it('link to the previous and next force alphabetically', () => {
    const sorted = [...model.forces].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    sorted.forEach((force, index) => {
      const nav = page(force.slug).querySelector('nav.force-nav');
      expect(nav?.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null).toBe(index > 0 ? forcePath(sorted[index - 1]!) : null);
      expect(nav?.querySelector('a[rel="next"]')?.getAttribute('href') ?? null).toBe(index < sorted.length - 1 ? forcePath(sorted[index + 1]!) : null);
    });
  });
});

describe('links on the force pages and /forces/', () => {
  const parsed = new Map<string, Document>();
  const parse = (path: string): Document => {
    let document = parsed.get(path);
    if (document === undefined) {
      document = builtPage(path);
      parsed.set(path, document);
    }
    return document;
  };

  function resolves(href: string, from: string): boolean {
    const url = new URL(href, `https://site.test${from}`);
    if (url.origin !== 'https://site.test') return true;
    const file = join(distDir, decodeURIComponent(url.pathname));
    const exists = url.pathname.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file);
    if (!exists) return false;
    if (url.hash === '' || !url.pathname.endsWith('/')) return true;
    return parse(url.pathname).getElementById(decodeURIComponent(url.hash.slice(1))) !== null;
  }

  it('all resolve to built files and, for #fragments, to elements that exist', () => {
    const broken: string[] = [];
    for (const path of ['/forces/', ...model.forces.map(forcePath)]) {
      for (const link of parse(path).querySelectorAll('main a[href]')) {
        const href = link.getAttribute('href') ?? '';
        if (!resolves(href, path)) broken.push(`${path} -> ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('force data files', () => {
  const csv = (path: string) => Papa.parse<Record<string, string>>(readFileSync(join(distDir, path), 'utf8'), { header: true, skipEmptyLines: true }).data;

  it('give every SPO row of the force with its status, blanks blank, linked from its page', () => {
    for (const force of model.forces) {
      const path = `/data/forces/${force.slug}-spo-figures.csv`;
      expect(page(force.slug).querySelector(`a[href="${path}"]`)).not.toBeNull();
      const rows = csv(path);
      const expected = model.figures.filter((figure) => figure.forceCode === force.code);
      expect(rows.map((row) => [row['dataset_id'], row['status'], row['applications']])).toEqual(
        expected.map((figure) => [figure.datasetId, figure.status, figure.applications === null ? '' : String(figure.applications)]),
      );
    }
    const lincolnshire = csv('/data/forces/lincolnshire-spo-figures.csv').find((row) => row['dataset_id'] === 'bbc-foi-2021');
    expect(lincolnshire).toMatchObject({ status: 'no_response', applications: '', granted: '', refused: '', pending: '' });
  });

  it('give every quarter of recorded offences for the force', () => {
    const durham = bySlug('durham');
    const rows = csv('/data/forces/durham-stalking-offences.csv');
    const expected = model.offences.filter((row) => row.forceCode === durham.code);
    expect(rows).toHaveLength(expected.length);
    expect(rows.every((row) => row['force_code'] === durham.code)).toBe(true);
    expect(rows.reduce((sum, row) => sum + Number(row['offences']), 0)).toBe(expected.reduce((sum, row) => sum + row.offences, 0));
  });

  it('serve the force areas for "use my location" as one compact file', () => {
    const file = JSON.parse(readFileSync(join(distDir, 'data', 'force-areas.json'), 'utf8')) as { scale: number; areas: { slug: string }[] };
    expect(file.areas.map((area) => area.slug).sort()).toEqual(model.forces.map((force) => force.slug).sort());
  });
});

describe('/forces/', () => {
  const index = builtPage('/forces/');
  const rows = [...index.querySelectorAll('table[data-sortable] tbody tr')];
  const cell = (code: string, column: string) => index.querySelector(`tr[data-force="${code}"] td[data-column="${column}"]`);

  it('lists all 43 forces, each linking to its page', () => {
    expect(rows).toHaveLength(43);
    const links = rows.map((row) => row.querySelector('th a')?.getAttribute('href'));
    expect(new Set(links)).toEqual(new Set(model.forces.map(forcePath)));
  });

  it('has sortable headers and sort keys that leave missing values empty, never 0', () => {
    expect(index.querySelectorAll('thead th[data-sort]').length).toBeGreaterThanOrEqual(6);
    const lincolnshire = cell(bySlug('lincolnshire').code, 'applications');
    expect(lincolnshire?.getAttribute('data-sort-value')).toBe('');
    expect(text(lincolnshire)).toBe('No response');
    const suffolk = cell(bySlug('suffolk').code, 'applications');
    expect(suffolk?.getAttribute('data-sort-value')).toBe('0');
    expect(suffolk?.querySelector('[data-state]')?.getAttribute('data-state')).toBe('zero');
    expect(cell(bySlug('durham').code, 'applications')?.getAttribute('data-sort-value')).toBe('3');
  });

  it('marks City of London’s rate per resident with its caveat', () => {
    const city = cell(bySlug('city-of-london').code, 'offences-per-residents');
    expect(city?.querySelector('a.forces-table__caveat')?.getAttribute('href')).toBe('#forces-table-notes');
    expect(text(index.getElementById('forces-table-notes'))).toContain('about 15,000 residents');
  });

  it('has the force finder, with a link to every force that works without JavaScript', () => {
    const links = [...index.querySelectorAll('[data-finder-list] a')].map((link) => link.getAttribute('href'));
    expect(new Set(links)).toEqual(new Set(model.forces.map(forcePath)));
    expect(index.querySelector('[data-finder] input[role="combobox"]')?.getAttribute('aria-controls')).toBe(
      index.querySelector('[data-finder] [role="listbox"]')?.id,
    );
  });
});
