// Two sources' figures for the same forces, side by side: one row per force,
// a dot for each source joined by a line, so the reader sees where court data
// and the forces' own FOI replies disagree. Values are never merged or
// averaged; each dot is labelled with its own number.

import * as Plot from '@observablehq/plot';
import type { ForceCode } from '../data/types.ts';
import { chartCopy } from '../copy/charts.ts';
import { type ChartOptions, DEFAULT_WIDTH, SMALL_FONT_SIZE, forceNameMarks, halo, nameMargin, renderSvg, textWidth, wrapText } from './plot.ts';
import { formatNumber } from '../views/format.ts';

export interface DumbbellDatum {
  code: ForceCode;
  name: string;
  slug: string;
  /** The first source's figure (e.g. court data, first year). */
  first: number;
  /** The second source's figure (e.g. BBC FOI). */
  second: number;
}

/** How a source is named in the legend: what it is and the period it covers. */
export interface DumbbellSeries {
  label: string;
  period: string;
}

export interface DumbbellOptions extends ChartOptions {
  series: readonly [first: DumbbellSeries, second: DumbbellSeries];
  /** d3-format specifier for the value labels; default ",d". */
  format?: string;
  highlight?: ForceCode | null;
}

interface Row extends DumbbellDatum {
  low: number;
  high: number;
  lowLabel: string;
  highLabel: string;
}

const ROW_HEIGHT = 28;
const DOT_RADIUS = 5;
const RING_RADIUS = 7;
const LABEL_GAP = RING_RADIUS + 4;
const LEGEND_LINE_HEIGHT = 17;
const LEGEND_TEXT_X = 20;

/**
 * One row per force, sorted by the larger of its two values (then by name).
 * The first source is a filled dot, the second a ring, so equal values show
 * as a dot inside a ring and the sources stay apart without relying on colour.
 *
 * @example renderDumbbell(rows, { series: [{ label: "Court data", period: "Jan 2020 to Jan 2021" }, …], title, description, idPrefix: "court-vs-foi" })
 */
export function renderDumbbell(data: readonly DumbbellDatum[], options: DumbbellOptions): string {
  const { width = DEFAULT_WIDTH, format = ',d', highlight = null, series } = options;
  const rows = sortedRows(data, formatNumber(format));
  const lows = rows.filter((d) => d.low !== d.high);
  const evens = rows.filter((d) => d.low === d.high);

  const legend = series.map((s) => wrapText(`${s.label}, ${s.period}`, width - LEGEND_TEXT_X, SMALL_FONT_SIZE));
  const legendHeight = legend.reduce((sum, lines) => sum + lines.length * LEGEND_LINE_HEIGHT + 4, 0);
  const marginLeft = nameMargin(rows);
  const marginTop = legendHeight + 10;
  const lowRoom = Math.max(0, ...lows.map((d) => textWidth(d.lowLabel, SMALL_FONT_SIZE))) + LABEL_GAP + 2;
  const highRoom =
    Math.max(
      0,
      ...rows.map((d) => textWidth(d.low === d.high ? chartCopy.bothSources(d.highLabel) : d.highLabel, SMALL_FONT_SIZE)),
    ) +
    LABEL_GAP +
    2;
  const maxValue = Math.max(1, ...rows.map((d) => d.high));

  const valueLabel = (value: 'low' | 'high', rowsToLabel: Row[], side: -1 | 1, text: (d: Row) => string) =>
    Plot.text(rowsToLabel, {
      x: value,
      y: 'name',
      text,
      dx: side * LABEL_GAP,
      textAnchor: side < 0 ? 'end' : 'start',
      fontSize: SMALL_FONT_SIZE,
      fontVariant: 'tabular-nums',
      ...halo('spo-chart__value'),
    });

  return renderSvg(
    {
      width,
      height: marginTop + rows.length * ROW_HEIGHT + 2,
      marginLeft,
      marginRight: highRoom,
      marginTop,
      marginBottom: 2,
      x: { domain: [0, maxValue], insetLeft: lowRoom, axis: null },
      y: { domain: rows.map((d) => d.name), axis: null },
      marks: [
        ...legendMarks(legend, { marginLeft, marginTop }),
        // Faint row lines lead the eye from each name to its dots; the line at 0 anchors the zeros.
        Plot.ruleY(rows, { y: 'name', strokeOpacity: 0.35, className: 'spo-chart__grid' }),
        Plot.ruleX([0], { className: 'spo-chart__grid' }),
        Plot.ruleY(rows, {
          y: 'name',
          x1: 'low',
          x2: 'high',
          strokeWidth: 2,
          className: 'spo-chart__connector',
        }),
        Plot.dot(rows, {
          x: 'first',
          y: 'name',
          r: DOT_RADIUS,
          fill: 'currentColor',
          className: 'spo-chart__dot--first',
          title: (d: Row) => tooltip(d, series, formatNumber(format)),
        }),
        Plot.dot(rows, {
          x: 'second',
          y: 'name',
          r: RING_RADIUS,
          strokeWidth: 2.5,
          className: 'spo-chart__dot--second',
          title: (d: Row) => tooltip(d, series, formatNumber(format)),
        }),
        valueLabel('low', lows, -1, (d) => d.lowLabel),
        valueLabel('high', lows, 1, (d) => d.highLabel),
        valueLabel('high', evens, 1, (d) => chartCopy.bothSources(d.highLabel)),
        forceNameMarks(
          rows.filter((d) => d.code !== highlight),
          { bold: false },
        ),
        forceNameMarks(
          rows.filter((d) => d.code === highlight),
          { bold: true },
        ),
      ],
    },
    { ...options, modifier: 'dumbbell' },
  );
}

function sortedRows(data: readonly DumbbellDatum[], formatValue: (value: number) => string): Row[] {
  return data
    .map((d) => {
      const low = Math.min(d.first, d.second);
      const high = Math.max(d.first, d.second);
      return { ...d, low, high, lowLabel: formatValue(low), highLabel: formatValue(high) };
    })
    .sort((a, b) => b.high - a.high || b.low - a.low || a.name.localeCompare(b.name, 'en-GB'));
}

function tooltip(d: DumbbellDatum, series: DumbbellOptions['series'], formatValue: (value: number) => string): string {
  return `${d.name}\n${series[0].label}: ${formatValue(d.first)}\n${series[1].label}: ${formatValue(d.second)}`;
}

// The legend sits in the top margin, flush with the left edge of the SVG;
// offsets are from the plot frame's top-left corner, hence the negative margins.
function legendMarks(legend: string[][], { marginLeft, marginTop }: { marginLeft: number; marginTop: number }): Plot.Markish[] {
  const marks: Plot.Markish[] = [];
  let top = 2 - marginTop;
  legend.forEach((lines, i) => {
    const symbolY = top + LEGEND_LINE_HEIGHT / 2;
    const anchor = { frameAnchor: 'top-left', dx: -marginLeft + RING_RADIUS + 1 } as const;
    marks.push(
      i === 0
        ? Plot.dot([null], { ...anchor, dy: symbolY, r: DOT_RADIUS, fill: 'currentColor', className: 'spo-chart__dot--first' })
        : Plot.dot([null], { ...anchor, dy: symbolY, r: RING_RADIUS, strokeWidth: 2.5, className: 'spo-chart__dot--second' }),
      Plot.text([lines.join('\n')], {
        frameAnchor: 'top-left',
        dx: -marginLeft + LEGEND_TEXT_X,
        dy: top,
        text: (text: string) => text,
        textAnchor: 'start',
        lineAnchor: 'top',
        lineHeight: LEGEND_LINE_HEIGHT / SMALL_FONT_SIZE,
        fontSize: SMALL_FONT_SIZE,
        className: 'spo-chart__legend',
      }),
    );
    top += lines.length * LEGEND_LINE_HEIGHT + 4;
  });
  return marks;
}

/**
 * A neutral text alternative: where the two sources agree and where they differ.
 * @example "Court data and BBC FOI agree for Suffolk (0). They differ for Gwent (0 and 7) and Sussex (41 and 37)."
 */
export function describeDumbbell(
  data: readonly DumbbellDatum[],
  { series, format = ',d' }: Pick<DumbbellOptions, 'series' | 'format'>,
): string {
  const formatValue = formatNumber(format);
  const rows = sortedRows(data, formatValue);
  const agree = rows.filter((d) => d.first === d.second);
  const differ = rows.filter((d) => d.first !== d.second);
  const sentences: string[] = [];
  if (agree.length > 0) {
    sentences.push(chartCopy.sourcesAgree(series[0].label, series[1].label, agree.map((d) => `${d.name} (${d.highLabel})`)));
  }
  if (differ.length > 0) {
    sentences.push(
      chartCopy.sourcesDiffer(
        series[0].label,
        series[1].label,
        differ.map((d) => `${d.name} (${formatValue(d.first)} and ${formatValue(d.second)})`),
      ),
    );
  }
  return sentences.join(' ');
}
