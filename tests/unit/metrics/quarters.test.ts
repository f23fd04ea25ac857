import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  financialYearLabel,
  monthRangeLabel,
  quarterContaining,
  quarterEnd,
  quarterKey,
  quartersBetween,
  quartersOfCalendarYear,
  quarterStart,
} from '../../../src/lib/metrics/quarters.ts';

describe('financial quarters', () => {
  it('puts January to March in quarter 4 of the previous financial year', () => {
    expect(quarterContaining('2020-01-20')).toEqual({ financialYear: '2019/20', quarter: 4 });
    expect(quarterContaining('2020-03-31')).toEqual({ financialYear: '2019/20', quarter: 4 });
    expect(quarterContaining('2020-04-01')).toEqual({ financialYear: '2020/21', quarter: 1 });
    expect(quarterContaining('2020-09-30')).toEqual({ financialYear: '2020/21', quarter: 2 });
    expect(quarterContaining('2020-12-31')).toEqual({ financialYear: '2020/21', quarter: 3 });
  });

  it('gives first and last days, including a leap-year February', () => {
    expect(quarterStart({ financialYear: '2019/20', quarter: 4 })).toBe('2020-01-01');
    expect(quarterEnd({ financialYear: '2019/20', quarter: 4 })).toBe('2020-03-31');
    expect(quarterStart({ financialYear: '2020/21', quarter: 1 })).toBe('2020-04-01');
    expect(quarterEnd({ financialYear: '2020/21', quarter: 1 })).toBe('2020-06-30');
    expect(quarterEnd({ financialYear: '2020/21', quarter: 2 })).toBe('2020-09-30');
    expect(quarterEnd({ financialYear: '2020/21', quarter: 3 })).toBe('2020-12-31');
  });

  it('labels financial years across a century', () => {
    expect(financialYearLabel(2020)).toBe('2020/21');
    expect(financialYearLabel(1999)).toBe('1999/00');
  });

  it('lists quarters inclusively and across financial years', () => {
    const quarters = quartersBetween({ financialYear: '2019/20', quarter: 3 }, { financialYear: '2020/21', quarter: 2 });
    expect(quarters.map(quarterKey)).toEqual(['2019/20 Q3', '2019/20 Q4', '2020/21 Q1', '2020/21 Q2']);
    expect(quartersBetween({ financialYear: '2020/21', quarter: 2 }, { financialYear: '2020/21', quarter: 1 })).toEqual([]);
  });

  it('assembles a calendar year from Q4 of the previous financial year and Q1 to Q3', () => {
    expect(quartersOfCalendarYear(2020).map(quarterKey)).toEqual(['2019/20 Q4', '2020/21 Q1', '2020/21 Q2', '2020/21 Q3']);
  });
});

describe('date arithmetic', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2020-12-30', 7)).toBe('2021-01-06');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2021-01-06', -7)).toBe('2020-12-30');
  });

  it('counts days with a sign', () => {
    expect(daysBetween('2020-01-01', '2020-01-20')).toBe(19);
    expect(daysBetween('2020-01-20', '2020-01-01')).toBe(-19);
    expect(daysBetween('2020-01-01', '2021-01-01')).toBe(366);
  });

  it('rejects a malformed date rather than guessing', () => {
    expect(() => addDays('2020-1-5', 1)).toThrow(/ISO date/);
  });

  it('labels a month range', () => {
    expect(monthRangeLabel('2020-01-01', '2021-03-31')).toBe('Jan 2020 to Mar 2021');
  });
});
