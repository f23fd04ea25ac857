// The built force pages, /forces/ and the files behind them, checked against
// the data folder: every figure with its period, state and source; zeros,
// no response and not covered kept apart; disagreements said beside the
// numbers; the small-population caveat; links, titles and canonical URLs.
// Which forces show what is worked out from the data folder, never named here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { Force, SpoFigure } from '../../src/lib/data/types.ts';
import { dataCsv, figuresOf, headlineDataset, stateIn, type Row } from '../support/data-files.ts';
import { builtPage, distDir } from '../support/dist.ts';
import { loadRealModel, testDataDir } from '../support/real-data.ts';

const model = loadRealModel();
const forcePath = (force: Force) => `/forces/${force.slug}/`;
const byCode = (code: string | undefined): Force => {
  const force = model.forces.find((candidate) => candidate.code === code);
  if (force === undefined) throw new Error(`no force ${code}`);
  return force;
};

const headlineId = headlineDataset().id!;
const headlineRows = figuresOf(headlineId);
const datasetRow = (id: string | undefined): Row => {
  const found = dataCsv('spo_datasets.csv').find((row) => row.id === id);
  if (found === undefined) throw new Error(`no dataset ${id}`);
  return found;
};
const sourceRow = (id: string | undefined): Row => {
  const found = dataCsv('sources.csv').find((row) => row.id === id);
  if (found === undefined) throw new Error(`no source ${id}`);
  return found;
};
const shortTitle = (datasetId: string | undefined) => datasetRow(datasetId).short_title!;
const applicationsPhrase = (count: string | undefined) => `${Number(count).toLocaleString('en-GB')} application${count === '1' ? '' : 's'}`;
const sharedMeasures = (a: Row, b: Row) => {
  const measuresOf = (row: Row) => datasetRow(row.dataset_id).measures!.split('|');
  return measuresOf(a).filter((measure) => measuresOf(b).includes(measure) && a[measure] !== '' && b[measure] !== '');
};

/**
 * Pairs of one force's reported application counts from two datasets that describe the same months: both
 * dated, starting within a month and ending within half a year of each other (the court data's first 12
 * months against a force's reply to spring 2021), or over exactly the same dates.
 */
const samePeriodPairs: [Row, Row][] = (() => {
  const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  const dated = dataCsv('spo_figures.csv').filter((row) => row.status === 'reported' && row.applications !== '' && row.period_start && row.period_end);
  return dated.flatMap((a, index) =>
    dated.slice(index + 1).flatMap((b): [Row, Row][] =>
      a.force_code === b.force_code && a.dataset_id !== b.dataset_id && days(a.period_start!, b.period_start!) <= 31 && days(a.period_end!, b.period_end!) <= 183 ? [[a, b]] : []));
})();

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

  it('open each headline with the force’s figure in the headline round, as the data gives it', () => {
    for (const force of model.forces) {
      const row = headlineRows.find((figure) => figure.force_code === force.code);
      if (row?.status !== 'reported' || row.applications === '') continue;
      const count = Number(row.applications);
      const claim = count === 0
        ? `${force.name} made no applications for Stalking Protection Orders`
        : `${force.name} applied for ${count.toLocaleString('en-GB')} Stalking Protection Order${count === 1 ? '' : 's'}`;
      // The period as its label gives it, after "from", "over" or "in" ("Since …" reads "since …").
      const label = row.period_label!;
      const periods = [`from ${label}`, `over ${label}`, `in ${label}`, label.replace(/^Since\b/, 'since')];
      const sentence = headline(force.slug).split('.')[0]!.replace(/^According to [^,]+, /, '');
      expect(periods.map((period) => `${claim} ${period}`), force.name).toContain(sentence);
    }
  });

  it('state once, in the headline, each difference between two sources’ figures for the same months, with both figures', () => {
    const differing = samePeriodPairs.filter(([a, b]) => a.applications !== b.applications);
    expect(differing.length).toBeGreaterThan(0);
    for (const [a, b] of differing) {
      const force = byCode(a.force_code);
      const side = (row: Row) => `${shortTitle(row.dataset_id)}: ${applicationsPhrase(row.applications)}`;
      const said = [`${side(a)}; ${side(b)}`, `${side(b)}; ${side(a)}`].find((pair) => headline(force.slug).includes(pair));
      expect(said, `${force.name}: ${side(a)} / ${side(b)}`).toBeDefined();
      expect(text(page(force.slug).querySelector('main')).split(said!), force.name).toHaveLength(2);
      expect(headline(force.slug), force.name).toMatch(/Two sources (give different figures|contradict each other)/);
    }
  });

  it('show each source’s figure side by side where a force has several, never their sum or average', () => {
    let checked = 0;
    for (const force of model.forces) {
      const reported = model.figures.filter((figure) => figure.forceCode === force.code && figure.status === 'reported' && figure.applications !== null);
      if (reported.length < 2) continue;
      const document = page(force.slug);
      for (const figure of reported) {
        const cells = [...document.querySelectorAll(`[data-dataset="${figure.datasetId}"] [data-measure="applications"] [data-state]`)].map(text);
        expect(cells, `${force.name} / ${figure.datasetId}`).toContain(figure.applications!.toLocaleString('en-GB'));
      }
      // Every applications figure shown, in the tables and in the headline's sentences, is one a source gave: never a sum or an average.
      const given = new Set(reported.map((figure) => figure.applications!.toLocaleString('en-GB')));
      const inTables = [...document.querySelectorAll('#figures [data-measure="applications"] [data-state="value"], #figures [data-measure="applications"] [data-state="zero"]')].map(text);
      const inHeadline = [...headline(force.slug).matchAll(/applied for ([\d,]+)|([\d,]+) applications?\b/g)].map((match) => match[1] ?? match[2]!);
      for (const value of [...inTables, ...inHeadline]) expect([...given], `${force.name}: ${value}`).toContain(value);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('say where two sources give the same figures for the same months, zeros as real zeros, and never call them different', () => {
    const agreeing = samePeriodPairs.filter(([a, b]) => sharedMeasures(a, b).every((measure) => a[measure] === b[measure]));
    expect(agreeing.length).toBeGreaterThan(0);
    for (const [a, b] of agreeing) {
      const force = byCode(a.force_code);
      const titles = [shortTitle(a.dataset_id), shortTitle(b.dataset_id)];
      const said = [...page(force.slug).querySelectorAll('[data-comparison="agree"]')].map(text);
      expect(said.some((sentence) => titles.every((title) => sentence.includes(title)) && sentence.includes(`${applicationsPhrase(a.applications)} each`)), `${force.name}: ${titles.join(' / ')}`).toBe(true);
      const disagreeing = [...page(force.slug).querySelectorAll('[data-comparison="disagree"]')].map(text);
      expect(disagreeing.some((sentence) => titles.every((title) => sentence.includes(title))), force.name).toBe(false);
      if (a.applications === '0') {
        for (const row of [a, b]) expect(rowCells(datasetArticle(force.slug, row.dataset_id!)!).some((cells) => cells['applications'] === '0|zero'), `${force.name} / ${row.dataset_id}`).toBe(true);
      }
    }
  });

  it.runIf(headlineRows.some((row) => row.status === 'no_response'))('say a force that did not reply to the headline round did not, never a zero, and leave it unranked', () => {
    const headlineDataset = datasetRow(headlineId);
    const didNotReply = headlineDataset.when_no_response || `did not answer ${sourceRow(headlineDataset.source_id).attribution}`;
    for (const row of headlineRows.filter((figure) => figure.status === 'no_response')) {
      const force = byCode(row.force_code);
      expect(rowCells(datasetArticle(force.slug, headlineId)!), force.name).toEqual([{ state: 'No response|no_response' }]);
      expect(headline(force.slug)).toContain(`${force.name} ${didNotReply}`);
      expect(headline(force.slug)).toContain('That is not the same as zero.');
      const standing = page(force.slug).querySelector('[data-standing="applications"]');
      expect(text(standing?.querySelector('.standing__figure [data-state]'))).toBe('No response');
      expect(standing?.querySelector('.standing__rank')?.getAttribute('data-rank')).toBe('');
      expect(text(standing?.querySelector('.standing__rank'))).toBe('Not ranked');
    }
  });

  it.runIf(model.forces.some((force) => stateIn(headlineId, force.code) === 'not_covered'))('say a force the headline round does not cover is not covered by it', () => {
    const headlineDataset = datasetRow(headlineId);
    const notCovered = headlineDataset.when_not_covered || `is not covered by ${headlineDataset.short_title}`;
    for (const force of model.forces.filter((candidate) => stateIn(headlineId, candidate.code) === 'not_covered')) {
      expect(rowCells(datasetArticle(force.slug, headlineId)!), force.name).toEqual([{ state: 'Not covered|not_covered' }]);
      expect(headline(force.slug)).toContain(`${force.name} ${notCovered}`);
    }
  });

  it('show each figure’s note beside it, under its source', () => {
    let notes = 0;
    for (const row of dataCsv('spo_figures.csv').filter((figure) => figure.note !== '')) {
      const force = byCode(row.force_code);
      expect(text(datasetArticle(force.slug, row.dataset_id!)), `${force.name} / ${row.dataset_id}`).toContain(row.note!.replace(/\s+/g, ' ').trim());
      notes += 1;
    }
    expect(notes).toBeGreaterThan(0);
  });

  it('give the rate per resident a caveat exactly where the area has under 50,000 residents', () => {
    const latest = dataCsv('population.csv').map((row) => row.reference_date!).sort().at(-1);
    const small = new Set(dataCsv('population.csv').filter((row) => row.reference_date === latest && Number(row.population) < 50_000).map((row) => row.force_code));
    for (const force of model.forces) {
      const caveats = page(force.slug).querySelectorAll('.standing__caveat');
      expect(caveats, force.name).toHaveLength(small.has(force.code) ? 1 : 0);
      if (small.has(force.code)) expect(text(caveats[0]?.closest('[data-standing]')?.querySelector('.standing__caveat'))).toMatch(/residents/);
    }
  });

  it('show a locator map with the force highlighted and its neighbours listed, each with its headline-round figure and link', () => {
    const topology = JSON.parse(readFileSync(join(testDataDir, 'geo', 'police-force-areas.topo.json'), 'utf8')) as Topology;
    const areas = (topology.objects['police_force_areas'] as GeometryCollection).geometries;
    const codeOf = (index: number) => (areas[index]?.properties as { code: string }).code;
    const adjacent = neighbors(areas as Parameters<typeof neighbors>[0]);
    for (const index of areas.keys()) {
      const force = byCode(codeOf(index));
      const document = page(force.slug);
      const map = document.querySelector('svg.spo-locator');
      expect(map?.getAttribute('role')).toBe('img');
      expect(map?.querySelector('.area--focus')?.getAttribute('data-code')).toBe(force.code);
      const listed = [...document.querySelectorAll('.locator__neighbours li')];
      const expected = (adjacent[index] ?? []).map((other) => byCode(codeOf(other))).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
      expect(listed.map((item) => item.getAttribute('data-code')), force.name).toEqual(expected.map((other) => other.code));
      for (const item of listed) {
        const other = byCode(item.getAttribute('data-code') ?? '');
        expect(item.querySelector('a')?.getAttribute('href')).toBe(forcePath(other));
        expect(text(item.querySelector('a'))).toBe(other.name);
        const row = headlineRows.find((figure) => figure.force_code === other.code);
        const shown = row?.status === 'reported' ? Number(row.applications).toLocaleString('en-GB') : row?.status === 'no_response' ? 'No response' : 'Not covered';
        expect(text(item.querySelector('[data-state]')), `${force.name}: ${other.name}`).toBe(shown);
      }
    }
  });

  it('mark SPOs’ start on the offences chart and give every year, with the part year said', () => {
    for (const force of model.forces) {
      const document = page(force.slug);
      expect(text(document.querySelector('#offences .spo-chart__annotation--event')), force.name).toBe('SPOs introduced');
      const years = Object.fromEntries([...document.querySelectorAll('tr[data-year]')].map((row) => [row.getAttribute('data-year'), text(row.querySelector('td'))]));
      const quarters = model.offences.filter((row) => row.forceCode === force.code);
      const lastYear = quarters.map((row) => row.financialYear).sort().at(-1) ?? '';
      const ofYear = (year: string) => quarters.filter((row) => row.financialYear === year);
      const total = (year: string) => ofYear(year).reduce((sum, row) => sum + row.offences, 0).toLocaleString('en-GB');
      const previousYear = [...new Set(quarters.map((row) => row.financialYear))].sort().at(-2) ?? '';
      expect(years[previousYear], force.name).toBe(total(previousYear));
      expect(years[lastYear], force.name).toBe(ofYear(lastYear).length === 4 ? total(lastYear) : `Part year (${ofYear(lastYear).length} of 4 quarters so far)`);
      expect(document.querySelectorAll('details tr[data-quarter]').length, force.name).toBe(Object.keys(years).length * 4);
    }
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
    const missing = model.figures.filter((figure) => figure.status !== 'reported');
    expect(missing.length).toBeGreaterThan(0);
    for (const figure of missing) {
      const row = csv(`/data/forces/${byCode(figure.forceCode).slug}-spo-figures.csv`).find((candidate) => candidate['dataset_id'] === figure.datasetId);
      expect(row, `${figure.forceCode} / ${figure.datasetId}`).toMatchObject({ status: figure.status, applications: '', granted: '', refused: '', pending: '' });
    }
  });

  it('give every quarter of recorded offences for the force', () => {
    for (const force of model.forces) {
      const rows = csv(`/data/forces/${force.slug}-stalking-offences.csv`);
      const expected = model.offences.filter((row) => row.forceCode === force.code);
      expect(rows, force.name).toHaveLength(expected.length);
      expect(rows.every((row) => row['force_code'] === force.code), force.name).toBe(true);
      expect(rows.reduce((sum, row) => sum + Number(row['offences']), 0), force.name).toBe(expected.reduce((sum, row) => sum + row.offences, 0));
    }
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
    for (const force of model.forces) {
      const row = headlineRows.find((figure) => figure.force_code === force.code);
      const applications = cell(force.code, 'applications');
      if (row?.status === 'reported') {
        expect(applications?.getAttribute('data-sort-value'), force.name).toBe(row.applications);
        expect(applications?.querySelector('[data-state]')?.getAttribute('data-state'), force.name).toBe(row.applications === '0' ? 'zero' : 'value');
      } else {
        expect(applications?.getAttribute('data-sort-value'), force.name).toBe('');
        expect(text(applications), force.name).toBe(row?.status === 'no_response' ? 'No response' : 'Not covered');
      }
    }
  });

  it('marks which dataset each column of SPO figures comes from: the headline round’s measures, and every other all-forces round', () => {
    const datasetOf = (column: string) => index.querySelector(`thead th[data-column="${column}"]`)?.getAttribute('data-dataset');
    expect(datasetOf('applications')).toBe(headlineId);
    const rounds = dataCsv('spo_datasets.csv').filter((dataset) => dataset.scope === 'all_forces' && dataset.measures!.split('|').includes('applications'));
    for (const dataset of rounds) {
      expect(index.querySelector(`thead th[data-dataset="${dataset.id}"]`), dataset.id).not.toBeNull();
      const cells = index.querySelectorAll(`tbody td[data-dataset="${dataset.id}"]`);
      expect(cells.length % model.forces.length, dataset.id).toBe(0);
      expect(cells.length, dataset.id).toBeGreaterThan(0);
    }
    // Recorded offences and the rate per resident come from no SPO dataset.
    expect(datasetOf('offences')).toBeNull();
  });

  it('marks the rate per resident of an area with under 50,000 residents with its caveat', () => {
    const latest = dataCsv('population.csv').map((row) => row.reference_date!).sort().at(-1);
    const small = dataCsv('population.csv').filter((row) => row.reference_date === latest && Number(row.population) < 50_000);
    expect(small.length).toBeGreaterThan(0);
    for (const row of small) {
      expect(cell(row.force_code!, 'offences-per-residents')?.querySelector('a.forces-table__caveat')?.getAttribute('href')).toBe('#forces-table-notes');
    }
    expect(text(index.getElementById('forces-table-notes'))).toMatch(/residents/);
  });

  it('has the force finder, with a link to every force that works without JavaScript', () => {
    const links = [...index.querySelectorAll('[data-finder-list] a')].map((link) => link.getAttribute('href'));
    expect(new Set(links)).toEqual(new Set(model.forces.map(forcePath)));
    expect(index.querySelector('[data-finder] input[role="combobox"]')?.getAttribute('aria-controls')).toBe(
      index.querySelector('[data-finder] [role="listbox"]')?.id,
    );
  });
});
