// Where one force sits among all the others on one measure: a single row of
// dots on a linear scale, the chosen force larger and labelled. Forces without
// a value are left out, and the text alternative says how many.

import * as Plot from '@observablehq/plot';
import { ticks } from 'd3-array';
import type { FigureStatus, ForceCode } from '../data/types.ts';
import { chartCopy } from '../copy/charts.ts';
import { type ChartOptions, DEFAULT_WIDTH, type ReferenceLine, SMALL_FONT_SIZE, halo, hasFigure, renderSvg, textWidth } from './plot.ts';
import { formatNumber } from '../views/format.ts';

export interface StripDatum {
  code: ForceCode;
  name: string;
  slug: string;
  /** Null leaves the force off the strip; never drawn as 0. */
  value: number | null;
  state: FigureStatus;
}

export interface StripOptions extends ChartOptions {
  /** The force to pick out; null draws the plain distribution. */
  highlight: ForceCode | null;
  /** d3-format specifier for labels and the axis; default ",d". */
  format?: string;
  /** A national figure shown as a tick across the row, labelled under the axis. */
  reference?: ReferenceLine | null;
}

type Placed = StripDatum & { value: number };

const ROW_HEIGHT = 28;
const DOT_RADIUS = 5;
const HIGHLIGHT_RADIUS = 7.5;
const LABEL_LINE = 18;
const AXIS_HEIGHT = 22;
const DOT_PAD = HIGHLIGHT_RADIUS + 2;

/**
 * @example renderStrip(forces, { highlight: "E23000033", format: ",.1f", title, description, idPrefix: "strip-rate" })
 */
export function renderStrip(data: readonly StripDatum[], options: StripOptions): string {
  const { width = DEFAULT_WIDTH, highlight, format = ',d', reference = null } = options;
  const formatValue = formatNumber(format);
  const placed = placedForces(data);
  const picked = placed.find((d) => d.code === highlight) ?? null;
  const others = placed.filter((d) => d !== picked);

  const values = placed.map((d) => d.value);
  const min = Math.min(0, ...values, reference?.value ?? 0);
  const max = Math.max(0, ...values, reference?.value ?? 0);
  const domainMax = max > min ? max : min + 1;
  const tickCount = width < 480 ? 3 : 5;
  // Tick labels are centred on their ticks, so the sides leave room for half the
  // widest one (estimated as bold, which bounds the regular weight) wherever it falls.
  const tickLabels = ticks(min, domainMax, tickCount).map((tick) => textWidth(formatValue(tick), SMALL_FONT_SIZE, 'bold'));
  const side = Math.max(DOT_PAD, Math.ceil(Math.max(0, ...tickLabels) / 2));
  const marginTop = picked ? LABEL_LINE + 4 : 4;
  const marginBottom = AXIS_HEIGHT + (reference ? LABEL_LINE : 0);
  const plotWidth = width - 2 * side;
  const xOf = (value: number) => ((value - min) / (domainMax - min)) * plotWidth;
  const labelPlacement = (value: number, labelWidth: number) => edgeAnchored(xOf(value), labelWidth, plotWidth, side);

  const marks: Plot.Markish[] = [
    Plot.axisX({ ticks: tickCount, tickFormat: formatValue, tickSize: 4, label: null, fontSize: SMALL_FONT_SIZE }),
    Plot.ruleY([0], { strokeOpacity: 0.35, className: 'spo-chart__grid' }),
  ];
  if (reference) {
    const text = `${reference.label}: ${formatValue(reference.value)}`;
    marks.push(
      Plot.ruleX([reference.value], {
        strokeDasharray: '4 3',
        strokeOpacity: 0.75,
        insetBottom: -AXIS_HEIGHT,
        className: 'spo-chart__reference',
      }),
      Plot.text([reference.value], {
        x: (value: number) => value,
        frameAnchor: 'bottom',
        dy: AXIS_HEIGHT + LABEL_LINE / 2,
        ...labelPlacement(reference.value, textWidth(text, SMALL_FONT_SIZE)),
        lineAnchor: 'middle',
        text: () => text,
        fontSize: SMALL_FONT_SIZE,
        ...halo('spo-chart__reference-label'),
      }),
    );
  }
  marks.push(
    Plot.dot(others, {
      x: 'value',
      y: () => 0,
      r: DOT_RADIUS,
      fill: 'currentColor',
      fillOpacity: 0.6,
      strokeWidth: 1,
      // A ring in the background colour keeps overlapping dots apart.
      className: 'spo-chart__dot spo-chart__halo',
      title: (d: Placed) => `${d.name}: ${formatValue(d.value)}`,
    }),
  );
  if (picked) {
    const text = `${picked.name}: ${formatValue(picked.value)}`;
    marks.push(
      Plot.dot([picked], {
        x: 'value',
        y: () => 0,
        r: HIGHLIGHT_RADIUS,
        fill: 'currentColor',
        strokeWidth: 2,
        className: 'spo-chart__dot spo-chart--highlight spo-chart__halo',
        title: (d: Placed) => `${d.name}: ${formatValue(d.value)}`,
      }),
      Plot.text([picked], {
        x: 'value',
        frameAnchor: 'top',
        dy: -LABEL_LINE / 2 - 2,
        ...labelPlacement(picked.value, textWidth(text, SMALL_FONT_SIZE, 'bold')),
        lineAnchor: 'middle',
        text: () => text,
        fontSize: SMALL_FONT_SIZE,
        fontWeight: 'bold',
        className: 'spo-chart__value spo-chart--highlight',
      }),
    );
  }

  return renderSvg(
    {
      width,
      height: marginTop + ROW_HEIGHT + marginBottom,
      marginTop,
      marginBottom,
      marginLeft: side,
      marginRight: side,
      x: { domain: [min, domainMax] },
      // The row is y = 0, centred between -1 and 1.
      y: { domain: [-1, 1], axis: null },
      marks,
    },
    { ...options, modifier: 'strip' },
  );
}

/**
 * A label centred over x (in plot coordinates, `side` in from the SVG's edge)
 * while its estimated width fits the SVG; otherwise started or ended at the
 * SVG's edge, so the browser's real text width, whatever the font, can never
 * push it past that edge.
 */
function edgeAnchored(
  x: number,
  labelWidth: number,
  plotWidth: number,
  side: number,
): { textAnchor: 'start' | 'middle' | 'end'; dx: number } {
  const half = labelWidth / 2;
  if (x - half < -side) return { textAnchor: 'start', dx: -side - x };
  if (x + half > plotWidth + side) return { textAnchor: 'end', dx: plotWidth + side - x };
  return { textAnchor: 'middle', dx: 0 };
}

function placedForces(data: readonly StripDatum[]): Placed[] {
  return data.filter((d): d is Placed => hasFigure(d));
}

/**
 * A neutral text alternative: the highlighted force's value, the spread of the
 * others, and how many forces are left off for want of a figure.
 */
export function describeStrip(
  data: readonly StripDatum[],
  { highlight, format = ',d' }: Pick<StripOptions, 'highlight' | 'format'>,
): string {
  const formatValue = formatNumber(format);
  const placed = placedForces(data);
  const picked = placed.find((d) => d.code === highlight);
  const others = placed.filter((d) => d !== picked).map((d) => d.value);
  const sentences: string[] = [];
  if (picked) sentences.push(chartCopy.stripHighlight(picked.name, formatValue(picked.value)));
  if (others.length > 0) {
    sentences.push(chartCopy.stripRange(others.length, formatValue(Math.min(...others)), formatValue(Math.max(...others))));
  }
  const omitted = data.length - placed.length;
  if (omitted > 0) sentences.push(chartCopy.stripOmitted(omitted));
  return sentences.join(' ');
}
