import { describe, expect, it } from 'vitest';
import { SMALL_FONT_SIZE, textWidth } from '../../../src/lib/charts/plot.ts';
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

/**
 * Where each label under `selector` would start and end at its estimated width,
 * from the SVG Plot wrote: the mark's group shifts by dx, each text sits at its
 * own x, and the anchor (the mark's, else the root's) says which part sits there.
 */
function labelExtents(svg: SVGSVGElement, selector: string, weight: 'normal' | 'bold') {
  const group = svg.querySelector(selector);
  const labels = Array.from(group?.querySelectorAll('text') ?? []);
  if (!group || labels.length === 0) throw new Error(`no label for ${selector}`);
  const dx = Number(/translate\(([-\d.]+)/.exec(group.getAttribute('transform') ?? '')?.[1] ?? 0);
  const anchor = group.getAttribute('text-anchor') ?? svg.getAttribute('text-anchor');
  return labels.map((label) => {
    const x = Number(/translate\(([-\d.]+)/.exec(label.getAttribute('transform') ?? '')?.[1]);
    const width = textWidth(label.textContent ?? '', SMALL_FONT_SIZE, weight);
    const start = dx + x - (anchor === 'end' ? width : anchor === 'middle' ? width / 2 : 0);
    return { text: label.textContent, start, end: start + width };
  });
}

describe('renderStrip labels', () => {
  // The longest name at the left edge, the largest value at the right, one force halfway.
  const spread = (top: number): StripDatum[] => [
    { ...forces.west, value: 0, state: 'reported' },
    { ...forces.south, value: top, state: 'reported' },
    { ...forces.north, value: top / 2, state: 'reported' },
    ...data.filter((d) => !new Set<string>([forces.west.code, forces.south.code, forces.north.code]).has(d.code)),
  ];
  const cases = [
    { format: ',d', top: 100 },
    { format: '.0%', top: 1 },
  ];

  it.each([
    ['smallest value', forces.west.code],
    ['largest value', forces.south.code],
    ['middle value', forces.north.code],
  ])('keeps every label, at its estimated width, inside the viewBox (%s highlighted)', (_, code) => {
    for (const { format, top } of cases) {
      for (const width of [360, 280]) {
        const svg = parseSvg(
          renderStrip(spread(top), { ...base, width, format, highlight: code, reference: { value: top, label: 'England and Wales' } }),
        );
        for (const [selector, weight] of [
          ['.spo-chart__value.spo-chart--highlight', 'bold'],
          ['.spo-chart__reference-label', 'normal'],
          ['g[font-variant="tabular-nums"]', 'bold'],
        ] as const) {
          for (const { text, start, end } of labelExtents(svg, selector, weight)) {
            expect(start, `${text} at ${width}px`).toBeGreaterThanOrEqual(0);
            expect(end, `${text} at ${width}px`).toBeLessThanOrEqual(width);
          }
        }
      }
    }
  });

  it('anchors a label at the edge it would cross, and centres it over its dot otherwise', () => {
    const anchorOf = (code: string) =>
      parseSvg(renderStrip(spread(100), { ...base, width: 360, highlight: code }))
        .querySelector('.spo-chart__value.spo-chart--highlight')
        ?.getAttribute('text-anchor') ?? 'middle';
    expect(anchorOf(forces.west.code)).toBe('start');
    expect(anchorOf(forces.south.code)).toBe('end');
    expect(anchorOf(forces.north.code)).toBe('middle');
  });
});

describe('describeStrip', () => {
  it('describeStrip(data, {highlight}) gives the force’s value, the others’ range and how many are left off', () => {
    expect(describeStrip(data, { highlight: forces.south.code })).toBe(
      'Southshire: 42. The other 5 forces range from 0 to 5. 2 forces have no figure and are not shown.',
    );
  });
});
