// Recorded stalking offences over time, one point per quarter, nationally or
// for one force. Dated events (SPOs coming in) and notes the sources make
// (recording-practice changes) are drawn from options, never hard-coded here,
// so every claim on the chart comes from the page's sourced copy.

import * as Plot from '@observablehq/plot';
import type { ForceCode, IsoDate } from '../data/types.ts';
import { chartCopy } from '../copy/charts.ts';
import { type ChartOptions, DEFAULT_WIDTH, type Panel, SMALL_FONT_SIZE, halo, renderSvg, textWidth, wrapText } from './plot.ts';
import { formatNumber } from '../views/format.ts';

export interface TrendPoint {
  /** First day of the quarter: where the point sits on the x axis. */
  start: IsoDate;
  /** Null leaves a gap in the line (a quarter without complete figures); never drawn as 0. */
  value: number | null;
  /** The gap is a count recorded as 0 that may be suppressed (value is then null): said apart from missing quarters. */
  mayBeSuppressed?: boolean;
  /** How the quarter reads in tooltips, e.g. "2020/21 Q1". */
  label: string;
}

/** A dated event drawn as a labelled vertical line, e.g. SPOs coming into force. */
export interface TrendEvent {
  date: IsoDate;
  label: string;
}

/** A date or span the sources comment on: a dotted line, and a shaded band when it has an end. */
export interface TrendNote {
  start: IsoDate;
  end?: IsoDate;
  label: string;
}

export interface TrendOptions extends ChartOptions {
  height?: number;
  events?: readonly TrendEvent[];
  notes?: readonly TrendNote[];
  /** Shade under the line; default true. */
  area?: boolean;
  /** Axis label above the y axis, e.g. "Offences per quarter". */
  yLabel?: string;
  /** d3-format specifier for the y axis and the latest value; default ",d". */
  format?: string;
}

const ANNOTATION_LINE = 16;
const ANNOTATION_TOP_PAD = 4;

/**
 * A line (and light area) of quarterly values with annotations stacked above the plot,
 * one line per event or note so labels of nearby dates never overlap.
 *
 * @example renderTrend(national, { events: [{ date: "2020-01-20", label: "SPOs introduced" }], title, description, idPrefix: "trend" })
 */
export function renderTrend(points: readonly TrendPoint[], options: TrendOptions): string {
  const {
    width = DEFAULT_WIDTH,
    height = width < 480 ? 260 : 340,
    events = [],
    notes = [],
    area = true,
    yLabel,
    format = ',d',
  } = options;
  const formatValue = formatNumber(format);
  const { series, first, last, latest } = datedSeries(points);

  const annotations = [
    ...notes.map((n) => ({ kind: 'note' as const, date: utcDate(n.start), end: n.end ? utcDate(n.end) : null, label: n.label })),
    ...events.map((e) => ({ kind: 'event' as const, date: utcDate(e.date), end: null, label: e.label })),
  ].sort((a, b) => a.date.getTime() - b.date.getTime());
  for (const a of annotations) {
    if (a.date < first.date || (a.end ?? a.date) > last.date) {
      throw new Error(`"${a.label}" falls outside the series (${first.label} to ${last.label})`);
    }
  }

  const yTicks = height < 300 ? 4 : 5;
  // One digit more than the data's maximum, since a nice axis may round up past it.
  const yAxisRoom = textWidth(`0${formatValue(Math.max(0, ...series.map((p) => p.value ?? 0)))}`, SMALL_FONT_SIZE) + 6;
  const marginLeft = Math.max(40, yAxisRoom);
  const marginRight = latest ? textWidth(formatValue(latest.value ?? 0), SMALL_FONT_SIZE) + 14 : 14;
  const yLabelRoom = yLabel ? 24 : 8;
  const marginTop = yLabelRoom + annotations.length * ANNOTATION_LINE + ANNOTATION_TOP_PAD;
  const plotWidth = width - marginLeft - marginRight;
  const span = last.date.getTime() - first.date.getTime() || 1;
  const xOf = (date: Date) => ((date.getTime() - first.date.getTime()) / span) * plotWidth;

  const marks: Plot.Markish[] = [
    Plot.gridY({ ticks: yTicks, strokeOpacity: 0.35, className: 'spo-chart__grid' }),
    Plot.axisY({ ticks: yTicks, tickFormat: formatValue, tickSize: 0, label: null, fontSize: SMALL_FONT_SIZE }),
    Plot.axisX({ ticks: width < 480 ? '2 years' : 'year', tickFormat: '%Y', tickSize: 4, label: null, fontSize: SMALL_FONT_SIZE }),
    ...annotations.flatMap((a, i) => {
      // One line per label, earliest date on top: a rule only ever crosses the
      // lines below its label, where later dates' labels start to its right.
      const labelY = -(annotations.length - i) * ANNOTATION_LINE + ANNOTATION_LINE / 2 - ANNOTATION_TOP_PAD;
      const ruleX = xOf(a.date);
      // Start just right of the rule, pulled left as far as needed to stay inside the SVG.
      const labelX = Math.max(-marginLeft, Math.min(ruleX + 5, plotWidth + marginRight - textWidth(a.label, SMALL_FONT_SIZE)));
      const marksForAnnotation: Plot.Markish[] = [
        Plot.ruleX([a], {
          x: 'date',
          stroke: 'currentColor',
          strokeDasharray: a.kind === 'event' ? '4 3' : '1 3',
          strokeOpacity: 0.8,
          insetTop: labelY - ANNOTATION_LINE / 2,
          className: `spo-chart__rule spo-chart__rule--${a.kind}`,
        }),
        Plot.text([a], {
          x: 'date',
          frameAnchor: 'top',
          dy: labelY,
          dx: labelX - ruleX,
          textAnchor: 'start',
          lineAnchor: 'middle',
          text: 'label',
          fontSize: SMALL_FONT_SIZE,
          ...halo(`spo-chart__annotation spo-chart__annotation--${a.kind}`),
        }),
      ];
      if (a.end) {
        marksForAnnotation.unshift(
          Plot.rectX([a], { x1: 'date', x2: 'end', fillOpacity: 0.15, className: 'spo-chart__note' }),
        );
      }
      return marksForAnnotation;
    }),
    ...lineMarks(series, { area, formatValue }),
  ];
  if (yLabel) {
    // Above the axis, flush with the SVG's left edge, as newsroom charts label their units.
    marks.push(
      Plot.text([yLabel], {
        frameAnchor: 'top-left',
        dx: -marginLeft,
        dy: -marginTop + 2,
        text: (text: string) => text,
        textAnchor: 'start',
        lineAnchor: 'top',
        fontSize: SMALL_FONT_SIZE,
        className: 'spo-chart__axis-label',
      }),
    );
  }
  if (latest) marks.push(...latestMarks(latest, formatValue));

  return renderSvg(
    {
      width,
      height,
      marginLeft,
      marginRight,
      marginTop,
      marginBottom: 26,
      x: { type: 'utc', domain: [first.date, last.date] },
      y: { zero: true, nice: yTicks },
      marks,
    },
    { ...options, modifier: 'trend' },
  );
}

type DatedPoint = TrendPoint & { date: Date };

/**
 * The events that fall within the points' span: a series that starts after
 * SPOs came in (or ends before) has nothing to mark, and marking outside the
 * series is an error.
 */
export function eventsWithin(points: readonly TrendPoint[], events: readonly TrendEvent[]): TrendEvent[] {
  const starts = points.map((point) => point.start).sort();
  const [first, last] = [starts[0], starts.at(-1)];
  return first === undefined || last === undefined ? [] : events.filter((event) => first <= event.date && event.date <= last);
}

function datedSeries(points: readonly TrendPoint[]) {
  const series: DatedPoint[] = points
    .map((p) => ({ ...p, date: utcDate(p.start) }))
    .sort((a, b) => a.date.getTime() - b.date.getTime());
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) throw new Error('a trend needs at least one quarter');
  return { series, first, last, latest: series.findLast((p) => p.value !== null) ?? null };
}

// The series itself: light area, baseline, line, and invisible dots that carry
// each quarter's tooltip without cluttering the line.
function lineMarks(
  series: DatedPoint[],
  { area, formatValue, className = '' }: { area: boolean; formatValue: (value: number) => string; className?: string },
): Plot.Markish[] {
  // A point between two gaps has no line to sit on, so it gets a small dot of its own.
  const isolated = series.filter((p, i) => p.value !== null && series[i - 1]?.value == null && series[i + 1]?.value == null);
  return [
    // y1/y2 rather than y: areaY's implicit stacking would read a gap (null) as 0 and fill down to the baseline.
    ...(area ? [Plot.areaY(series, { x: 'date', y1: 0, y2: 'value', fillOpacity: 0.12, className: `spo-chart__area${className}` })] : []),
    Plot.ruleY([0], { strokeOpacity: 0.6 }),
    Plot.lineY(series, { x: 'date', y: 'value', strokeWidth: 2, className: `spo-chart__line${className}` }),
    ...(isolated.length > 0 ? [Plot.dot(isolated, { x: 'date', y: 'value', r: 2.5, className: `spo-chart__latest${className}` })] : []),
    Plot.dot(series, {
      x: 'date',
      y: 'value',
      r: 4,
      fill: 'transparent',
      title: (p: DatedPoint) => (p.value === null ? p.label : `${p.label}: ${formatValue(p.value)}`),
    }),
  ];
}

function latestMarks(latest: DatedPoint, formatValue: (value: number) => string): Plot.Markish[] {
  return [
    Plot.dot([latest], { x: 'date', y: 'value', r: 3.5, fill: 'currentColor', className: 'spo-chart__latest' }),
    Plot.text([latest], {
      x: 'date',
      y: 'value',
      text: (p: DatedPoint) => formatValue(p.value ?? 0),
      dx: 7,
      textAnchor: 'start',
      fontSize: SMALL_FONT_SIZE,
      fontWeight: 'bold',
      ...halo('spo-chart__value'),
    }),
  ];
}

function utcDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** One force's quarters, for the small multiples. */
export interface TrendSeries {
  code: ForceCode;
  name: string;
  slug: string;
  points: readonly TrendPoint[];
}

export interface TrendSmallMultiplesOptions extends ChartOptions {
  /** Drawn as a faint line in every panel and explained once in the key. */
  events?: readonly TrendEvent[];
  format?: string;
  highlight?: ForceCode | null;
}

const PANEL_MIN_WIDTH = 150;
const PANEL_HEIGHT = 106;
/** Room under each panel for its year labels. */
const PANEL_AXIS_HEIGHT = 16;
const PANEL_GAP = 14;
const KEY_LINE = 17;

/**
 * One small chart per force in a grid, each with its own y scale (labelled
 * at 0 and its top) so a force with a few dozen offences shows its shape as
 * clearly as the Metropolitan Police. The key above the grid says so.
 *
 * @example renderTrendSmallMultiples(forces, { events: [{ date: "2020-01-20", label: "SPOs introduced" }], title, description, idPrefix: "by-force" })
 */
export function renderTrendSmallMultiples(
  data: readonly TrendSeries[],
  options: TrendSmallMultiplesOptions,
): string {
  const { width = DEFAULT_WIDTH, events = [], format = ',d', highlight = null } = options;
  const formatValue = formatNumber(format);
  const columns = Math.max(2, Math.floor((width + PANEL_GAP) / (PANEL_MIN_WIDTH + PANEL_GAP)));
  const panelWidth = (width - (columns - 1) * PANEL_GAP) / columns;
  const prepared = data.map((d) => ({ ...d, ...datedSeries(d.points) }));
  const span = prepared[0];
  if (!span) throw new Error('renderTrendSmallMultiples needs at least one force');

  const keyLines = [
    ...wrapText(chartCopy.smallMultiplesKey(span.first.label, span.last.label), width, SMALL_FONT_SIZE),
    ...events.map((e) => chartCopy.smallMultiplesEvent(e.label)),
    ...(data.some((d) => d.points.some((p) => p.mayBeSuppressed === true)) ? wrapText(chartCopy.smallMultiplesSuppressed, width, SMALL_FONT_SIZE) : []),
  ];
  const keyHeight = keyLines.length * KEY_LINE + 8;
  const rows = Math.ceil(prepared.length / columns);
  // Every panel is labelled with the first and last whole years it spans, and the year SPOs came in.
  const yearTicks = [...new Set([span.first.date.getUTCFullYear() + (span.first.date.getUTCMonth() === 0 ? 0 : 1), ...events.map((e) => utcDate(e.date).getUTCFullYear()), span.last.date.getUTCFullYear()])]
    .map((year) => new Date(Date.UTC(year, 0, 1)))
    .filter((date) => date >= span.first.date && date <= span.last.date);

  const panels: Panel[] = prepared.map((force, i) => {
    const highlighted = force.code === highlight;
    const modifier = highlighted ? ' spo-chart--highlight' : '';
    const top = Math.max(0, ...force.series.map((p) => p.value ?? 0));
    const marginLeft = textWidth(formatValue(top), SMALL_FONT_SIZE) + 10;
    return {
      x: (i % columns) * (panelWidth + PANEL_GAP),
      y: keyHeight + Math.floor(i / columns) * (PANEL_HEIGHT + PANEL_GAP),
      plot: {
        width: panelWidth,
        height: PANEL_HEIGHT,
        marginTop: 22,
        marginLeft,
        marginRight: 6,
        marginBottom: PANEL_AXIS_HEIGHT,
        x: { type: 'utc', domain: [span.first.date, span.last.date], axis: null },
        // Only 0 and the top of this force's own scale are labelled: the scales differ by force.
        y: { domain: [0, top > 0 ? top : 1], axis: null },
        marks: [
          Plot.ruleY([top], { strokeOpacity: 0.35, className: 'spo-chart__grid' }),
          Plot.axisY([0, ...(top > 0 ? [top] : [])], {
            tickFormat: formatValue,
            tickSize: 0,
            tickPadding: 4,
            label: null,
            fontSize: SMALL_FONT_SIZE - 1,
            className: 'spo-chart__muted-text',
          }),
          ...events.map((e) =>
            Plot.ruleX([utcDate(e.date)], { strokeDasharray: '3 3', strokeOpacity: 0.6, className: 'spo-chart__rule--event' }),
          ),
          Plot.axisX(yearTicks, {
            tickFormat: (date: Date) => String(date.getUTCFullYear()),
            tickSize: 3,
            tickPadding: 2,
            label: null,
            fontSize: SMALL_FONT_SIZE - 2,
            className: 'spo-chart__muted-text',
          }),
          ...lineMarks(force.series, { area: true, formatValue, className: modifier }),
          Plot.text([force.name], {
            frameAnchor: 'top-left',
            dx: -marginLeft,
            dy: -20,
            text: (name: string) => name,
            textAnchor: 'start',
            lineAnchor: 'top',
            fontSize: SMALL_FONT_SIZE,
            fontWeight: 'bold',
            className: `spo-chart__name${modifier}`,
          }),
        ],
      },
    };
  });

  return renderSvg(
    {
      width,
      height: keyHeight + rows * PANEL_HEIGHT + (rows - 1) * PANEL_GAP,
      margin: 0,
      marks: [
        Plot.text([keyLines.join('\n')], {
          frameAnchor: 'top-left',
          text: (text: string) => text,
          textAnchor: 'start',
          lineAnchor: 'top',
          lineHeight: KEY_LINE / SMALL_FONT_SIZE,
          fontSize: SMALL_FONT_SIZE,
          className: 'spo-chart__legend',
        }),
      ],
    },
    { ...options, modifier: 'trend-grid', panels },
  );
}

/**
 * A neutral text alternative: the span, the lowest and highest quarters, and the latest.
 * @example "Quarterly, 2014/15 Q1 to 2025/26 Q3. Lowest: 2014/15 Q1, 1,234. Highest: …. Latest: …."
 */
export function describeTrend(points: readonly TrendPoint[], { format = ',d' }: { format?: string } = {}): string {
  const formatValue = formatNumber(format);
  const { series, first, last, latest } = datedSeries(points);
  const withValue = series.filter((p): p is DatedPoint & { value: number } => p.value !== null);
  const lowest = withValue.reduce<(typeof withValue)[number] | null>((low, p) => (low === null || p.value < low.value ? p : low), null);
  const highest = withValue.reduce<(typeof withValue)[number] | null>((high, p) => (high === null || p.value > high.value ? p : high), null);
  const sentences = [chartCopy.trendSpan(first.label, last.label)];
  if (lowest && highest && latest) {
    sentences.push(
      chartCopy.trendPoint('lowest', lowest.label, formatValue(lowest.value)),
      chartCopy.trendPoint('highest', highest.label, formatValue(highest.value)),
      chartCopy.trendPoint('latest', latest.label, formatValue(latest.value ?? 0)),
    );
  }
  const suppressed = points.filter((p) => p.mayBeSuppressed === true && p.value === null).length;
  const gaps = series.length - withValue.length - suppressed;
  if (gaps > 0) sentences.push(chartCopy.trendGaps(gaps));
  if (suppressed > 0) sentences.push(chartCopy.trendSuppressed(suppressed));
  return sentences.join(' ');
}
