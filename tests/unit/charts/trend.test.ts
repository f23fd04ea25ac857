import { describe, expect, it } from 'vitest';
import {
  describeTrend,
  renderTrend,
  renderTrendSmallMultiples,
  type TrendPoint,
  type TrendSeries,
} from '../../../src/lib/charts/trend.ts';
import { forces } from './fixtures.ts';
import { expectGolden, parseSvg, texts } from './golden.ts';

/** Twelve quarters from 2019/20 Q1, rising after April 2020. */
function quarters(values: (number | null)[]): TrendPoint[] {
  return values.map((value, i) => {
    const month = 3 + i * 3;
    const start = `${2019 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
    const year = 2019 + Math.floor(i / 4);
    return { start, value, label: `${year}/${String(year + 1).slice(2)} Q${(i % 4) + 1}` };
  });
}

const national = quarters([5200, 5400, 5900, 6100, 21000, 23500, 24800, 26400, 27100, 28900, 29300, 30250]);
const base = {
  title: 'Recorded stalking offences',
  description: 'Test description',
  idPrefix: 'trend',
  events: [{ date: '2020-01-20', label: 'SPOs introduced' }],
  notes: [{ start: '2020-04-01', label: 'Recording practice changed' }],
};

describe('renderTrend', () => {
  it('renderTrend(points, {events, notes, yLabel}) matches the golden SVG', () => {
    expectGolden('trend', renderTrend(national, { ...base, width: 560, yLabel: 'Offences per quarter' }));
  });

  it('renderTrend(points, {width: 340}) on a phone matches the golden SVG', () => {
    expectGolden('trend-narrow', renderTrend(national, { ...base, width: 340, area: false }));
  });

  it('marks the date SPOs came in and the source’s note with labelled rules', () => {
    const svg = parseSvg(renderTrend(national, base));
    expect(texts(svg, '.spo-chart__annotation--event')).toEqual(['SPOs introduced']);
    expect(texts(svg, '.spo-chart__annotation--note')).toEqual(['Recording practice changed']);
    expect(svg.querySelectorAll('.spo-chart__rule--event line')).toHaveLength(1);
    expect(svg.querySelectorAll('.spo-chart__rule--note line')).toHaveLength(1);
  });

  it('shades a note only when it has an end date', () => {
    const open = parseSvg(renderTrend(national, base));
    expect(open.querySelector('.spo-chart__note')).toBeNull();
    const closed = parseSvg(renderTrend(national, { ...base, notes: [{ start: '2020-04-01', end: '2020-12-31', label: 'Lockdown' }] }));
    expect(closed.querySelectorAll('.spo-chart__note rect')).toHaveLength(1);
  });

  it('separates thousands on the y axis and labels the latest quarter', () => {
    const svg = parseSvg(renderTrend(national, base));
    const ticks = Array.from(svg.querySelectorAll('g[text-anchor="end"][font-variant="tabular-nums"] text')).map((t) => t.textContent);
    expect(ticks).toContain('10,000');
    expect(texts(svg, '.spo-chart__value')).toEqual(['30,250']);
  });

  it('leaves a gap for a quarter without a figure instead of drawing 0', () => {
    const gappy = quarters([5200, 5400, null, 6100, 21000, 23500]);
    const svg = parseSvg(renderTrend(gappy, base));
    const path = svg.querySelector('.spo-chart__line path')?.getAttribute('d') ?? '';
    expect(path.match(/M/g)).toHaveLength(2);
  });

  it('draws no annotation unless asked, so every claim on the chart comes from the caller', () => {
    const svg = parseSvg(renderTrend(national, { title: 't', description: 'd', idPrefix: 'plain' }));
    expect(svg.querySelector('.spo-chart__annotation')).toBeNull();
  });

  it('throws for an annotation outside the series rather than stretching the axis', () => {
    expect(() => renderTrend(national, { ...base, events: [{ date: '2010-01-01', label: 'Too early' }] })).toThrow(/Too early/);
  });
});

describe('renderTrendSmallMultiples', () => {
  const small = quarters([3, 4, 4, 5, 12, 14, 13, 15, 16, 15, 17, 18]);
  const byForce: TrendSeries[] = [
    { ...forces.north, points: national },
    { ...forces.south, points: small },
    { ...forces.east, points: quarters([0, 0, 1, 0, 2, 0, null, 1, 0, 0, 1, 0]) },
  ];
  const options = { ...base, notes: undefined, highlight: forces.south.code };

  it('renderTrendSmallMultiples(series, {events, highlight}) matches the golden SVG', () => {
    expectGolden('trend-small-multiples', renderTrendSmallMultiples(byForce, { ...options, width: 480 }));
  });

  it('draws one panel per force, each with its own scale labelled at 0 and its top', () => {
    const svg = parseSvg(renderTrendSmallMultiples(byForce, options));
    const panels = Array.from(svg.querySelectorAll('svg svg'));
    expect(panels).toHaveLength(3);
    const axisLabels = panels.map((panel) => texts(panel, 'g[text-anchor="end"][font-variant="tabular-nums"]'));
    expect(axisLabels).toEqual([['0', '30,250'], ['0', '18'], ['0', '2']]);
    expect(texts(svg, '.spo-chart__name')).toEqual(['Northshire', 'Southshire', 'East Vale']);
  });

  it('explains the separate scales and the dashed line in a key', () => {
    const svg = parseSvg(renderTrendSmallMultiples(byForce, options));
    const lines = Array.from(svg.querySelectorAll('.spo-chart__legend tspan')).map((t) => t.textContent);
    expect(lines.join(' ')).toBe(
      'Each force by quarter, 2019/20 Q1 to 2021/22 Q4. Each chart has its own scale. Dashed line: SPOs introduced',
    );
    expect(lines.at(-1)).toBe('Dashed line: SPOs introduced');
    expect(svg.querySelectorAll('.spo-chart__rule--event line')).toHaveLength(3);
  });

  it('puts the highlighted force’s line in the highlight class', () => {
    const svg = parseSvg(renderTrendSmallMultiples(byForce, options));
    expect(svg.querySelectorAll('.spo-chart__line.spo-chart--highlight')).toHaveLength(1);
    expect(svg.querySelector('.spo-chart__name.spo-chart--highlight')?.textContent).toBe('Southshire');
  });
});

describe('describeTrend', () => {
  it('describeTrend(points) gives the span, lowest, highest and latest quarters, and any gaps', () => {
    expect(describeTrend(quarters([5200, null, 4900, 6100]))).toBe(
      'Quarterly, 2019/20 Q1 to 2019/20 Q4. Lowest: 2019/20 Q3, 4,900. Highest: 2019/20 Q4, 6,100. ' +
        'Latest: 2019/20 Q4, 6,100. 1 quarter has no complete figure and is left as a gap.',
    );
  });
});
