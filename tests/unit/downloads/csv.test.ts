import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv, type CsvCell, type CsvColumn } from '../../../src/lib/downloads/csv.ts';

interface Row {
  name: string;
  count: number | null;
}

const columns: CsvColumn<Row>[] = [
  { header: 'name', value: (row) => row.name },
  { header: 'count', value: (row) => row.count },
];

describe('toCsv', () => {
  it('writes a header and CRLF-terminated rows, with null as an empty field and 0 as 0', () => {
    expect(toCsv([{ name: 'Kent', count: 25 }, { name: 'Suffolk', count: 0 }, { name: 'Lincolnshire', count: null }], columns)).toBe(
      'name,count\r\nKent,25\r\nSuffolk,0\r\nLincolnshire,\r\n',
    );
  });

  it('quotes commas, quotes, line breaks and edge spaces', () => {
    const csv = toCsv(
      [
        { name: 'London, City of', count: 1 },
        { name: 'The "Met"', count: 2 },
        { name: 'two\nlines', count: 3 },
        { name: ' padded ', count: 4 },
      ],
      columns,
    );
    expect(csv).toBe('name,count\r\n"London, City of",1\r\n"The ""Met""",2\r\n"two\nlines",3\r\n" padded ",4\r\n');
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2 applications', "'-2 applications"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
  ])('defuses text that a spreadsheet would run: %j', (text, written) => {
    expect(toCsv([{ name: text, count: null }], columns)).toBe(`name,count\r\n${written},\r\n`);
  });

  it('leaves numbers, and text with a formula character later on, alone', () => {
    expect(toCsv([{ name: 'a=b', count: 3 }], columns)).toBe('name,count\r\na=b,3\r\n');
  });

  it('refuses NaN and Infinity rather than writing something that is not a count', () => {
    expect(() => toCsv([{ name: 'x', count: Number.NaN }], columns)).toThrow(/null/);
  });

  it('reads back to the same cells in a CSV parser (apart from the formula marker)', () => {
    const cell = fc.oneof(fc.string(), fc.integer({ min: 0 }), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 8 }), (pairs) => {
        const rows = pairs.map(([a, b]) => ({ a, b }));
        const csv = toCsv(rows, [
          { header: 'a', value: (row: { a: CsvCell }) => row.a },
          { header: 'b', value: (row: { b: CsvCell }) => row.b },
        ]);
        const parsed = Papa.parse<string[]>(csv, { newline: '\r\n' }).data.filter((line) => !(line.length === 1 && line[0] === ''));
        expect(parsed[0]).toEqual(['a', 'b']);
        const expected = rows.map((row) => [row.a, row.b].map((value) => {
          if (value === null) return '';
          if (typeof value === 'number') return String(value);
          return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
        }));
        expect(parsed.slice(1)).toEqual(expected);
      }),
    );
  });
});
