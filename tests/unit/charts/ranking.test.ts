import { describe, expect, it } from 'vitest';
import { describeRanking, renderRanking, unavailableForces, type RankingDatum } from '../../../src/lib/charts/ranking.ts';
import { pageChartCss } from '../../../src/lib/charts/plot.ts';
import { renderTrend } from '../../../src/lib/charts/trend.ts';
import { applications, forces } from './fixtures.ts';
import { expectGolden, parseSvg, texts } from './golden.ts';

const base = { title: 'SPO applications by force', description: 'Test description', idPrefix: 'rank' };

describe('renderRanking', () => {
  it('renderRanking(counts, {highlight, reference}) matches the golden SVG', () => {
    const svg = renderRanking(applications, {
      ...base,
      width: 480,
      highlight: forces.west.code,
      reference: { value: 8.8, label: 'All forces' },
    });
    expectGolden('ranking-counts', svg);
  });

  it('renderRanking(rates, {format: ",.1f"}) matches the golden SVG', () => {
    const rates: RankingDatum[] = applications.map((d) => ({ ...d, value: d.value === null ? null : d.value / 3 }));
    expectGolden('ranking-rates', renderRanking(rates, { ...base, width: 360, format: ',.1f' }));
  });

  it('sorts from highest to lowest, ties by name, and names only forces with a value', () => {
    const svg = parseSvg(renderRanking(applications, base));
    expect(texts(svg, '.spo-chart__name')).toEqual([
      'Southshire',
      'Northshire',
      'Westmoor and Downs',
      'Coastal Wales',
      'East Vale',
      'Lower Marsh',
    ]);
  });

  it('gives a zero a tick at 0 and the label "0", never an empty space', () => {
    const svg = parseSvg(renderRanking(applications, base));
    expect(svg.querySelectorAll('.spo-chart__zero line')).toHaveLength(2);
    expect(texts(svg, '.spo-chart__value')).toEqual(['42', '5', '5', '1', '0', '0']);
  });

  it('draws no bar, label or name for forces that did not respond or are not covered', () => {
    const markup = renderRanking(applications, base);
    const svg = parseSvg(markup);
    expect(svg.querySelectorAll('.spo-chart__bar rect')).toHaveLength(6);
    expect(markup).not.toContain('Upper Fells');
    expect(markup).not.toContain('Old City');
  });

  it('marks the highlighted force with the highlight class, in bold', () => {
    const svg = parseSvg(renderRanking(applications, { ...base, highlight: forces.east.code }));
    expect(svg.querySelectorAll('.spo-chart__bar.spo-chart--highlight rect')).toHaveLength(1);
    expect(svg.querySelectorAll('.spo-chart__zero.spo-chart--highlight line')).toHaveLength(1);
    const name = svg.querySelector('.spo-chart__name.spo-chart--highlight');
    expect(name?.getAttribute('font-weight')).toBe('bold');
    expect(name?.textContent).toBe('East Vale');
  });

  it('draws a reference line labelled with its value only when asked', () => {
    const withLine = parseSvg(renderRanking(applications, { ...base, reference: { value: 8.75, label: 'All forces' } }));
    expect(withLine.querySelectorAll('.spo-chart__reference line')).toHaveLength(1);
    expect(texts(withLine, '.spo-chart__reference-label')).toEqual(['All forces: 9']);
    const without = parseSvg(renderRanking(applications, base));
    expect(without.querySelector('.spo-chart__reference')).toBeNull();
  });

  it('formats rates with one decimal place, and an exact zero as "0"', () => {
    const rates = applications.map((d) => ({ ...d, value: d.value === null ? null : d.value / 4 }));
    const svg = parseSvg(renderRanking(rates, { ...base, format: ',.1f' }));
    expect(texts(svg, '.spo-chart__value')).toEqual(['10.5', '1.3', '1.3', '0.3', '0', '0']);
  });

  it('names the image with <title> and <desc> referenced by aria-labelledby', () => {
    const svg = parseSvg(renderRanking(applications, { ...base, idPrefix: 'apps' }));
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('apps-title apps-desc');
    expect(svg.querySelector('title#apps-title')?.textContent).toBe(base.title);
    expect(svg.querySelector('desc#apps-desc')?.textContent).toBe(base.description);
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    // Labels inside role="img" are prohibited (axe: aria-prohibited-attr) and never read.
    expect(svg.querySelectorAll('[aria-label], [aria-description]')).toHaveLength(0);
  });

  it('is deterministic whatever rendered before it', () => {
    const first = renderRanking(applications, base);
    renderTrend([{ start: '2020-01-01', value: 1, label: 'Q' }, { start: '2020-04-01', value: 2, label: 'Q' }], base);
    expect(renderRanking(applications, base)).toBe(first);
  });

  it('throws when a force that did not report carries a number', () => {
    const bad: RankingDatum[] = [{ ...forces.north, value: 0, state: 'no_response' }];
    expect(() => renderRanking(bad, base)).toThrow(/Northshire has a value \(0\) but its state is no_response/);
  });

  it('bakes concrete colours in for a standalone file and leaves page colours to the site stylesheet', () => {
    // No <style> inside a page: the Content-Security-Policy refuses inline styles.
    expect(renderRanking(applications, base)).not.toContain('<style');
    expect(pageChartCss).toContain('.spo-chart__bar{fill:var(--chart-bar)}');
    const standalone = renderRanking(applications, { ...base, colours: 'dark' });
    expect(standalone).not.toContain('var(--chart-');
    expect(standalone).toMatch(/\.spo-chart__bar\{fill:#[0-9a-f]{6}\}/);
  });
});

describe('unavailableForces', () => {
  it('unavailableForces(data) lists forces without a value by name, with their state text', () => {
    expect(unavailableForces(applications)).toEqual([
      { ...forces.city, state: 'not_covered', text: 'Not covered' },
      { ...forces.upper, state: 'no_response', text: 'No response' },
    ]);
  });

  it('uses the datum’s own reason for a reported force without a value', () => {
    const data: RankingDatum[] = [{ ...forces.north, value: null, state: 'reported', missingText: 'No offences to divide by' }];
    expect(unavailableForces(data)).toEqual([{ ...forces.north, state: 'reported', text: 'No offences to divide by' }]);
  });
});

describe('describeRanking', () => {
  it('describeRanking(data) names the highest force, the zeros and the forces without a figure', () => {
    expect(describeRanking(applications, { zeroPhrase: 'made no applications' })).toBe(
      'Southshire has the highest figure, 42. East Vale and Lower Marsh made no applications. ' +
        'Upper Fells has no figure: no response. Old City has no figure: not covered.',
    );
  });
});
