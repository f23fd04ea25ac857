// Class breaks for the choropleth: quantiles of the values, rounded to numbers
// a reader can hold in mind (1, 2, 2.5, 5, 10, 15, …), so a legend reads
// "2 to under 5" rather than "1.87 to under 4.63". Only real values are
// classed: zero, no response, not covered and no data are states with their
// own legend entries and never fall into a class.

import { quantileSorted } from 'd3-array';
import { RAMP_STEPS } from './palette.ts';

/** One class: values v with lower <= v < upper, except the last class, which includes its upper bound. */
export interface ValueClass {
  lower: number;
  upper: number;
  /** How many of the classified values fall in the class (never 0). */
  count: number;
}

export interface Classification {
  /** Interior thresholds, strictly increasing: a value at a threshold belongs to the class above it. */
  breaks: number[];
  /** One more than there are breaks; empty when there were no values. */
  classes: ValueClass[];
}

export interface ClassifyOptions {
  /** Most classes to make; fewer when the values do not support them. 1 to RAMP_STEPS, default RAMP_STEPS. */
  classCount?: number;
  /** Values are whole numbers (counts): thresholds are whole numbers too. */
  integer?: boolean;
}

/** Mantissas a rounded threshold may have, within each power of ten. */
const NICE_MANTISSAS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 10];

/**
 * Rounds a positive number to the nearest "nice" number: 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 7.5 times a power of ten
 * (exact for normal doubles; below about 1e-308 such numbers cannot be stored).
 * @example niceRound(4.63) === 5; niceRound(0.187) === 0.2; niceRound(1.3) === 1.5
 */
export function niceRound(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) throw new Error(`niceRound needs a positive number, got ${value}`);
  // Mantissa and exponent from the decimal form, so no float noise (0.30000000000000004) creeps in.
  const [mantissa, exponent] = decimalParts(value);
  const nearest = NICE_MANTISSAS.reduce((best, m) => (Math.abs(m - mantissa) < Math.abs(best - mantissa) ? m : best));
  return Number(`${nearest}e${exponent}`);
}

/** 4630 → [4.63, 3] */
export function decimalParts(value: number): [mantissa: number, exponent: number] {
  const [mantissa = '', exponent = ''] = value.toExponential().split('e');
  return [Number(mantissa), Number(exponent)];
}

/**
 * Splits values into at most `classCount` classes with rounded thresholds.
 * Thresholds start from the quantiles, are rounded with niceRound (and to
 * whole numbers for counts), and are dropped when rounding would leave a class
 * empty, so every class in the legend holds at least one force.
 *
 * @param values Real values (0 or more) of the forces to class; not zeros that stand for states.
 * @returns Breaks and classes with counts; the counts sum to values.length.
 * @example classify([0.4, 1.2, 2.5, 3.1, 7.9, 12], { classCount: 3 }) // breaks [1.5, 4]
 */
export function classify(values: readonly number[], options: ClassifyOptions = {}): Classification {
  const { classCount = RAMP_STEPS, integer = false } = options;
  if (!Number.isInteger(classCount) || classCount < 1 || classCount > RAMP_STEPS) {
    throw new Error(`classCount must be a whole number from 1 to ${RAMP_STEPS}, got ${classCount}`);
  }
  for (const value of values) {
    if (!Number.isFinite(value) || value < 0) throw new Error(`classify needs finite values of 0 or more, got ${value}`);
    if (integer && !Number.isInteger(value)) throw new Error(`classify was told the values are counts, got ${value}`);
  }
  const sorted = [...values].sort((a, b) => a - b);
  const min = sorted[0];
  const max = sorted.at(-1);
  if (min === undefined || max === undefined) return { breaks: [], classes: [] };

  const candidates = new Set<number>();
  for (let k = 1; k < classCount; k++) {
    const quantile = quantileSorted(sorted, k / classCount) ?? min;
    if (quantile <= 0) continue;
    const rounded = niceRound(quantile);
    candidates.add(integer ? Math.max(1, Math.round(rounded)) : rounded);
  }
  let breaks = [...candidates].filter((t) => t > min && t <= max).sort((a, b) => a - b);
  // Rounding can move two thresholds past the same values; drop the upper one of an empty class.
  for (let counts = countByClass(sorted, breaks); counts.includes(0); counts = countByClass(sorted, breaks)) {
    const empty = counts.indexOf(0);
    breaks = breaks.filter((_, i) => i !== Math.min(empty, breaks.length - 1));
  }
  const counts = countByClass(sorted, breaks);
  return {
    breaks,
    classes: counts.map((count, i) => ({ lower: breaks[i - 1] ?? min, upper: breaks[i] ?? max, count })),
  };
}

/**
 * The class a value falls in: the number of thresholds at or below it.
 * @example classIndexOf([2, 5], 2) === 1
 */
export function classIndexOf(breaks: readonly number[], value: number): number {
  return breaks.filter((threshold) => threshold <= value).length;
}

function countByClass(sorted: readonly number[], breaks: readonly number[]): number[] {
  const counts = new Array<number>(breaks.length + 1).fill(0);
  for (const value of sorted) counts[classIndexOf(breaks, value)]! += 1;
  return counts;
}

/**
 * Which of the RAMP_STEPS colours (1-based) class `index` of `classCount` gets:
 * spread across the ramp so that fewer classes still use its extremes, and a
 * single class takes the middle.
 * @example rampStep(0, 3) === 1; rampStep(1, 3) === 3; rampStep(2, 3) === 5
 */
export function rampStep(index: number, classCount: number): number {
  if (!Number.isInteger(index) || index < 0 || index >= classCount || classCount > RAMP_STEPS) {
    throw new Error(`class ${index} of ${classCount} has no ramp step (at most ${RAMP_STEPS} classes)`);
  }
  if (classCount === 1) return Math.ceil(RAMP_STEPS / 2);
  return 1 + Math.round((index * (RAMP_STEPS - 1)) / (classCount - 1));
}

/** The words around the numbers in class labels (from src/lib/copy/common.ts). */
export interface ClassLabelWords {
  /** "Under 2" */
  below: (upper: string) => string;
  /** "2 to under 5" */
  between: (lower: string, upper: string) => string;
  /** "5–9", for counts (and for a single class, whose ends are both in it) */
  range: (lower: string, upper: string) => string;
  /** "10 or more" */
  atLeast: (lower: string) => string;
  /** "3", for a class that holds one value */
  exactly: (value: string) => string;
}

/**
 * Legend labels for a classification. Rates read "Under 2", "2 to under 5",
 * "5 or more"; counts (integer) read "1–4", "5–9", "10 or more", which say
 * exactly which whole numbers each class holds.
 *
 * @param format How to print a threshold (the metric's number format).
 * @example classLabels(classify(values), { format, words: mapCopy.classWords })
 */
export function classLabels(
  classification: Classification,
  { format, words, integer = false }: { format: (value: number) => string; words: ClassLabelWords; integer?: boolean },
): string[] {
  const { breaks, classes } = classification;
  return classes.map(({ lower, upper }, i) => {
    const first = i === 0;
    const last = i === classes.length - 1;
    if (integer) {
      const top = last ? upper : (breaks[i] ?? upper) - 1;
      if (last && !first) return words.atLeast(format(lower));
      return lower === top ? words.exactly(format(lower)) : words.range(format(lower), format(top));
    }
    if (first && last) return lower === upper ? words.exactly(format(lower)) : words.range(format(lower), format(upper));
    if (first) return words.below(format(upper));
    if (last) return words.atLeast(format(lower));
    return words.between(format(lower), format(upper));
  });
}
