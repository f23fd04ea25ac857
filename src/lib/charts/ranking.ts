// Ranking of forces by one value (applications, or applications per 1,000
// recorded offences), as horizontal bars. Zero is a value and gets a visible
// mark and a "0" label; forces without a value never get a bar and are
// returned by unavailableForces for the component to list under the chart.

import * as Plot from '@observablehq/plot';
import type { FigureStatus, ForceCode } from '../data/types.ts';
import { chartCopy } from '../copy/charts.ts';
import { type ChartOptions, DEFAULT_WIDTH, REFERENCE_LABEL_SPACE, type ReferenceLine, SMALL_FONT_SIZE, forceNameMarks, halo, hasFigure, nameMargin, referenceMarks, renderSvg, textWidth } from './plot.ts';
import { formatNumber } from '../views/format.ts';

export interface RankingDatum {
  code: ForceCode;
  name: string;
  slug: string;
  /** Null when the force has no figure; never 0 for a missing figure. */
  value: number | null;
  state: FigureStatus;
  /** Why a reported force still has no value (e.g. no offences to divide by); listed under the chart. */
  missingText?: string;
}

export interface RankingOptions extends ChartOptions {
  /** d3-format specifier for value labels: ",d" for counts (default), ",.1f" for rates. */
  format?: string;
  /** Code of a force to pick out in the accent colour. */
  highlight?: ForceCode | null;
  /** A national figure to draw as a dashed line, e.g. the England and Wales rate. */
  reference?: ReferenceLine | null;
}

/** A force left out of the bars, with the reason to print under the chart. */
export interface UnavailableForce {
  code: ForceCode;
  name: string;
  slug: string;
  state: FigureStatus;
  text: string;
}

interface RankedDatum extends RankingDatum {
  value: number;
  valueLabel: string;
}

const ROW_HEIGHT = 20;
const BAR_PADDING = 0.2;
const LABEL_GAP = 5;

/**
 * Horizontal bars sorted from highest to lowest (ties by name).
 *
 * @param data One datum per force; forces without a value are left out of the bars.
 * @param options Title, description, id prefix, width, number format, highlight, reference line.
 * @returns SVG markup.
 * @example renderRanking(forces, { title: "SPO applications by force", description, idPrefix: "apps", format: ",d" })
 */
export function renderRanking(data: readonly RankingDatum[], options: RankingOptions): string {
  const { width = DEFAULT_WIDTH, format = ',d', highlight = null, reference = null } = options;
  const formatValue = formatNumber(format);
  const ranked = rankedForces(data, formatValue);

  const maxValue = Math.max(0, ...ranked.map((d) => d.value), reference?.value ?? 0);
  const longestLabel = Math.max(0, ...ranked.map((d) => textWidth(d.valueLabel, SMALL_FONT_SIZE)));
  const marginLeft = nameMargin(ranked);
  const marginRight = longestLabel + LABEL_GAP + 4;
  const marginTop = reference ? REFERENCE_LABEL_SPACE : 2;
  const marginBottom = 2;
  const groups = [ranked.filter((d) => d.code !== highlight), ranked.filter((d) => d.code === highlight)];
  // Drawn in layers so the reference line crosses the bars but passes behind the labels.
  const marks: Plot.Markish[] = [
    ...groups.flatMap((rows, i) => barMarks(rows, i === 1)),
    ...(reference
      ? referenceMarks(reference, {
          text: `${reference.label}: ${formatValue(reference.value)}`,
          fraction: reference.value / (maxValue || 1),
          plotWidth: width - marginLeft - marginRight,
          roomRight: marginRight,
        })
      : []),
    ...groups.flatMap((rows, i) => labelMarks(rows, i === 1)),
  ];

  return renderSvg(
    {
      width,
      height: ranked.length * ROW_HEIGHT + marginTop + marginBottom,
      marginLeft,
      marginRight,
      marginTop,
      marginBottom,
      x: { domain: [0, maxValue > 0 ? maxValue : 1], axis: null },
      y: { domain: ranked.map((d) => d.name), axis: null, padding: BAR_PADDING },
      marks,
    },
    { ...options, modifier: 'ranking' },
  );
}

function groupStyle(highlighted: boolean) {
  return highlighted
    ? { modifier: ' spo-chart--highlight', fontWeight: 'bold' }
    : { modifier: '', fontWeight: 'normal' };
}

// The highlighted force is drawn as its own group because Plot sets colour and
// font weight per mark, not per datum.
function barMarks(rows: RankedDatum[], highlighted: boolean): Plot.Markish[] {
  const { modifier } = groupStyle(highlighted);
  const barInset = (ROW_HEIGHT * BAR_PADDING) / 2;
  return [
    Plot.barX(rows, {
      x: 'value',
      y: 'name',
      className: `spo-chart__bar${modifier}`,
      title: (d: RankedDatum) => `${d.name}: ${d.valueLabel}`,
    }),
    // A zero gets a bar-high tick at 0, so it reads as a value and not as a gap.
    Plot.tickX(
      rows.filter((d) => d.value === 0),
      {
        x: 'value',
        y: 'name',
        strokeWidth: 2,
        insetTop: barInset,
        insetBottom: barInset,
        className: `spo-chart__zero${modifier}`,
      },
    ),
  ];
}

function labelMarks(rows: RankedDatum[], highlighted: boolean): Plot.Markish[] {
  const { modifier, fontWeight } = groupStyle(highlighted);
  return [
    Plot.text(rows, {
      x: 'value',
      y: 'name',
      text: 'valueLabel',
      textAnchor: 'start',
      dx: LABEL_GAP,
      fontSize: SMALL_FONT_SIZE,
      fontVariant: 'tabular-nums',
      fontWeight,
      ...halo(`spo-chart__value${modifier}`),
    }),
    forceNameMarks(rows, { bold: highlighted }),
  ];
}

function rankedForces(data: readonly RankingDatum[], formatValue: (value: number) => string): RankedDatum[] {
  return data
    .filter((d): d is RankingDatum & { value: number } => hasFigure(d))
    .map((d) => ({ ...d, valueLabel: formatValue(d.value) }))
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, 'en-GB'));
}

/**
 * The forces that get no bar, in name order, with what to print for each.
 * @example unavailableForces(data) // [{ name: "Lincolnshire", state: "no_response", text: "Did not respond", … }]
 */
export function unavailableForces(data: readonly RankingDatum[]): UnavailableForce[] {
  return data
    .filter((d) => !hasFigure(d))
    .map(({ code, name, slug, state, missingText }) => ({
      code,
      name,
      slug,
      state,
      text: missingText ?? chartCopy.forceState[state],
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

/**
 * A neutral text alternative for a ranking: the highest force, the zeros, and
 * how many forces have no figure and why.
 * @param zeroPhrase What a zero means here, e.g. "made no applications".
 */
export function describeRanking(
  data: readonly RankingDatum[],
  { format = ',d', zeroPhrase = chartCopy.defaultZeroPhrase }: { format?: string; zeroPhrase?: string } = {},
): string {
  const ranked = rankedForces(data, formatNumber(format));
  const top = ranked[0];
  const sentences: string[] = [];
  if (top && top.value > 0) sentences.push(chartCopy.highest(top.name, top.valueLabel));
  const zeros = ranked.filter((d) => d.value === 0).map((d) => d.name);
  if (zeros.length > 0) sentences.push(chartCopy.zeros(zeros, zeroPhrase));
  const unavailable = unavailableForces(data);
  for (const state of ['no_response', 'not_covered', 'reported'] as const) {
    const names = unavailable.filter((d) => d.state === state).map((d) => d.name);
    if (names.length > 0) sentences.push(chartCopy.withoutFigure(names, state));
  }
  return sentences.join(' ');
}
