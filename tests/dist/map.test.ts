// The built map pages: one page per measure and layout, each a complete map
// (43 force links, legend, panel, summary, table and links to every other
// view) that works without JavaScript; the home page shows the default
// measure; a force with no figure is never drawn, sorted or described as zero.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/lib/metrics/index.ts';
import { buildMapViews } from '../../src/lib/views/map.ts';
import { MAP_LAYOUTS, mapPath } from '../../src/lib/views/routes.ts';
import { applicationRounds, figuresOf, headlineDataset, stateIn } from '../support/data-files.ts';
import { builtFile, builtPage } from '../support/dist.ts';
import { loadRealModel, testDataDir } from '../support/real-data.ts';
import { join } from 'node:path';
import Papa from 'papaparse';

const model = loadRealModel();
/** The measures the data gives the map: each all-forces round's, and recorded stalking per resident. */
const MAP_METRIC_IDS = buildMapViews(model, computeMetrics(model)).map((view) => view.id);

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function mapView(page: Document): Element {
  const views = page.querySelectorAll('[data-map-view]');
  expect(views.length).toBe(1);
  return views[0] as Element;
}

const links = (view: Element) => [...view.querySelectorAll('svg a.area')];

describe('every map page', () => {
  for (const metric of MAP_METRIC_IDS) {
    for (const layout of MAP_LAYOUTS) {
      const path = mapPath(metric, layout);
      describe(path, () => {
        const page = builtPage(path);
        const view = mapView(page);

        it('draws the measure in the layout with one link per force to its page', () => {
          const svg = view.querySelector('svg.spo-map');
          expect(svg?.getAttribute('data-metric')).toBe(metric);
          expect(svg?.getAttribute('data-layout')).toBe(layout);
          const areas = links(view);
          expect(areas).toHaveLength(43);
          expect(new Set(areas.map((area) => area.getAttribute('data-code'))).size).toBe(43);
          for (const area of areas) expect(area.getAttribute('href')).toBe(`/forces/${area.getAttribute('data-slug')}/`);
        });

        it('has a title, the legend, a panel, a summary, 43 panel templates and a table of 43 rows', () => {
          const heading = text(view.querySelector('h2'));
          expect(text(page.querySelector('title'))).toContain(heading);
          expect(view.querySelector('.map-legend li')).not.toBeNull();
          expect(text(view.querySelector('[data-map-panel]'))).not.toBe('');
          expect(text(view.querySelector('[data-map-summary]'))).toMatch(/forces have a figure/);
          expect(view.querySelectorAll('template[data-panel-for]')).toHaveLength(43);
          const table = view.querySelector('table[data-sortable]');
          expect(text(table?.querySelector('caption'))).toContain(heading);
          expect(table?.querySelectorAll('tbody tr')).toHaveLength(43);
          for (const header of table?.querySelectorAll('thead th') ?? []) expect(header.getAttribute('scope')).toBe('col');
          expect(table?.querySelectorAll('tbody th[scope="row"] a')).toHaveLength(43);
        });

        it('links to every other measure and to the other layout, marking the current ones', () => {
          const switchLinks = [...view.querySelectorAll('a[data-map-link]')];
          const hrefs = switchLinks.map((link) => link.getAttribute('href'));
          for (const other of MAP_METRIC_IDS) expect(hrefs).toContain(mapPath(other, layout));
          for (const other of MAP_LAYOUTS) expect(hrefs).toContain(mapPath(metric, other));
          const current = switchLinks.filter((link) => link.getAttribute('aria-current') === 'true').map((link) => link.getAttribute('href'));
          expect(current).toEqual([mapPath(metric, layout), mapPath(metric, layout)]);
        });

        it('counts every force once in the legend', () => {
          const counts = [...view.querySelectorAll('.map-legend__count')].map((count) => Number(/\d+/.exec(text(count))?.[0]));
          expect(counts.reduce((sum, count) => sum + count, 0)).toBe(43);
        });

        it('gives the arrow keys a target list that covers every force and points only at forces on the map', () => {
          const codes = new Set(links(view).map((area) => area.getAttribute('data-code')));
          const entries = (view.getAttribute('data-nav') ?? '').split(';').map((entry) => entry.split(':'));
          expect(new Set(entries.map(([code]) => code))).toEqual(codes);
          for (const [, targets = ''] of entries) {
            for (const target of targets.split(',').filter(Boolean)) expect(codes.has(target)).toBe(true);
          }
        });

        it('never styles or sorts a force without a figure as zero', () => {
          for (const area of view.querySelectorAll('svg .area[data-code]')) {
            const state = area.getAttribute('data-state') ?? '';
            expect(area.getAttribute('class')).toContain(`state-${state.replaceAll('_', '-')}`);
            if (['no_response', 'not_covered', 'no_data'].includes(state)) {
              expect(area.getAttribute('class')).not.toContain('state-zero');
              expect(area.hasAttribute('data-value')).toBe(false);
              expect(area.querySelector('.shape')?.getAttribute('fill')).toMatch(/^url\(#/);
            }
          }
          for (const row of view.querySelectorAll('tbody tr')) {
            const state = row.getAttribute('data-state');
            const value = row.querySelector('td')?.getAttribute('data-sort-value');
            // A rate on too few decisions keeps its number for sorting but, like a missing figure, no colour.
            const tooFew = (row.textContent ?? '').includes('too few decisions to compare');
            if (['no_response', 'not_covered', 'no_data'].includes(state ?? '') && !tooFew) expect(value).toBe('');
            if (state === 'zero') expect(value).toBe('0');
          }
        });

        it('uses no inline styles or scripts', () => {
          expect(view.querySelectorAll('[style]')).toHaveLength(0);
          for (const script of page.querySelectorAll('script')) expect(script.getAttribute('src')).toMatch(/^\/_astro\//);
        });
      });
    }
  }
});

describe('the default measure on the home page', () => {
  const page = builtPage('/');
  const view = mapView(page);

  it('shows applications per 1,000 offences on the geographic map', () => {
    expect(view.getAttribute('data-metric')).toBe('applications-per-offences');
    expect(view.querySelector('svg.spo-map')?.getAttribute('data-layout')).toBe('geo');
    expect(links(view)).toHaveLength(43);
  });

  it('shows each force without a headline-round figure in its state, a reported zero as a real zero, and names those that did not respond', () => {
    const headline = headlineDataset();
    const state = (name: string) => view.querySelector(`svg a.area[data-name="${name}"]`)?.getAttribute('class');
    const classOf = { no_response: 'state-no-response', not_covered: 'state-not-covered' } as Record<string, string>;
    for (const force of model.forces) {
      const row = figuresOf(headline.id).find((figure) => figure.force_code === force.code);
      const status = stateIn(headline.id, force.code);
      if (status !== 'reported') expect(state(force.name), force.name).toContain(classOf[status]);
      else if (row?.applications === '0') expect(state(force.name), force.name).toContain('state-zero');
      else expect(state(force.name), force.name).not.toContain('state-zero');
    }
    const noReply = model.forces.filter((force) => stateIn(headline.id, force.code) === 'no_response').map((force) => force.name).sort((a, b) => a.localeCompare(b, 'en-GB'));
    if (noReply.length > 0) {
      const list = noReply.length === 1 ? noReply[0]! : `${noReply.slice(0, -1).join(', ')} and ${noReply.at(-1)}`;
      expect(text(view.querySelector('[data-map-summary]'))).toContain(`${list} did not respond`);
    }
  });

  it('links to every other round’s measures, the other measures and the tile layout, which need no script', () => {
    const headline = headlineDataset();
    const hrefs = [...view.querySelectorAll('a[data-map-link]')].map((link) => link.getAttribute('href'));
    const others = applicationRounds().filter((dataset) => dataset.id !== headline.id).map((dataset) => `/map/${dataset.id}/`);
    const grantRate = headline.measures!.split('|').includes('refused') ? ['/map/grant-rate/'] : [];
    expect(hrefs).toEqual(expect.arrayContaining(['/map/applications/', ...grantRate, ...others, '/map/offences-per-residents/', '/map/applications-per-offences/tiles/']));
  });
});

describe('map styles', () => {
  it('colour the map and legend from the theme variables in /styles/theme.css', () => {
    const css = readFileSync(builtFile('/styles/theme.css'), 'utf8');
    expect(css).toContain('.spo-map .q1 .shape');
    expect(css).toContain('var(--chart-seq-1)');
    expect(css).toContain('.spo-map .area.is-active .shape');
  });
});

describe('the key to the tiles', () => {
  const cells = Papa.parse<{ code: string; abbr: string }>(readFileSync(join(testDataDir, 'geo', 'tile-grid.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const names = new Map(model.forces.map((force) => [force.code, force.name]));

  it.each(MAP_METRIC_IDS)('under the equal tiles of %s, spells out every tile’s letters as its force’s name', (metric) => {
    const key = mapView(builtPage(mapPath(metric, 'tiles'))).querySelector('[data-tile-key]');
    const entries = [...(key?.querySelectorAll('dt') ?? [])].map((term) => `${text(term)} = ${text(term.nextElementSibling)}`);
    expect(entries.sort()).toEqual(cells.map((cell) => `${cell.abbr} = ${names.get(cell.code)}`).sort());
  });

  it.each(MAP_METRIC_IDS)('is left out under the real areas of %s, which have no letters to explain', (metric) => {
    expect(mapView(builtPage(mapPath(metric, 'geo'))).querySelector('[data-tile-key]')).toBeNull();
  });
});
