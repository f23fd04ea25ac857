import { describe, expect, it } from 'vitest';
import { describeDumbbell, renderDumbbell, type DumbbellDatum } from '../../../src/lib/charts/dumbbell.ts';
import { forces } from './fixtures.ts';
import { expectGolden, parseSvg, texts } from './golden.ts';

const series = [
  { label: 'Court data', period: 'Jan 2020 to Jan 2021' },
  { label: 'Police FOI', period: '20 Jan 2020 to spring 2021' },
] as const;
const base = { series, title: 'Court data and police FOI', description: 'Test description', idPrefix: 'both' };

/** Larger in court data, larger in FOI, zero in one, zero in both, equal and non-zero. */
const comparison: DumbbellDatum[] = [
  { ...forces.north, first: 41, second: 37 },
  { ...forces.south, first: 0, second: 7 },
  { ...forces.east, first: 0, second: 0 },
  { ...forces.west, first: 3, second: 3 },
  { ...forces.coast, first: 0, second: 9 },
];

describe('renderDumbbell', () => {
  it('renderDumbbell(data, {series, highlight}) matches the golden SVG', () => {
    expectGolden('dumbbell', renderDumbbell(comparison, { ...base, width: 420, highlight: forces.south.code }));
  });

  it('sorts by the larger of the two values, then by name', () => {
    const svg = parseSvg(renderDumbbell(comparison, base));
    expect(texts(svg, '.spo-chart__name')).toEqual(['Northshire', 'Coastal Wales', 'Southshire', 'Westmoor and Downs', 'East Vale']);
  });

  it('draws both sources for every force, zeros included', () => {
    const svg = parseSvg(renderDumbbell(comparison, base));
    // One dot per force per source, plus one legend symbol each.
    expect(svg.querySelectorAll('.spo-chart__dot--first circle')).toHaveLength(comparison.length + 1);
    expect(svg.querySelectorAll('.spo-chart__dot--second circle')).toHaveLength(comparison.length + 1);
    expect(svg.querySelectorAll('.spo-chart__connector line')).toHaveLength(comparison.length);
  });

  it('labels each value, and a force where the sources agree once, as "… in both"', () => {
    const svg = parseSvg(renderDumbbell(comparison, base));
    const labels = texts(svg, '.spo-chart__value');
    expect(labels).toEqual(expect.arrayContaining(['41', '37', '0', '7', '9', '0 in both', '3 in both']));
    expect(labels).toHaveLength(3 * 2 + 2);
  });

  it('names both sources with their periods in the legend', () => {
    const svg = parseSvg(renderDumbbell(comparison, { ...base, width: 640 }));
    expect(texts(svg, '.spo-chart__legend')).toEqual(['Court data, Jan 2020 to Jan 2021', 'Police FOI, 20 Jan 2020 to spring 2021']);
  });

  it('wraps a long legend on a narrow chart instead of running off the edge', () => {
    const svg = parseSvg(renderDumbbell(comparison, { ...base, width: 200 }));
    const legend = svg.querySelectorAll('.spo-chart__legend text');
    expect(legend.length).toBe(2);
    expect(legend[0]?.querySelectorAll('tspan').length).toBeGreaterThan(1);
  });
});

describe('describeDumbbell', () => {
  it('describeDumbbell(data, {series}) says where the sources agree and where they differ', () => {
    expect(describeDumbbell(comparison, { series })).toBe(
      'Court data and Police FOI agree for Westmoor and Downs (3) and East Vale (0). ' +
        'Court data and Police FOI differ for Northshire (41 and 37), Coastal Wales (0 and 9) and Southshire (0 and 7).',
    );
  });
});
