// Renders Observable Plot charts to SVG strings at build time, with linkedom
// standing in for the browser's document. Every chart module goes through
// renderSvg so that all charts share the same accessible root (role, <title>,
// <desc>) and the same deterministic output: fixed class name, ids scoped by
// the caller's prefix, and coordinates rounded so golden files stay stable.

import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { FigureStatus } from '../data/types.ts';
import { type StyleRules, type Theme, cssVar, standaloneStyle } from './palette.ts';

/** Options every chart function accepts. */
export interface ChartOptions {
  /** Pixel width the chart is laid out for; the SVG scales down through its viewBox. */
  width?: number;
  /** Short title: becomes the SVG <title>, which names the image for assistive technology. */
  title: string;
  /** Text alternative: becomes the SVG <desc>. */
  description: string;
  /** Prefix for the ids inside the SVG; must be unique on the page. */
  idPrefix: string;
  /** "page" (default) for SVG inside the site; "light" or "dark" for a downloadable file. */
  colours?: ChartColours;
}

/** A labelled vertical line at a value that means something to the reader (e.g. the national rate). */
export interface ReferenceLine {
  value: number;
  label: string;
}

export const DEFAULT_WIDTH = 640;
export const FONT_SIZE = 13;
/** Smaller text for axis ticks and annotations. */
export const SMALL_FONT_SIZE = 12;
/** Plot's class for every chart root; each chart adds its own modifier class too. */
export const CHART_CLASS = 'spo-chart';

/**
 * Colours come from classes, not attributes: every mark carries a
 * `spo-chart__*` class and these rules map classes to palette tokens. Marks
 * draw in currentColor until a rule applies, so a chart without its style
 * still reads.
 */
export const chartStyleRules: StyleRules = (colour) =>
  [
    `.spo-chart__bar{fill:${colour('bar')}}`,
    `.spo-chart__zero{stroke:${colour('bar')}}`,
    `.spo-chart__bar.spo-chart--highlight,.spo-chart__dot.spo-chart--highlight{fill:${colour('highlight')}}`,
    `.spo-chart__zero.spo-chart--highlight,.spo-chart__marker.spo-chart--highlight{stroke:${colour('highlight')}}`,
    `.spo-chart__halo{stroke:${colour('background')}}`,
    `.spo-chart__grid,.spo-chart__connector{stroke:${colour('muted')}}`,
    `.spo-chart__note,.spo-chart__dot{fill:${colour('muted')}}`,
    `.spo-chart__dot--first{fill:${colour('series-1')}}`,
    `.spo-chart__dot--second{stroke:${colour('series-2')}}`,
    `.spo-chart__area,.spo-chart__latest{fill:${colour('area')}}`,
    `.spo-chart__line{stroke:${colour('area')}}`,
    `.spo-chart__line.spo-chart--highlight{stroke:${colour('highlight')}}`,
    `.spo-chart__area.spo-chart--highlight{fill:${colour('highlight')}}`,
    `.spo-chart__muted-text{fill:${colour('text-muted')}}`,
  ].join('');

/** Where a chart's colours resolve: the page's CSS variables, or one theme baked in for a standalone file. */
export type ChartColours = 'page' | Theme;

/**
 * The rules a chart inside a page needs, served in the site's stylesheet
 * (/styles/theme.css): charts in pages carry no <style> of their own, so the
 * Content-Security-Policy can refuse inline styles. The first two rules stand
 * in for the stylesheet Plot writes into every SVG it draws.
 */
export const pageChartCss: string = [
  `:where(.${CHART_CLASS}){display:block;height:auto;max-width:100%}`,
  `:where(.${CHART_CLASS} text),:where(.${CHART_CLASS} tspan){white-space:pre}`,
  chartStyleRules(cssVar),
].join('\n');

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Attributes whose values hold coordinates worth rounding. */
const GEOMETRY_ATTRIBUTES = new Set([
  'd', 'transform', 'points', 'viewBox', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'dx', 'dy',
]);
const LONG_DECIMAL = /-?\d*\.\d{3,}/g;

/** A chart drawn inside another, at an offset in the outer chart's coordinates (small multiples). */
export interface Panel {
  x: number;
  y: number;
  plot: Plot.PlotOptions;
}

/**
 * Draws a Plot specification and returns the SVG as a string.
 *
 * @param plotOptions Plot.plot options (marks, scales, margins, width, height).
 * @param meta Text alternative and id prefix for the root; `modifier` is the chart kind, added as
 *   the class `spo-chart--<modifier>`; `panels` are nested charts placed inside the root.
 * @returns `<svg …>` markup with role="img", <title> and <desc> referenced by aria-labelledby.
 * @example renderSvg({ marks: [Plot.barX(data, { x: 'value', y: 'name' })] }, { title, description, idPrefix: 'rank', modifier: 'ranking' })
 */
export function renderSvg(
  plotOptions: Plot.PlotOptions,
  {
    title,
    description,
    idPrefix,
    colours = 'page',
    modifier,
    panels = [],
  }: Omit<ChartOptions, 'width'> & { modifier: string; panels?: readonly Panel[] },
): string {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const draw = (options: Plot.PlotOptions) => {
    const node = Plot.plot({ ...options, document: document as unknown as Document, className: CHART_CLASS, figure: false });
    if (node.tagName.toLowerCase() !== 'svg') throw new Error('renderSvg expects Plot to return a bare <svg>');
    return node as unknown as SVGSVGElement;
  };
  const svg = draw(plotOptions);
  for (const panel of panels) {
    const inner = draw(panel.plot);
    // The root's <style> already serves the whole chart.
    inner.querySelector('style')?.remove();
    inner.removeAttribute('class');
    inner.removeAttribute('font-family');
    inner.removeAttribute('font-size');
    inner.setAttribute('x', String(panel.x));
    inner.setAttribute('y', String(panel.y));
    svg.appendChild(inner);
  }

  // Plot names each mark's group ("rule", "bar"); inside role="img" those labels are
  // prohibited and never read, since <title> and <desc> speak for the whole chart.
  for (const element of svg.querySelectorAll('[aria-label], [aria-description]')) {
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
  }

  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('class', `${CHART_CLASS} ${CHART_CLASS}--${modifier}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${titleId} ${descId}`);
  svg.setAttribute('font-size', String(FONT_SIZE));
  // Page fonts, not Plot's default, so charts read like the surrounding text.
  svg.setAttribute('font-family', 'inherit');

  const titleElement = document.createElementNS(SVG_NS, 'title');
  titleElement.setAttribute('id', titleId);
  titleElement.textContent = title;
  const descElement = document.createElementNS(SVG_NS, 'desc');
  descElement.setAttribute('id', descId);
  descElement.textContent = description;
  svg.insertBefore(descElement, svg.firstChild);
  svg.insertBefore(titleElement, descElement);
  if (colours === 'page') svg.querySelector('style')?.remove();
  else descElement.insertAdjacentHTML('afterend', standaloneStyle(colours, chartStyleRules));

  roundGeometry(svg);
  return scopeGeneratedIds(svg.outerHTML, idPrefix);
}

function roundGeometry(root: Element): void {
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const name of element.getAttributeNames()) {
      if (!GEOMETRY_ATTRIBUTES.has(name)) continue;
      const value = element.getAttribute(name) ?? '';
      element.setAttribute(name, value.replace(LONG_DECIMAL, (n) => String(Math.round(Number(n) * 100) / 100)));
    }
  }
}

// Plot numbers clip paths and markers with a module-wide counter, so the same
// chart would get different ids depending on what rendered before it.
function scopeGeneratedIds(markup: string, idPrefix: string): string {
  const renamed = new Map<string, string>();
  return markup.replace(/plot-(clip|marker)-\d+/g, (id, kind: string) => {
    let scoped = renamed.get(id);
    if (scoped === undefined) {
      scoped = `${idPrefix}-${kind}-${renamed.size + 1}`;
      renamed.set(id, scoped);
    }
    return scoped;
  });
}

/** Text options that keep a label readable where it crosses a line: a halo in the background colour. */
export function halo(className: string) {
  return {
    className: `${className} spo-chart__halo`,
    fill: 'currentColor',
    stroke: 'none',
    strokeWidth: 3,
    paintOrder: 'stroke',
  } as const;
}

/**
 * Rough width of a line of text, for sizing margins before the SVG exists.
 * Generous on purpose: a clipped force name is worse than a little white space.
 * Bold runs wider: a force label in bold DejaVu Sans (what system-ui falls back
 * to on Linux) averages up to 0.69 em a character.
 */
export function textWidth(text: string, fontSize: number = FONT_SIZE, weight: 'normal' | 'bold' = 'normal'): number {
  return Math.ceil(text.length * fontSize * (weight === 'bold' ? 0.7 : 0.58));
}

/** Greedy word wrap by estimated width; a single long word stays on its own line. */
export function wrapText(text: string, maxWidth: number, fontSize: number = FONT_SIZE): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Top margin that leaves room for a reference line's label above the plot. */
export const REFERENCE_LABEL_SPACE = 26;

/**
 * A dashed vertical line at a reference value, labelled above the plot area.
 * The label sits to the right of the line unless it would run past the right margin.
 *
 * @param layout.fraction Where the line falls across the plot area, 0 (left) to 1 (right).
 * @param layout.roomRight Margin to the right of the plot area that the label may use.
 */
export function referenceMarks(
  reference: ReferenceLine,
  layout: { text: string; fraction: number; plotWidth: number; roomRight: number },
): Plot.Markish[] {
  const { text, fraction, plotWidth, roomRight } = layout;
  const flipped = fraction * plotWidth + textWidth(text, SMALL_FONT_SIZE) + 4 > plotWidth + roomRight;
  return [
    Plot.ruleX([reference.value], {
      stroke: 'currentColor',
      strokeDasharray: '4 3',
      strokeOpacity: 0.75,
      insetTop: 8 - REFERENCE_LABEL_SPACE,
      className: 'spo-chart__reference',
    }),
    Plot.text([reference.value], {
      x: (value: number) => value,
      frameAnchor: 'top',
      dy: 10 - REFERENCE_LABEL_SPACE,
      dx: flipped ? -4 : 4,
      textAnchor: flipped ? 'end' : 'start',
      lineAnchor: 'middle',
      text: () => text,
      fontSize: SMALL_FONT_SIZE,
      ...halo('spo-chart__reference-label'),
    }),
  ];
}

/** Gap between a force name and the plot area. */
export const NAME_GAP = 8;

/** Force names right-aligned against the left edge of the plot, one per band of the y scale. */
export function forceNameMarks(rows: readonly { name: string }[], { bold = false } = {}): Plot.Markish {
  return Plot.text(rows, {
    y: 'name',
    text: 'name',
    frameAnchor: 'left',
    textAnchor: 'end',
    dx: -NAME_GAP,
    fontWeight: bold ? 'bold' : 'normal',
    className: bold ? 'spo-chart__name spo-chart--highlight' : 'spo-chart__name',
  });
}

/** Left margin that fits the longest force name. */
export function nameMargin(rows: readonly { name: string }[]): number {
  return Math.max(0, ...rows.map((d) => textWidth(d.name))) + NAME_GAP + 4;
}

/**
 * Whether a force has a number to draw. A non-reported force carrying a number
 * is a wiring error (a no-response turned into 0 somewhere), so it throws.
 */
export function hasFigure(d: { name: string; value: number | null; state: FigureStatus }): d is typeof d & { value: number } {
  if (d.value !== null && d.state !== 'reported') {
    throw new Error(`${d.name} has a value (${d.value}) but its state is ${d.state}; only reported figures carry numbers`);
  }
  return d.value !== null;
}
