import { describe, expect, it } from 'vitest';
import { compareSortKeys, sortedOrder } from '../../src/lib/table-sort.ts';

const sortKeys = (keys: string[], type: 'number' | 'text', direction: 'ascending' | 'descending') =>
  sortedOrder(keys, type, direction).map((index) => keys[index]);

describe('sortedOrder', () => {
  it('sorts numbers as numbers, not as text', () => {
    expect(sortKeys(['10', '9', '123', '0'], 'number', 'ascending')).toEqual(['0', '9', '10', '123']);
    expect(sortKeys(['10', '9', '123', '0'], 'number', 'descending')).toEqual(['123', '10', '9', '0']);
    expect(sortKeys(['0.5', '0.25', '1'], 'number', 'ascending')).toEqual(['0.25', '0.5', '1']);
  });

  it('puts missing values last in both directions, and zero among the numbers', () => {
    expect(sortKeys(['3', '', '0', ' ', '7'], 'number', 'ascending')).toEqual(['0', '3', '7', '', ' ']);
    expect(sortKeys(['3', '', '0', ' ', '7'], 'number', 'descending')).toEqual(['7', '3', '0', '', ' ']);
  });

  it('sorts text in British English order, ignoring case', () => {
    expect(sortKeys(['west Yorkshire', 'Avon and Somerset', 'City of London', 'cumbria'], 'text', 'ascending')).toEqual([
      'Avon and Somerset',
      'City of London',
      'cumbria',
      'west Yorkshire',
    ]);
  });

  it('keeps ties in their original order', () => {
    const keys = ['1', '2', '1', '2'];
    expect(sortedOrder(keys, 'number', 'ascending')).toEqual([0, 2, 1, 3]);
    expect(sortedOrder(keys, 'number', 'descending')).toEqual([1, 3, 0, 2]);
  });
});

describe('compareSortKeys', () => {
  it('treats two missing values as equal', () => {
    expect(compareSortKeys('', '', 'number', 'ascending')).toBe(0);
  });
});
