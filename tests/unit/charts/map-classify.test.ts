import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classIndexOf, classLabels, classify, decimalParts, niceRound, rampStep } from '../../../src/lib/charts/classify.ts';
import { RAMP_STEPS } from '../../../src/lib/charts/palette.ts';
import { mapCopy } from '../../../src/lib/copy/map.ts';

/** True for 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 7.5 times a power of ten. */
function isNice(value: number): boolean {
  return [1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5].includes(decimalParts(value)[0]);
}

describe('niceRound(value)', () => {
  test.each([
    [4.63, 5],
    [0.187, 0.2],
    [1.3, 1.5],
    [1.2, 1],
    [2.3, 2.5],
    [7, 7.5],
    [9, 10],
    [0.3, 0.3],
    [123, 100],
    [0.068, 0.075],
  ])('niceRound(%s) is %s', (value, expected) => {
    expect(niceRound(value)).toBe(expected);
  });

  test('stays exact for tiny and huge numbers', () => {
    expect(niceRound(2.62500000004e-300)).toBe(2.5e-300);
    expect(niceRound(7.1e300)).toBe(7.5e300);
  });

  test('rejects zero and negative numbers, which have no nice rounding', () => {
    expect(() => niceRound(0)).toThrow(/positive/);
    expect(() => niceRound(-2)).toThrow(/positive/);
  });
});

describe('classify(values, options)', () => {
  test('rounds quantile thresholds to readable numbers', () => {
    const { breaks, classes } = classify([0.4, 1.2, 2.5, 3.1, 7.9, 12], { classCount: 3 });
    expect(breaks).toEqual([2, 5]);
    expect(classes).toEqual([
      { lower: 0.4, upper: 2, count: 2 },
      { lower: 2, upper: 5, count: 2 },
      { lower: 5, upper: 12, count: 2 },
    ]);
  });

  test('gives counts whole-number thresholds', () => {
    const { breaks } = classify([1, 1, 2, 3, 5, 8, 13, 21, 34, 55], { integer: true });
    expect(breaks.every(Number.isInteger)).toBe(true);
    expect(breaks).toEqual([2, 4, 10, 25]);
  });

  test('makes one class when every value is the same', () => {
    expect(classify([3, 3, 3])).toEqual({ breaks: [], classes: [{ lower: 3, upper: 3, count: 3 }] });
  });

  test('makes no classes from no values', () => {
    expect(classify([])).toEqual({ breaks: [], classes: [] });
  });

  test('drops a threshold rather than leave a class empty', () => {
    // Quantiles 1.04 and 1.3 round to 1 and 1.5; nothing lies between 1 and 1.5.
    const { classes } = classify([1, 1, 1.05, 1.6, 1.7, 40], { classCount: 3 });
    expect(classes.every((c) => c.count > 0)).toBe(true);
  });

  test('refuses values that cannot be real figures', () => {
    expect(() => classify([1, Number.NaN])).toThrow(/finite/);
    expect(() => classify([1, -1])).toThrow(/0 or more/);
    expect(() => classify([1.5], { integer: true })).toThrow(/counts/);
    expect(() => classify([1], { classCount: RAMP_STEPS + 1 })).toThrow(/classCount/);
  });

  // Zero, or normal doubles: below about 1e-308 a double cannot hold 1.5 or 7.5 times a power of ten.
  const valueArbitrary = fc.oneof(fc.constant(0), fc.double({ min: 1e-300, max: 5000, noNaN: true }));
  const valuesArbitrary = fc.array(valueArbitrary, { minLength: 1, maxLength: 60 });
  const classCountArbitrary = fc.integer({ min: 1, max: RAMP_STEPS });

  test('property: every value falls in exactly one non-empty class, and the counts add up', () => {
    fc.assert(
      fc.property(valuesArbitrary, classCountArbitrary, (values, classCount) => {
        const { breaks, classes } = classify(values, { classCount });
        expect(classes.length).toBe(breaks.length + 1);
        expect(classes.length).toBeLessThanOrEqual(classCount);
        expect(classes.reduce((sum, c) => sum + c.count, 0)).toBe(values.length);
        for (const [index, c] of classes.entries()) {
          expect(c.count).toBeGreaterThan(0);
          expect(values.filter((v) => classIndexOf(breaks, v) === index)).toHaveLength(c.count);
        }
      }),
    );
  });

  test('property: thresholds are nice, strictly increasing and inside the range of the values', () => {
    fc.assert(
      fc.property(valuesArbitrary, classCountArbitrary, (values, classCount) => {
        const { breaks } = classify(values, { classCount });
        for (const [i, threshold] of breaks.entries()) {
          expect(isNice(threshold)).toBe(true);
          expect(threshold).toBeGreaterThan(Math.min(...values));
          expect(threshold).toBeLessThanOrEqual(Math.max(...values));
          if (i > 0) expect(threshold).toBeGreaterThan(breaks[i - 1] as number);
        }
      }),
    );
  });

  test('property: counts get whole-number thresholds', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 500 }), { minLength: 1, maxLength: 60 }), (values) => {
        expect(classify(values, { integer: true }).breaks.every(Number.isInteger)).toBe(true);
      }),
    );
  });
});

describe('classIndexOf(breaks, value)', () => {
  test('puts a value at a threshold in the class above it', () => {
    expect(classIndexOf([2, 5], 1.99)).toBe(0);
    expect(classIndexOf([2, 5], 2)).toBe(1);
    expect(classIndexOf([2, 5], 5)).toBe(2);
  });
});

describe('rampStep(index, classCount)', () => {
  test('uses every colour for five classes', () => {
    expect([0, 1, 2, 3, 4].map((i) => rampStep(i, 5))).toEqual([1, 2, 3, 4, 5]);
  });

  test('keeps the extremes of the ramp for fewer classes', () => {
    expect([0, 1, 2].map((i) => rampStep(i, 3))).toEqual([1, 3, 5]);
    expect([0, 1].map((i) => rampStep(i, 2))).toEqual([1, 5]);
  });

  test('gives a single class the middle colour', () => {
    expect(rampStep(0, 1)).toBe(3);
  });

  test('refuses a class that does not exist', () => {
    expect(() => rampStep(3, 3)).toThrow(/no ramp step/);
    expect(() => rampStep(0, RAMP_STEPS + 1)).toThrow(/no ramp step/);
  });
});

describe('classLabels(classification, options)', () => {
  const words = mapCopy.classWords;

  test('labels rate classes "Under", "to under" and "or more"', () => {
    const classification = classify([0.4, 1.2, 2.5, 3.1, 7.9, 12], { classCount: 3 });
    expect(classLabels(classification, { format: String, words })).toEqual(['Under 2', '2 to under 5', '5 or more']);
  });

  test('labels count classes by the whole numbers they hold', () => {
    const classification = classify([1, 1, 2, 3, 5, 8, 13, 21, 34, 55], { integer: true });
    expect(classLabels(classification, { format: String, words, integer: true })).toEqual(['1', '2–3', '4–9', '10–24', '25 or more']);
  });

  test('labels a single class by its range', () => {
    expect(classLabels(classify([2, 9], { classCount: 1 }), { format: String, words })).toEqual(['2–9']);
  });
});
