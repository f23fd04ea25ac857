import { describe, expect, test } from 'vitest';
import { type MapDatum, type MapOptions, renderMap } from '../../../src/lib/charts/map.ts';
import { PALETTES } from '../../../src/lib/charts/palette.ts';
import { forces } from './fixtures.ts';
import { parseSvg } from './golden.ts';
import { blockFixture, datum, metricAreas, realTileGrid, realTopology, topologyForces } from './map-fixtures.ts';

const { north, east, west, south, city } = forces;

const { topology, inset, tileGrid } = blockFixture([north, east, west, south, city], ['NOR', 'EAS', 'WES', 'SOU', 'OC']);
const classes = ['Under 5', '5 or more'];
/** One force in each state. */
const areas: MapDatum[] = [
  datum(north, 'value', 7.5, 1, '7.5 per 1,000'),
  datum(east, 'zero', 0, null, 'No applications'),
  datum(west, 'no_response', null, null),
  datum(south, 'not_covered', null, null),
  datum(city, 'no_data', null, null),
];
const baseOptions: MapOptions = { metric: 'rate', title: 'Applications by force', description: 'A map.', idPrefix: 'm', classes };
const options: MapOptions = { ...baseOptions, inset, tileGrid };

function render(data: readonly MapDatum[] = areas, extra: Partial<MapOptions> = {}): SVGSVGElement {
  return parseSvg(renderMap(data, topology, { ...options, ...extra }));
}

function codesOf(elements: Iterable<Element>): string[] {
  return Array.from(elements, (element) => element.getAttribute('data-code') ?? '');
}

/** Absolute segments of path data written as "M x,y l dx,dy dx,dy … [z]". */
function segments(d: string): string[] {
  const found: string[] = [];
  for (const [, start, steps = ''] of d.matchAll(/M([-\d.]+,[-\d.]+)(?:l([^Mz]*))?z?/g)) {
    let [x, y] = (start ?? '').split(',').map(Number) as [number, number];
    for (const step of steps.trim().split(' ').filter(Boolean)) {
      const [dx, dy] = step.split(',').map(Number) as [number, number];
      const [nx, ny] = [Math.round((x + dx) * 10) / 10, Math.round((y + dy) * 10) / 10];
      found.push([`${x},${y}`, `${nx},${ny}`].sort().join(' '));
      [x, y] = [nx, ny];
    }
  }
  return found;
}

describe('renderMap(areas, topology, options) in the geo layout', () => {
  test('makes each force exactly one link, in the order of areas, with the inset forces last', () => {
    const links = render().querySelectorAll('a.area');
    expect(codesOf(links)).toEqual([north.code, east.code, west.code, south.code, city.code]);
    expect(links[0]?.getAttribute('href')).toBe(`/forces/${north.slug}/`);
  });

  test('draws the inset forces on the main map as aria-hidden copies that carry the same data and tooltip', () => {
    const svg = render();
    const copies = svg.querySelectorAll('g.area');
    expect(codesOf(copies)).toEqual([south.code, city.code]);
    for (const copy of copies) {
      expect(copy.getAttribute('aria-hidden')).toBe('true');
      expect(copy.hasAttribute('tabindex')).toBe(false);
      const link = svg.querySelector(`a[data-code="${copy.getAttribute('data-code')}"]`);
      expect(link?.closest('.inset')).not.toBeNull();
      for (const name of ['class', 'data-state', 'data-label', 'data-name', 'data-slug']) {
        expect(copy.getAttribute(name), name).toBe(link?.getAttribute(name));
      }
      expect(copy.querySelector('title')?.textContent).toBe(link?.querySelector('title')?.textContent);
    }
  });

  test('rings a force too small to see or tap in the inset, inside its link', () => {
    const svg = render();
    expect(codesOf(Array.from(svg.querySelectorAll('circle.target'), (circle) => circle.closest('a') as Element))).toEqual([city.code]);
  });

  test('marks where the inset is on the main map and labels the inset', () => {
    const svg = render();
    expect(svg.querySelectorAll('rect.locator')).toHaveLength(1);
    expect(svg.querySelector('.inset .inset-label')?.textContent).toBe(city.name);
  });

  test('draws no inset when told not to, and every force is then a link on the main map', () => {
    const svg = render(areas, { inset: null });
    expect(svg.querySelector('.inset')).toBeNull();
    expect(svg.querySelectorAll('g.area')).toHaveLength(0);
    expect(svg.querySelectorAll('a.area')).toHaveLength(5);
  });

  test('draws every internal border once and the coastline once, as separate lines', () => {
    const svg = render(areas, { inset: null });
    const borders = segments(svg.querySelector('path.borders')?.getAttribute('d') ?? '');
    const coast = segments(svg.querySelector('path.coast')?.getAttribute('d') ?? '');
    // Four unit edges inside the block, four sides of the enclave; eight edges around the outside.
    expect(borders).toHaveLength(8);
    expect(new Set(borders).size).toBe(8);
    expect(coast).toHaveLength(8);
    expect(new Set(coast).size).toBe(8);
    expect(borders.filter((segment) => coast.includes(segment))).toEqual([]);
  });

  test('writes path coordinates with at most one decimal', () => {
    const svg = render();
    for (const path of svg.querySelectorAll('path')) {
      expect(path.getAttribute('d')).not.toMatch(/\.\d\d/);
    }
  });
});

describe('renderMap encodes each state so that none can pass for another', () => {
  const svg = render(areas, { inset: null });
  const area = (code: string) => svg.querySelector(`[data-code="${code}"]`);

  test('a value gets its class colour, and only values get one', () => {
    expect(area(north.code)?.getAttribute('class')).toBe('area state-value q5');
    for (const { code } of [east, west, south, city]) expect(area(code)?.getAttribute('class')).not.toMatch(/\bq\d/);
  });

  test('a zero gets the zero style and no texture', () => {
    expect(area(east.code)?.getAttribute('class')).toBe('area state-zero');
    expect(area(east.code)?.querySelector('.shape')?.hasAttribute('fill')).toBe(false);
  });

  test('no response, not covered and no data each fill with their own texture, defined in the SVG', () => {
    const fills = [west, south, city].map(({ code }) => area(code)?.querySelector('.shape')?.getAttribute('fill'));
    expect(fills).toEqual(['url(#m-no-response)', 'url(#m-not-covered)', 'url(#m-no-data)']);
    for (const id of ['m-no-response', 'm-not-covered', 'm-no-data']) expect(svg.querySelector(`pattern#${id}`)).not.toBeNull();
    expect(area(west.code)?.getAttribute('class')).toBe('area state-no-response');
    expect(area(south.code)?.getAttribute('class')).toBe('area state-not-covered');
    expect(area(city.code)?.getAttribute('class')).toBe('area state-no-data');
  });

  test('data attributes carry the state and label, and a value only where there is a number', () => {
    expect(area(north.code)?.getAttribute('data-value')).toBe('7.5');
    expect(area(east.code)?.getAttribute('data-value')).toBe('0');
    expect(area(west.code)?.hasAttribute('data-value')).toBe(false);
    expect(area(west.code)?.getAttribute('data-state')).toBe('no_response');
    expect(area(west.code)?.getAttribute('data-label')).toBe('No response');
  });

  test('the title, which is both tooltip and accessible name, reads "Name: value"', () => {
    expect(area(north.code)?.querySelector('title')?.textContent).toBe(`${north.name}: 7.5 per 1,000`);
    expect(area(south.code)?.querySelector('title')?.textContent).toBe(`${south.name}: Not covered`);
    // A second name would make browsers expose the title as a duplicate description.
    expect(svg.querySelectorAll('[aria-label]')).toHaveLength(0);
  });
});

describe('renderMap root and options', () => {
  test('is a group named by its title and described by its desc, not an image', () => {
    const svg = render();
    expect(svg.getAttribute('role')).toBe('group');
    expect(svg.getAttribute('aria-labelledby')).toBe('m-title');
    expect(svg.getAttribute('aria-describedby')).toBe('m-desc');
    expect(svg.querySelector('title#m-title')?.textContent).toBe('Applications by force');
    expect(svg.querySelector('desc#m-desc')?.textContent).toBe('A map.');
    expect(svg.getAttribute('data-metric')).toBe('rate');
  });

  test('scopes every id by idPrefix, so two maps can share a page', () => {
    const ids = Array.from(render(areas, { idPrefix: 'second' }).querySelectorAll('[id]'), (el) => el.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^second-/);
  });

  test('escapes text and attributes', () => {
    const awkward = { ...north, name: 'Avon & "Somerset" <x>' };
    const markup = renderMap([datum(awkward, 'value', 1, 0, '1 < 2'), ...areas.slice(1)], topology, options);
    expect(markup).toContain('Avon &amp; &quot;Somerset&quot; &lt;x&gt;: 1 &lt; 2');
    expect(parseSvg(markup).querySelector(`[data-code="${north.code}"]`)?.getAttribute('data-name')).toBe('Avon & "Somerset" <x>');
  });

  test('takes the link target from options.href', () => {
    expect(render(areas, { href: (d) => `/embed/${d.slug}` }).querySelector('a.area')?.getAttribute('href')).toBe(`/embed/${north.slug}`);
  });

  test('standalone: bakes in one theme with a background and a size, and uses no CSS variables', () => {
    const markup = renderMap(areas, topology, { ...options, standalone: 'dark' });
    const svg = parseSvg(markup);
    expect(markup).not.toContain('var(');
    expect(svg.querySelector('style')?.textContent).toContain(PALETTES.dark.zero);
    expect(svg.querySelector('rect.background')).not.toBeNull();
    expect(svg.getAttribute('width')).toBe('600');
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(0);
  });

  test('is the same every time, whatever was drawn before', () => {
    const first = renderMap(areas, topology, options);
    const real = realTopology();
    const other = metricAreas('applications', topologyForces(real));
    renderMap(other.areas, real, { ...baseOptions, classes: other.classes, idPrefix: 'other' });
    expect(renderMap(areas, topology, options)).toBe(first);
  });
});

describe('renderMap refuses data that would mislead', () => {
  test.each([
    ['a force missing from the data', areas.slice(0, 4), /no datum for \[E23000907\]/],
    ['a force not in the topology', [...areas, datum(forces.coast, 'zero', 0, null)], /not in the topology: \[W15000901\]/],
    ['a force twice', [...areas, areas[0] as MapDatum], /appears twice/],
    ['a zero that is not 0', [datum(north, 'zero', 3, null), ...areas.slice(1)], /zero with value 3/],
    ['a missing figure with a number', [datum(north, 'no_response', 0, null), ...areas.slice(1)], /no_response with value 0/],
    ['a value without a class', [datum(north, 'value', 2, null), ...areas.slice(1)], /class null/],
    ['a value in a class that does not exist', [datum(north, 'value', 2, 2), ...areas.slice(1)], /class 2; expected 0 to 1/],
    ['a classed zero', [datum(north, 'zero', 0, 0), ...areas.slice(1)], /only values are classed/],
  ])('%s', (_, data, message) => {
    expect(() => renderMap(data, topology, options)).toThrow(message);
  });

  test('more classes than the ramp has colours', () => {
    expect(() => renderMap(areas, topology, { ...options, classes: ['a', 'b', 'c', 'd', 'e', 'f'] })).toThrow(/6 classes/);
  });
});

describe('renderMap(areas, topology, { layout: "tiles" })', () => {
  const svg = render(areas, { layout: 'tiles' });

  test('draws one labelled tile per force, as a link, in its grid cell', () => {
    expect(codesOf(svg.querySelectorAll('a.area'))).toEqual(areas.map((d) => d.code));
    const tile = (code: string) => svg.querySelector(`a[data-code="${code}"]`);
    expect(tile(city.code)?.querySelector('text')?.textContent).toBe('OC');
    const x = (code: string) => Number(tile(code)?.querySelector('rect')?.getAttribute('x'));
    const y = (code: string) => Number(tile(code)?.querySelector('rect')?.getAttribute('y'));
    expect(x(north.code)).toBe(x(west.code));
    expect(y(north.code)).toBe(y(east.code));
    expect(x(city.code)).toBeGreaterThan(x(south.code));
    expect(new Set(Array.from(svg.querySelectorAll('a.area rect'), (r) => r.getAttribute('width'))).size).toBe(1);
  });

  test('encodes states exactly as the geo layout does', () => {
    expect(svg.querySelector(`[data-code="${west.code}"] rect`)?.getAttribute('fill')).toBe('url(#m-no-response)');
    expect(svg.querySelector(`[data-code="${north.code}"]`)?.getAttribute('class')).toBe('area state-value q5');
  });

  test('needs a grid holding exactly the forces in the data', () => {
    expect(() => renderMap(areas, topology, { ...baseOptions, layout: 'tiles' })).toThrow(/tileGrid/);
    expect(() => renderMap(areas, topology, { ...options, layout: 'tiles', tileGrid: tileGrid.slice(1) })).toThrow(/not in the tile grid: \[E23000901\]/);
  });
});

describe('renderMap on the project topology', () => {
  const real = realTopology();
  const { areas: realAreas, classes: realClasses } = metricAreas('applications-per-offences', topologyForces(real));
  const realOptions: MapOptions = { ...baseOptions, classes: realClasses, tileGrid: realTileGrid() };

  test('links each of the 43 forces exactly once in both layouts', () => {
    for (const layout of ['geo', 'tiles'] as const) {
      const codes = codesOf(parseSvg(renderMap(realAreas, real, { ...realOptions, layout })).querySelectorAll('a.area'));
      expect(codes).toHaveLength(43);
      expect(new Set(codes).size).toBe(43);
    }
  });

  test('shows the Met and the City of London in the London inset by default, the City ringed', () => {
    const svg = parseSvg(renderMap(realAreas, real, realOptions));
    expect(codesOf(svg.querySelectorAll('.inset a.area'))).toEqual(['E23000001', 'E23000034']);
    expect(svg.querySelector('.inset .inset-label')?.textContent).toBe('London');
    expect(svg.querySelector('circle.target')?.closest('a')?.getAttribute('data-code')).toBe('E23000034');
    expect(codesOf(svg.querySelectorAll('g.area[aria-hidden="true"]'))).toEqual(['E23000001', 'E23000034']);
  });

  test('is taller than wide, as England and Wales are, and stays a reasonable size', () => {
    const markup = renderMap(realAreas, real, realOptions);
    const [, , width, height] = (parseSvg(markup).getAttribute('viewBox') ?? '').split(' ').map(Number);
    expect(width).toBe(600);
    expect(height).toBeGreaterThan(650);
    expect(height).toBeLessThan(720);
    expect(markup.length).toBeLessThan(100_000);
  });
});
