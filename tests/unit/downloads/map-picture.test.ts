// The map picture lists the same legend entries as the page's legend,
// including the states that are not values, beside a map with concrete colours.
import { describe, expect, it } from 'vitest';
import { renderLegend } from '../../../src/lib/charts/map.ts';
import type { MapDatum } from '../../../src/lib/charts/map.ts';
import { svgSize, svgToPng } from '../../../src/lib/downloads/image.ts';
import { mapPictureSvg, mapWidth } from '../../../src/lib/downloads/map-picture.ts';
import { pngSize } from '../../support/png.ts';

const areas: MapDatum[] = [
  { code: 'E1', name: 'Alpha', slug: 'alpha', value: 3, state: 'value', label: '3', classIndex: 0 },
  { code: 'E2', name: 'Bravo', slug: 'bravo', value: 9, state: 'value', label: '9', classIndex: 1 },
  { code: 'E3', name: 'Charlie', slug: 'charlie', value: 0, state: 'zero', label: '0', classIndex: null },
  { code: 'E4', name: 'Delta', slug: 'delta', value: null, state: 'no_response', label: 'No response', classIndex: null },
];
const legend = renderLegend(areas, { classes: ['Under 5', '5 or more'], idPrefix: 'legend', title: 'Applications & <orders>' });
const map = '<svg xmlns="http://www.w3.org/2000/svg" class="spo-map" width="480" height="600" viewBox="0 0 480 600"><rect width="480" height="600" fill="#eee"/></svg>';

describe('mapPictureSvg', () => {
  const svg = mapPictureSvg(map, legend, { width: 744, theme: 'light' });

  it('puts every legend entry beside the map, states and counts included, with text escaped', () => {
    expect(svg).toContain('Applications &amp; &lt;orders&gt;');
    for (const label of ['Under 5', '5 or more', 'No applications', 'No response', 'Not covered']) expect(svg).toContain(`>${label} <tspan`);
    expect(svg).toContain('(1 force)');
    expect(svg).toContain('(0 forces)');
    expect(svg.match(/class="map-legend__swatch"/g)).toHaveLength(5);
  });

  it('is as wide as asked and as tall as the map or legend, and draws', () => {
    expect(svgSize(svg)).toEqual({ width: 744, height: 600 });
    expect(pngSize(svgToPng(svg))).toEqual({ width: 744, height: 600 });
  });

  it('leaves the legend a third of the width, and draws tiles narrower than the geography', () => {
    expect(mapWidth(744, 'geo')).toBeLessThan(744 * 0.7);
    expect(mapWidth(744, 'tiles')).toBeLessThan(mapWidth(744, 'geo'));
  });
});
