// The force page locator: the force picked out, its neighbours labelled and
// given their pages for a pointer (the page lists them as links), an
// England and Wales overview marking the zoomed view, and a ring round a
// force too small to see.
import { describe, expect, it } from 'vitest';
import { renderLocator } from '../../../src/lib/charts/locator.ts';
import { forceNeighbours } from '../../../src/lib/geo/areas.ts';
import { forces } from './fixtures.ts';
import { expectGolden, parseSvg } from './golden.ts';
import { blockFixture, realTopology, topologyForces } from './map-fixtures.ts';

const { north, east, west, south, city } = forces;
const { topology } = blockFixture([north, east, west, south, city], ['NOR', 'EAS', 'WES', 'SOU', 'OC']);
const blockForces = [north, east, west, south, city];
const base = { title: 'Locator', description: 'Test description', idPrefix: 'locator' };

const real = realTopology();
const realForces = topologyForces(real);
const realNeighbours = forceNeighbours(real);
const codeOf = (name: string) => realForces.find((force) => force.name === name)?.code ?? '';
const realLocator = (name: string) =>
  parseSvg(renderLocator(realForces, real, { ...base, focus: codeOf(name), neighbours: realNeighbours.get(codeOf(name)) ?? [] }));

describe('renderLocator', () => {
  it('renderLocator(areas, topology, {focus, neighbours}) matches the golden SVG', () => {
    expectGolden('locator', renderLocator(blockForces, topology, { ...base, focus: north.code, neighbours: [east.code, west.code] }));
  });

  it('is an image named by its title and described by its desc', () => {
    const svg = parseSvg(renderLocator(blockForces, topology, { ...base, focus: north.code, neighbours: [east.code] }));
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('locator-title locator-desc');
    expect(svg.querySelector('#locator-title')?.textContent).toBe('Locator');
    expect(svg.querySelector('#locator-desc')?.textContent).toBe('Test description');
  });

  it('picks out the focus, gives each neighbour its page for a pointer, and puts nothing focusable inside the image', () => {
    const svg = parseSvg(renderLocator(blockForces, topology, { ...base, focus: north.code, neighbours: [east.code, west.code] }));
    expect([...svg.querySelectorAll('.area--focus')].map((area) => area.getAttribute('data-code'))).toEqual([north.code]);
    const neighbours = [...svg.querySelectorAll('.area--neighbour')];
    expect(neighbours.map((area) => area.getAttribute('data-href'))).toEqual([`/forces/${east.slug}/`, `/forces/${west.slug}/`]);
    expect(svg.querySelectorAll('a, [tabindex], [data-href]:not(.area--neighbour)').length).toBe(0);
    expect([...svg.querySelectorAll('.label')].map((label) => label.textContent)).toEqual([north.name, east.name, west.name]);
    expect(svg.querySelector('.label--focus')?.textContent).toBe(north.name);
  });

  it('draws the overview with the focus and a box for the zoomed view', () => {
    const svg = parseSvg(renderLocator(blockForces, topology, { ...base, focus: north.code, neighbours: [east.code] }));
    expect(svg.querySelector('.overview .overview-focus')?.getAttribute('d')).toMatch(/^M/);
    const view = svg.querySelector('.overview .overview-view');
    const frame = svg.querySelector('.overview .overview-frame');
    const box = (element: Element | null): [number, number, number, number] => {
      const number = (name: string) => Number(element?.getAttribute(name));
      return [number('x'), number('y'), number('width'), number('height')];
    };
    const [vx, vy, vw, vh] = box(view);
    const [fx, fy, fw, fh] = box(frame);
    // The zoomed view sits within the overview frame.
    expect(vx).toBeGreaterThanOrEqual(fx - 1);
    expect(vy).toBeGreaterThanOrEqual(fy - 1);
    expect(vx + vw).toBeLessThanOrEqual(fx + fw + 1);
    expect(vy + vh).toBeLessThanOrEqual(fy + fh + 1);
  });

  it('labels never overlap one another', () => {
    for (const name of ['Metropolitan Police', 'Thames Valley', 'Durham', 'Lincolnshire']) {
      const labels = [...realLocator(name).querySelectorAll('.label')].map((label) => ({
        x: Number(label.getAttribute('x')),
        y: Number(label.getAttribute('y')),
        width: (label.textContent?.length ?? 0) * 12 * 0.56,
      }));
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) {
          const apart = Math.abs(a.y - b.y) >= 15 || Math.abs(a.x - b.x) >= (a.width + b.width) / 2;
          expect(apart, `${name}: labels at ${a.x},${a.y} and ${b.x},${b.y}`).toBe(true);
        }
      }
    }
  });

  it('keeps every label inside the frame, and leaves a speck of a neighbour unlabelled rather than across the force around it', () => {
    for (const name of ['Metropolitan Police', 'Nottinghamshire', 'Cumbria', 'Devon & Cornwall', 'Dyfed-Powys']) {
      const svg = realLocator(name);
      const [, , frameWidth, frameHeight] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number) as [number, number, number, number];
      for (const label of svg.querySelectorAll('.label')) {
        const bold = label.classList.contains('label--focus');
        const width = (label.textContent?.length ?? 0) * 12 * (bold ? 0.62 : 0.56);
        const x = Number(label.getAttribute('x'));
        const y = Number(label.getAttribute('y'));
        expect(x - width / 2, `${name}: ${label.textContent}`).toBeGreaterThanOrEqual(0);
        expect(x + width / 2, `${name}: ${label.textContent}`).toBeLessThanOrEqual(frameWidth);
        expect(y, `${name}: ${label.textContent}`).toBeLessThanOrEqual(frameHeight);
      }
    }
    const metLabels = [...realLocator('Metropolitan Police').querySelectorAll('.label')].map((label) => label.textContent);
    expect(metLabels).not.toContain('London, City of');
    expect(metLabels).toContain('Kent');
  });

  it('rings a force too small to see (City of London) but not a large one', () => {
    expect(realLocator('London, City of').querySelector('.ring')).not.toBeNull();
    expect(realLocator('Durham').querySelector('.ring')).toBeNull();
  });

  it('draws only the areas in view: Durham’s map has its neighbours but not Cornwall', () => {
    const svg = realLocator('Durham');
    const drawn = [...svg.querySelectorAll('.area')].map((area) => area.getAttribute('data-code'));
    expect(drawn).toEqual(expect.arrayContaining([codeOf('Durham'), codeOf('Cleveland'), codeOf('Cumbria'), codeOf('Northumbria'), codeOf('North Yorkshire')]));
    expect(drawn).not.toContain(codeOf('Devon & Cornwall'));
  });

  it('refuses a focus or neighbour that is not among the areas', () => {
    expect(() => renderLocator(blockForces, topology, { ...base, focus: 'E23999999', neighbours: [] })).toThrow(/E23999999/);
    expect(() => renderLocator(blockForces, topology, { ...base, focus: north.code, neighbours: ['E23999999'] })).toThrow(/E23999999/);
  });
});
