import { describe, expect, it } from 'vitest';
import { describeStrip, renderStrip, type StripDatum } from '../../../src/lib/charts/strip.ts';
import { applications, forces } from './fixtures.ts';
import { expectGolden, parseSvg, texts } from './golden.ts';

const data: StripDatum[] = applications;
const base = { title: 'Applications, all forces', description: 'Test description', idPrefix: 'strip' };

describe('renderStrip', () => {
  it('renderStrip(data, {highlight, reference}) matches the golden SVG', () => {
    expectGolden(
      'strip',
      renderStrip(data, { ...base, width: 400, highlight: forces.west.code, reference: { value: 8.8, label: 'All forces' } }),
    );
  });

  it('draws one dot per force with a value; the highlighted force larger, in the highlight class, labelled', () => {
    const svg = parseSvg(renderStrip(data, { ...base, highlight: forces.north.code }));
    expect(svg.querySelectorAll('.spo-chart__dot:not(.spo-chart--highlight) circle')).toHaveLength(5);
    const picked = svg.querySelectorAll('.spo-chart__dot.spo-chart--highlight circle');
    expect(picked).toHaveLength(1);
    const plainRadius = Number(svg.querySelector('.spo-chart__dot:not(.spo-chart--highlight) circle')?.getAttribute('r'));
    expect(Number(picked[0]?.getAttribute('r'))).toBeGreaterThan(plainRadius);
    expect(texts(svg, '.spo-chart__value.spo-chart--highlight')).toEqual(['Northshire: 5']);
  });

  it('keeps a highlighted zero on the strip, labelled "0"', () => {
    const svg = parseSvg(renderStrip(data, { ...base, highlight: forces.east.code }));
    expect(texts(svg, '.spo-chart__value.spo-chart--highlight')).toEqual(['East Vale: 0']);
  });

  it('leaves forces without a value off the strip', () => {
    const markup = renderStrip(data, { ...base, highlight: forces.upper.code });
    const svg = parseSvg(markup);
    expect(svg.querySelectorAll('.spo-chart__dot circle')).toHaveLength(6);
    expect(svg.querySelector('.spo-chart--highlight')).toBeNull();
    expect(markup).not.toContain('Upper Fells');
  });

  it('draws the reference tick with its label only when asked', () => {
    const svg = parseSvg(renderStrip(data, { ...base, highlight: null, reference: { value: 2.5, label: 'England and Wales' } }));
    expect(texts(svg, '.spo-chart__reference-label')).toEqual(['England and Wales: 3']);
    expect(parseSvg(renderStrip(data, { ...base, highlight: null })).querySelector('.spo-chart__reference')).toBeNull();
  });
});

describe('describeStrip', () => {
  it('describeStrip(data, {highlight}) gives the force’s value, the others’ range and how many are left off', () => {
    expect(describeStrip(data, { highlight: forces.south.code })).toBe(
      'Southshire: 42. The other 5 forces range from 0 to 5. 2 forces have no figure and are not shown.',
    );
  });
});
