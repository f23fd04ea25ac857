import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { type MapDatum, renderLegend, renderMap } from '../../../src/lib/charts/map.ts';
import { datum, metricAreas, squareTopology, type FixtureForce } from './map-fixtures.ts';

const places: FixtureForce[] = ['Ashford', 'Brent', 'Crewe', 'Dover', 'Ely', 'Frome'].map((name, i) => ({
  code: `E2300090${i}`,
  name,
  slug: name.toLowerCase(),
}));
const [a, b, c, d, e, f] = places as [FixtureForce, FixtureForce, FixtureForce, FixtureForce, FixtureForce, FixtureForce];
const classes = ['Under 5', '5 to under 10', '10 or more'];
const areas: MapDatum[] = [
  datum(a, 'value', 2, 0),
  datum(b, 'value', 3, 0),
  datum(c, 'value', 12, 2),
  datum(d, 'zero', 0, null),
  datum(e, 'no_response', null, null),
  datum(f, 'value', 4, 0),
];

function legend(data: readonly MapDatum[] = areas, extra: Partial<Parameters<typeof renderLegend>[1]> = {}) {
  const { document } = parseHTML(`<!doctype html><html><body>${renderLegend(data, { classes, idPrefix: 'lg', ...extra })}</body></html>`);
  const items = Array.from(document.querySelectorAll('li.map-legend__item'));
  return {
    document,
    items,
    rows: items.map((item) => [item.querySelector('.map-legend__label')?.textContent, item.querySelector('.map-legend__count')?.textContent]),
  };
}

describe('renderLegend(areas, options)', () => {
  test('lists every class, then zero, no response and not covered, with the count of forces in each', () => {
    expect(legend().rows).toEqual([
      ['Under 5', '(3 forces)'],
      ['5 to under 10', '(0 forces)'],
      ['10 or more', '(1 force)'],
      ['No applications', '(1 force)'],
      ['No response', '(1 force)'],
      ['Not covered', '(0 forces)'],
    ]);
  });

  test('adds "no figure" only when some force has no figure', () => {
    const withNoData = [...areas.slice(0, 5), datum(f, 'no_data', null, null)];
    expect(legend(withNoData).rows.at(-1)).toEqual(['No figure', '(1 force)']);
    expect(legend().rows.map(([label]) => label)).not.toContain('No figure');
  });

  test('counts add up to every force when all states are listed', () => {
    const { areas: metricData, classes: metricClasses } = metricAreas('grant-rate', places);
    const counts = legend(metricData, { classes: metricClasses, alwaysShow: ['zero', 'no_response', 'not_covered', 'no_data'] }).rows.map(
      ([, count]) => Number(/\d+/.exec(count ?? '')?.[0]),
    );
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(places.length);
  });

  test('gives each swatch the classes the map gives a force in that class or state', () => {
    const topology = squareTopology(places.map((force, i) => ({ ...force, col: i % 3, row: Math.floor(i / 3) })));
    const map = parseHTML(`<body>${renderMap(areas, topology, { metric: 'm', title: 't', description: 'd', idPrefix: 'map', classes, inset: null })}</body>`).document;
    const { items } = legend();
    const swatchClass = (index: number) => items[index]?.querySelector('svg g')?.getAttribute('class');
    expect(swatchClass(0)).toBe(map.querySelector(`[data-code="${a.code}"]`)?.getAttribute('class'));
    expect(swatchClass(2)).toBe(map.querySelector(`[data-code="${c.code}"]`)?.getAttribute('class'));
    expect(swatchClass(3)).toBe(map.querySelector(`[data-code="${d.code}"]`)?.getAttribute('class'));
    expect(swatchClass(4)).toBe(map.querySelector(`[data-code="${e.code}"]`)?.getAttribute('class'));
  });

  test('draws each texture swatch from its own pattern, with ids unique on the page', () => {
    const { document, items } = legend();
    const fill = items[4]?.querySelector('rect.shape')?.getAttribute('fill') ?? '';
    const id = /^url\(#(.+)\)$/.exec(fill)?.[1];
    expect(id).toBe('lg-no-response');
    expect(items[4]?.querySelector(`pattern[id="${id}"]`)).not.toBeNull();
    const ids = Array.from(document.querySelectorAll('[id]'), (element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('hides swatches from assistive technology, so each entry reads as its label and count', () => {
    for (const svg of legend().document.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).toBe('true');
  });

  test('names the list by its title, and takes the metric’s own wording for states', () => {
    const { document, rows } = legend(areas, { title: 'Grant rate <2021>', stateLabels: { zero: 'No decisions' } });
    const list = document.querySelector('ul');
    expect(document.getElementById(list?.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('Grant rate <2021>');
    expect(rows[3]?.[0]).toBe('No decisions');
  });
});
