import { describe, expect, it } from 'vitest';
import {
  type ZeroComparisonColumn,
  type ZeroComparisonDatum,
  describeZeroComparison,
  renderZeroComparison,
  zeroComparisonPageCss,
} from '../../../src/lib/charts/zero-comparison.ts';
import { forces } from './fixtures.ts';
import { expectGolden, parseSvg, texts } from './golden.ts';

const columns: ZeroComparisonColumn[] = [
  { id: 'court', label: 'Court data, first year' },
  { id: 'foi', label: 'Police FOI' },
  { id: 'own', label: 'Force’s own FOI' },
];

/** Sources that differ, agree, a no response, a not-covered, an unanswered measure and a three-digit value. */
const rows: ZeroComparisonDatum[] = [
  {
    ...forces.east,
    cells: [{ value: 0, state: 'reported' }, { value: 7, state: 'reported' }, { value: null, state: 'not_covered' }],
    verdict: 'differ',
  },
  {
    ...forces.lower,
    cells: [{ value: 0, state: 'reported' }, { value: 0, state: 'reported' }, { value: null, state: 'not_covered' }],
    verdict: 'agree',
  },
  {
    ...forces.upper,
    cells: [{ value: 0, state: 'reported' }, { value: null, state: 'no_response' }, { value: 120, state: 'reported' }],
    verdict: 'single',
  },
  {
    ...forces.west,
    cells: [{ value: null, state: 'not_covered' }, { value: null, state: 'reported' }, { value: 0, state: 'reported' }],
    verdict: 'single',
  },
];
/** Each text's lines (Plot writes wrapped text as one <tspan> per line) joined with spaces. */
function lines(root: Element, selector: string): string[] {
  return Array.from(root.querySelectorAll(`${selector} text`)).map((text) => {
    const spans = Array.from(text.querySelectorAll('tspan'));
    return spans.length === 0 ? (text.textContent ?? '') : spans.map((span) => span.textContent ?? '').join(' ');
  });
}

const base = { columns, title: 'Forces with no applications', description: 'Test description', idPrefix: 'zeros' };

describe('renderZeroComparison', () => {
  it('renderZeroComparison(rows, {width: 640}) matches the golden SVG', () => {
    expectGolden('zero-comparison', renderZeroComparison(rows, { ...base, width: 640 }));
  });

  it('renderZeroComparison(rows, {width: 340}) matches the golden SVG, names above their rows', () => {
    expectGolden('zero-comparison-narrow', renderZeroComparison(rows, { ...base, width: 340 }));
  });

  it('draws every reported zero as a filled disc labelled "0", and other numbers in a ring', () => {
    const svg = parseSvg(renderZeroComparison(rows, base));
    expect(svg.querySelectorAll('.spo-chart__zero-disc circle')).toHaveLength(5);
    expect(texts(svg, '.spo-chart__zero-ink')).toEqual(['0', '0', '0', '0', '0']);
    expect(svg.querySelectorAll('.spo-chart__value-ring circle')).toHaveLength(2);
    expect(texts(svg, '.spo-chart__value:not(.spo-chart__zero-ink)')).toEqual(['7', '120']);
  });

  it('writes a missing figure as its state in words, never as 0', () => {
    const svg = parseSvg(renderZeroComparison(rows, base));
    const states = lines(svg, '.spo-chart__state');
    expect(states).toEqual(['Not covered', 'Not covered', 'No response', 'Not covered', 'Not stated']);
  });

  it('gives every force its verdict, the differing ones in bold', () => {
    const svg = parseSvg(renderZeroComparison(rows, base));
    expect(texts(svg, '.spo-chart__verdict--differ')).toEqual(['Differ']);
    expect(svg.querySelector('.spo-chart__verdict--differ')?.getAttribute('font-weight')).toBe('bold');
    expect(lines(svg, '.spo-chart__verdict')).toEqual([
      'Differ',
      'Agree',
      'Cannot compare',
      'Cannot compare',
    ]);
  });

  it('heads each column with its source and keeps the rows in the order given', () => {
    const svg = parseSvg(renderZeroComparison(rows, { ...base, width: 720 }));
    expect(lines(svg, '.spo-chart__column-head')).toEqual([...columns.map((c) => c.label), 'Sources agree?']);
    expect(texts(svg, '.spo-chart__name')).toEqual(rows.map((row) => row.name));
  });

  it('leaves its colours to the page stylesheet on a page, and bakes them into a standalone file', () => {
    expect(renderZeroComparison(rows, base)).not.toContain('<style>');
    expect(zeroComparisonPageCss).toContain('.spo-chart__zero-disc{fill:var(--chart-zero)}');
    expect(renderZeroComparison(rows, { ...base, colours: 'dark' })).toMatch(/\.spo-chart__zero-disc\{fill:#[0-9a-f]{6}\}/);
  });

  it('throws when a force that did not report carries a number', () => {
    const bad: ZeroComparisonDatum[] = [
      { ...forces.north, cells: [{ value: 0, state: 'no_response' }, { value: 1, state: 'reported' }, { value: null, state: 'not_covered' }], verdict: 'single' },
    ];
    expect(() => renderZeroComparison(bad, base)).toThrow(/no_response cell carries a number \(0\)/);
  });

  it('throws when a row has the wrong number of cells', () => {
    const short: ZeroComparisonDatum[] = [{ ...forces.north, cells: [{ value: 0, state: 'reported' }], verdict: 'single' }];
    expect(() => renderZeroComparison(short, base)).toThrow(/Northshire has 1 cells for 3 columns/);
  });
});

describe('describeZeroComparison', () => {
  it('describeZeroComparison(rows, {columns}) reads every source for every force, and the verdict', () => {
    expect(describeZeroComparison(rows.slice(0, 3), { columns })).toBe(
      'East Vale: Court data, first year 0; Police FOI 7; Force’s own FOI not covered. Where their periods overlap, the sources differ. ' +
        'Lower Marsh: Court data, first year 0; Police FOI 0; Force’s own FOI not covered. Where their periods overlap, the sources agree. ' +
        'Upper Fells: Court data, first year 0; Police FOI no response; Force’s own FOI 120. No two sources cover overlapping periods.',
    );
  });
});
