// Words the chart renderers put into their SVGs and text alternatives.

import type { FigureStatus } from '../data/types.ts';
import { figureState, listNames, notStated } from './common.ts';

export const chartCopy = {
  /** What to print for a force that gets no bar. A reported force without a value has no number to divide. */
  forceState: {
    no_response: figureState.no_response.label,
    not_covered: figureState.not_covered.label,
    reported: 'No figure to compare',
  } satisfies Record<FigureStatus, string>,
  defaultZeroPhrase: 'reported zero',
  highest: (name: string, valueLabel: string) => `${name} has the highest figure, ${valueLabel}.`,
  zeros: (names: readonly string[], zeroPhrase: string) => `${listNames(names)} ${zeroPhrase}.`,
  withoutFigure: (names: readonly string[], state: FigureStatus) =>
    `${listNames(names)} ${names.length === 1 ? 'has' : 'have'} no figure: ${chartCopy.forceState[state].toLowerCase()}.`,
  /** Label for a force whose two sources give the same number: "0 in both". */
  bothSources: (valueLabel: string) => `${valueLabel} in both`,
  sourcesAgree: (first: string, second: string, items: readonly string[]) =>
    `${first} and ${second} agree for ${listNames(items)}.`,
  sourcesDiffer: (first: string, second: string, items: readonly string[]) =>
    `${first} and ${second} differ for ${listNames(items)}.`,
  stripHighlight: (name: string, valueLabel: string) => `${name}: ${valueLabel}.`,
  stripRange: (count: number, lowest: string, highest: string) =>
    count === 1 ? `The only other force has ${lowest}.` : `The other ${count} forces range from ${lowest} to ${highest}.`,
  trendSpan: (firstQuarter: string, lastQuarter: string) => `Quarterly, ${firstQuarter} to ${lastQuarter}.`,
  trendPoint: (which: 'lowest' | 'highest' | 'latest', quarter: string, valueLabel: string) =>
    `${{ lowest: 'Lowest', highest: 'Highest', latest: 'Latest' }[which]}: ${quarter}, ${valueLabel}.`,
  trendGaps: (count: number) =>
    `${count} ${count === 1 ? 'quarter has' : 'quarters have'} no complete figure and ${count === 1 ? 'is' : 'are'} left as a gap.`,
  trendSuppressed: (count: number) =>
    `${count} ${count === 1 ? 'quarter is' : 'quarters are'} recorded as 0 but may be suppressed, so ${count === 1 ? 'it is' : 'they are'} left as a gap rather than drawn as a fall.`,
  /** Key line of the small multiples when some quarters are such zeros. */
  smallMultiplesSuppressed: 'A gap in a line: a quarter recorded as 0 that may be a suppressed count, not drawn as a fall.',
  /** Key above the per-force small multiples. */
  smallMultiplesKey: (firstQuarter: string, lastQuarter: string) =>
    `Each force by quarter, ${firstQuarter} to ${lastQuarter}. Each chart has its own scale.`,
  smallMultiplesEvent: (label: string) => `Dashed line: ${label}`,
  stripOmitted: (count: number) =>
    `${count} ${count === 1 ? 'force has' : 'forces have'} no figure and ${count === 1 ? 'is' : 'are'} not shown.`,
};

/** Words in the zero-comparison matrix (src/lib/charts/zero-comparison.ts). */
export const zeroComparisonCopy = {
  notStated: notStated.label,
  verdictColumn: 'Sources agree?',
  verdict: { agree: 'Agree', differ: 'Differ', single: 'Cannot compare' },
  /** The verdict on a narrow chart, beside the force's name with no column head above it. */
  verdictBesideName: { agree: 'Sources agree', differ: 'Sources differ', single: 'Cannot compare' },
  /** A verdict over some of a row's figures: "Agree; 1 not compared". */
  verdictWithout: (verdict: string, count: number) => `${verdict}; ${count} not compared`,
  notComparedSentence: (source: string, reason: string) => `${source} is not compared: ${reason}.`,
  verdictSentence: {
    agree: 'Where their periods overlap, the sources agree.',
    differ: 'Where their periods overlap, the sources differ.',
    single: 'No two sources cover overlapping periods.',
  },
  describeRow: (name: string, parts: readonly string[], verdict: string) => `${name}: ${parts.join('; ')}. ${verdict}`,
};
