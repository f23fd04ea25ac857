import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsvRecords } from '../../../scripts/lib/csv-io.ts';

describe('formatCsv', () => {
  it('quotes only cells that need it, writes null as blank and ends with a newline', () => {
    const text = formatCsv(['id', 'name', 'count', 'note'], [
      { id: 'E23000034', name: 'London, City of', count: 0, note: null },
      { id: 'E23000001', name: 'Metropolitan Police', count: 133, note: "Reported for 'Greater London police'; \"quoted\"" },
    ]);
    expect(text).toBe(
      'id,name,count,note\n' +
      'E23000034,"London, City of",0,\n' +
      'E23000001,Metropolitan Police,133,"Reported for \'Greater London police\'; ""quoted"""\n',
    );
  });

  it('round-trips through parseCsvRecords', () => {
    const rows = [{ a: 'x, y', b: '' }, { a: 'line\nbreak', b: '"q"' }];
    expect(parseCsvRecords(formatCsv(['a', 'b'], rows), 'test.csv').records).toEqual(rows);
  });

  it('refuses a row that lacks a column, so no cell is silently blank', () => {
    expect(() => formatCsv(['a', 'b'], [{ a: '1' }])).toThrow(/no value for column "b"/);
  });
});
