// The built story against the data files, read here on their own with
// papaparse (not through the site's loader), so a wrong sum or a missing
// figure drawn as zero in the site's code cannot also hide in the test. The
// home page leads with the finding, the map and two charts; the headline
// figures live on /methodology/, and every chart (rankings, the zero table)
// on its own embed page.
import { describe, expect, it } from 'vitest';
import { dataCsv as csv, figuresOf, headlineDataset, otherBasisDataset, stateIn, wholeQuarters, type Row } from '../support/data-files.ts';
import { builtPage } from '../support/dist.ts';

const forces = csv('forces.csv');
const figures = csv('spo_figures.csv');
const nationalFigures = csv('national_figures.csv');
const offences = csv('stalking_offences.csv');
/** The round the story leads with, and the figures on another basis it sets beside it, as spo_datasets.csv marks them. */
const headline = headlineDataset();
const otherBasis = otherBasisDataset();
const page = builtPage('/');
const methodologyPage = builtPage('/methodology/');
const embedPage = (id: string) => builtPage(`/embed/${id}/`);
/** A ranking's every bar lives on in its download; its embed shows the top and bottom. */
const chartDownload = (id: string) => builtPage(`/downloads/charts/${id}.svg`).querySelector('svg')!;

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const count = (value: number) => value.toLocaleString('en-GB');
const nameOf = (code: string) => forces.find((force) => force.code === code)?.name ?? code;

function card(id: string): Element {
  const found = methodologyPage.querySelector(`[data-figure="${id}"]`);
  if (found === null) throw new Error(`No headline card ${id}`);
  return found;
}

function national(id: string): Row {
  const row = nationalFigures.find((candidate) => candidate.id === id);
  if (row === undefined) throw new Error(`No national figure ${id} in data/national_figures.csv`);
  return row;
}

/** Each force's state in the headline round: its reported row, or no_response, or not_covered when it has none. */
const foiState = (code: string) => stateIn(headline.id, code);

describe('headline figures match the data files', () => {
  it('shows each national figure exactly as national_figures.csv prints it, with its period', () => {
    for (const id of [
      'court_spos_issued_first_year',
      'ons_stalking_offences_first_year',
      'forces_no_applications_first_year',
      'forces_five_or_fewer_first_year',
      'granted_per_refused_first_year',
      'charge_rate_fall_2016_2020',
    ]) {
      const row = national(id);
      const shown = card(id);
      expect(text(shown.querySelector('.headline-card__value')), id).toBe(row.value!.replace(/\s*->\s*/g, ' → '));
      // The period opens its sentence, so it may gain a capital letter.
      const period = row.period!.replace(/\s*->\s*/g, ' → ').replace(/ - /g, ' – ').replace(/\by\/e\b/g, 'year ending');
      expect(text(shown).toLowerCase(), id).toContain(period.toLowerCase());
    }
  });

  it('sums recorded stalking offences over the whole quarters of the period of the figures on another basis (the court data’s first year)', () => {
    const reported = figuresOf(otherBasis?.id).filter((row) => row.status === 'reported');
    const starts = reported.flatMap((row) => (row.period_start ? [row.period_start] : [])).sort();
    const ends = reported.flatMap((row) => (row.period_end ? [row.period_end] : [])).sort();
    const window = wholeQuarters(starts[0]!, ends.at(-1)!);
    if (window === null) throw new Error('no whole quarter in the period of the figures on another basis');
    const rows = offences.filter((row) => window.keys.has(`${row.financial_year} ${row.quarter}`));
    expect(rows).toHaveLength(forces.length * window.keys.size);
    const total = rows.reduce((sum, row) => sum + Number(row.offences), 0);
    const shown = card('recorded-offences');
    expect(text(shown.querySelector('.headline-card__value'))).toBe(count(total));
    expect(text(shown)).toContain(window.label);
  });

  it('totals the headline round’s applications and grants over the forces that replied, and counts those that did not', () => {
    const reported = figuresOf(headline.id).filter((row) => row.status === 'reported');
    const sum = (column: string) => reported.reduce((total, row) => total + Number(row[column]), 0);
    const noResponse = forces.filter((force) => foiState(force.code!) === 'no_response').map((force) => force.name!);
    const notCovered = forces.filter((force) => foiState(force.code!) === 'not_covered').map((force) => force.name!);
    const shown = card('foi-totals');
    expect(text(shown.querySelector('.headline-card__value'))).toBe(count(sum('applications')));
    expect(text(shown)).toContain(`${count(sum('granted'))} of them granted (our sum of the figures of the ${reported.length} forces`);
    for (const name of [...noResponse, ...notCovered]) expect(text(shown)).toContain(name);
    expect(noResponse.length + notCovered.length + reported.length).toBe(forces.length);
  });

  it('names under the count of forces with no applications exactly the zeros of the figures on another basis (the court data)', () => {
    const zeros = figuresOf(otherBasis?.id)
      .filter((row) => row.status === 'reported' && row.applications === '0')
      .map((row) => nameOf(row.force_code!));
    const detail = text(card('forces_no_applications_first_year').querySelector('.headline-card__detail'));
    for (const name of zeros) expect(detail).toContain(name);
    expect(detail.split(/, | and /)).toHaveLength(zeros.length);
  });
});

/**
 * Checks that every text with a digit in the blocks, outside charts and link
 * text, sits inside a [data-cites] block with a link to a source; returns how
 * many texts it checked and the blocks that cited them.
 */
function expectNumbersCited(blocks: readonly Element[]): { checked: number; citing: Set<Element> } {
  let checked = 0;
  const citing = new Set<Element>();
  for (const block of blocks) {
    const walker = page.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!/\d/.test(node.textContent ?? '') || parent === null || parent.closest('svg') !== null || parent.closest('a') !== null) continue;
      const cited = parent.closest('[data-cites]');
      expect(cited, `"${node.textContent?.trim()}" has no source`).not.toBeNull();
      const links = [...cited!.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') ?? '');
      expect(links.some((href) => /^https:\/\//.test(href) || /^#source-S\d+$/.test(href)), `"${node.textContent?.trim()}"`).toBe(true);
      citing.add(cited!);
      checked += 1;
    }
  }
  return { checked, citing };
}

describe('every number in the story has a source link', () => {
  const storyBlocks = [...page.querySelectorAll('[data-story]')];

  it('marks the story’s sections', () => {
    expect(storyBlocks.map((block) => block.getAttribute('data-story'))).toEqual(['lead', 'findings']);
  });

  it('puts each number outside the charts inside a block that links to its source', () => {
    expect(expectNumbersCited(storyBlocks).checked).toBeGreaterThanOrEqual(3);
  });

  it('links every in-page source reference to an entry in the page’s source list', () => {
    for (const link of page.querySelectorAll('[data-story] a[href^="#source-"]')) {
      expect(page.getElementById(link.getAttribute('href')!.slice(1)), link.getAttribute('href')!).not.toBeNull();
    }
  });

  it('gives every chart a source line', () => {
    const charts = page.querySelectorAll('figure[data-chart]');
    expect(charts.length).toBe(2);
    for (const chart of charts) expect(chart.querySelector('.chart-figure__source a[href]'), chart.id).not.toBeNull();
  });
});

describe('every number in the home page’s map has a source link', () => {
  const views = page.querySelectorAll('[data-map-view]');
  const view = views[0]!;
  const summary = view.querySelector('[data-map-summary]');
  const panel = view.querySelector('[data-map-panel]');
  const panelTemplates = [...view.querySelectorAll('template[data-panel-for]')];

  it('shows one map, with a summary, a panel and a panel for each force', () => {
    expect(views).toHaveLength(1);
    expect(text(summary)).toMatch(/\d/);
    expect(text(panel)).toMatch(/\d/);
    expect(panelTemplates).toHaveLength(forces.length);
  });

  it('puts each number in the summary, the panel and every force’s panel inside the map, whose credit line links each source', () => {
    const { checked, citing } = expectNumbersCited([summary!, panel!, ...panelTemplates]);
    expect(checked).toBeGreaterThan(forces.length);
    expect([...citing]).toEqual([view]);
    const credited = [...view.querySelectorAll('[data-map-credit="source"] a[data-source]')];
    // The default measure divides the headline round's applications by recorded offences: both sources, credited once each.
    const foiSource = headline.source_id;
    const offenceSources = [...new Set(offences.map((row) => row.source_id))];
    expect(credited.map((link) => link.getAttribute('data-source'))).toEqual([foiSource, ...offenceSources]);
    for (const link of credited) {
      const href = link.getAttribute('href') ?? '';
      expect(href).toMatch(/^https:\/\/|^#source-S\d+$/);
      if (href.startsWith('#')) expect(page.getElementById(href.slice(1)), href).not.toBeNull();
    }
  });
});

describe('rankings never draw a missing figure as zero', () => {
  const missing = forces.filter((force) => foiState(force.code!) !== 'reported').map((force) => force.name!);

  it('knows which forces have no figure in the headline round, each with no reply or not covered in the data', () => {
    expect(missing.length).toBeGreaterThan(0);
    for (const name of missing) expect(['no_response', 'not_covered']).toContain(foiState(forces.find((force) => force.name === name)!.code!));
  });

  for (const id of ['applications-by-force', 'applications-per-offences']) {
    it(`${id}: no bar, name or value for a force that did not respond or is not covered, and each listed under its embed with its state`, () => {
      for (const svg of [chartDownload(id)]) {
        const names = [...svg.querySelectorAll('.spo-chart__name text')].map(text);
        const titles = [...svg.querySelectorAll('title')].map(text);
        for (const name of missing) {
          expect(names).not.toContain(name);
          expect(titles.some((title) => title.startsWith(`${name}:`))).toBe(false);
        }
        // One value label per named bar: nothing extra that could be a stray "0".
        expect(svg.querySelectorAll('.spo-chart__value text').length).toBe(names.length);
      }
      const listed = [...embedPage(id).querySelectorAll('.unavailable li')].map(text);
      for (const name of missing) {
        const state = foiState(forces.find((force) => force.name === name)!.code!);
        expect(listed).toContain(`${name}: ${state === 'no_response' ? 'No response' : 'Not covered'}`);
      }
    });
  }

  it('labels every reported zero in the applications ranking "0"', () => {
    const zeros = figuresOf(headline.id)
      .filter((row) => row.status === 'reported' && row.applications === '0')
      .map((row) => nameOf(row.force_code!));
    const svg = chartDownload('applications-by-force');
    const names = [...svg.querySelectorAll('.spo-chart__name text')].map(text);
    const values = [...svg.querySelectorAll('.spo-chart__value text')].map(text);
    for (const name of zeros) expect(values[names.indexOf(name)], name).toBe('0');
  });
});

describe('the forces that made no applications', () => {
  it('lists in its table exactly the forces with a reported zero in any dataset', () => {
    const expected = [
      ...new Set(figures.filter((row) => row.status === 'reported' && row.applications === '0').map((row) => nameOf(row.force_code!))),
    ].sort();
    const listed = [...methodologyPage.querySelectorAll('#zero-table-caption ~ tbody th[scope="row"]')].map(text);
    expect(listed).toEqual(expected);
  });

  it('shows a force without a figure in a source as its state, never as 0', () => {
    let missing = 0;
    for (const row of methodologyPage.querySelectorAll('#zero-table-caption ~ tbody tr[data-force]')) {
      const code = row.getAttribute('data-force') ?? '';
      for (const cell of row.querySelectorAll('td[data-dataset]')) {
        const datasetId = cell.getAttribute('data-dataset') ?? '';
        const rows = figures.filter((figure) => figure.dataset_id === datasetId && figure.force_code === code);
        if (rows.some((figure) => figure.status === 'reported')) continue;
        const state = rows[0]?.status === 'no_response' ? 'no-response' : 'not-covered';
        expect(text(cell), `${nameOf(code)} / ${datasetId}`).toBe(state === 'no-response' ? 'No response' : 'Not covered');
        expect([...cell.querySelectorAll('[data-state]')].map((shown) => shown.getAttribute('data-state')), `${nameOf(code)} / ${datasetId}`).toEqual([state]);
        missing += 1;
      }
    }
    expect(missing).toBeGreaterThan(0);
  });
});

describe('recorded stalking by force (/trend/)', () => {
  const trend = builtPage('/trend/');

  it('draws one small chart per force, in name order, each once at each width', () => {
    const names = forces.map((force) => force.name!).sort((a, b) => a.localeCompare(b, 'en-GB'));
    const svgs = trend.querySelectorAll('figure[data-chart="recorded-offences-by-force"] svg[role="img"]');
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) expect([...svg.querySelectorAll('.spo-chart__name text')].map(text)).toEqual(names);
  });

  it('is linked from the home page', () => {
    expect(page.querySelector('main a[href="/trend/"]')).not.toBeNull();
  });
});
