// spo_statements.csv: dated local figures. Every kind, suppressed values as
// printed, stock versus flow periods, and the quote that must carry the figure.
import { describe, expect, it } from 'vitest';
import { formatIssue, parseDataFiles } from '../../../src/lib/data/load.ts';
import { STATEMENT_KINDS, type SpoStatement } from '../../../src/lib/data/types.ts';
import { STATEMENT_COLUMNS, toFiles, topologyText, validFixture } from './fixture.ts';

const FILE = 'spo_statements.csv';
type Column = (typeof STATEMENT_COLUMNS)[number];

const BASE: Record<Column, string> = {
  id: 'met-applications-2023',
  force_code: 'E23000001',
  kind: 'applications',
  orders: 'not_stated',
  period_type: 'between',
  period_start: '2023-01',
  period_end: '2023-12',
  value: '12',
  said_by: 'Metropolitan Police',
  said_in: 'foi_reply',
  source_id: 'S02',
  stated_on: '2024-03-02',
  quote: 'The force applied for 12 orders in 2023.',
  note: '',
};

/** The fixture with its statements replaced by these rows (each a change to BASE). */
function filesWithStatements(...changes: Partial<Record<Column, string>>[]): Record<string, string> {
  const fixture = validFixture();
  const table = fixture[FILE];
  if (!table) throw new Error('fixture has no statements');
  table.rows = changes.map((change, index) => {
    const row: Record<Column, string> = { ...BASE, id: `${BASE.id}-${index}`, ...change };
    return STATEMENT_COLUMNS.map((column) => row[column]);
  });
  return toFiles(fixture);
}

function statements(...changes: Partial<Record<Column, string>>[]): SpoStatement[] {
  const result = parseDataFiles(filesWithStatements(...changes), topologyText());
  expect(result.issues.map(formatIssue)).toEqual([]);
  return result.model?.statements ?? [];
}

function problems(...changes: Partial<Record<Column, string>>[]): string[] {
  const result = parseDataFiles(filesWithStatements(...changes), topologyText());
  expect(result.model).toBeNull();
  return result.issues.map(formatIssue);
}

const STOCK = { period_type: 'at', period_start: '', period_end: '2024-12', stated_on: '2025-01-10' } as const;

describe('spo_statements.csv accepts', () => {
  it('the fixture, with its line numbers and the value as printed', () => {
    const result = parseDataFiles(toFiles(validFixture()), topologyText());
    expect(result.model?.statements.map(({ id, line, valueText, value }) => ({ id, line, valueText, value }))).toEqual([
      { id: 'met-granted-2023', line: 2, valueText: '1,250', value: { type: 'count', count: 1250 } },
      { id: 'wales-live-2024', line: 3, valueText: '<5', value: { type: 'fewer_than', limit: 5 } },
    ]);
  });

  it.each([
    ['applications', {}],
    ['granted', { quote: 'The force obtained 12 orders in 2023.' }],
    ['breaches', { quote: 'Orders were breached 12 times.' }],
    ['people_subject', { ...STOCK, orders: 'interim_or_full', quote: '12 people were subject to an order.' }],
    ['in_force', { ...STOCK, quote: 'The force has 12 live orders.' }],
    ['awaiting_hearing', { ...STOCK, quote: '12 applications await a hearing.' }],
  ] as const)('kind %s', (kind, change) => {
    const [statement] = statements({ kind, ...change });
    expect(statement?.kind).toBe(kind);
    expect(statement?.value).toEqual({ type: 'count', count: 12 });
  });

  it('covers every kind in the tests above', () => {
    expect(STATEMENT_KINDS).toEqual(['applications', 'granted', 'people_subject', 'in_force', 'awaiting_hearing', 'breaches']);
  });

  it('suppressed values as the source printed them, never as a number', () => {
    const [fewer, range, zero] = statements(
      { value: '<5', quote: 'The force applied for fewer than five orders.' },
      { value: '1-5', quote: 'Between one and five orders were applied for.' },
      { value: '0', quote: 'The force applied for no orders (0).' },
    );
    expect(fewer).toMatchObject({ valueText: '<5', value: { type: 'fewer_than', limit: 5 } });
    expect(range).toMatchObject({ valueText: '1-5', value: { type: 'range', low: 1, high: 5 } });
    expect(zero).toMatchObject({ valueText: '0', value: { type: 'count', count: 0 } });
  });

  it('flows between two dates or since a date (blank: since SPOs came in) to the statement date, and stocks on one date', () => {
    const [between, since, sinceStart, stock] = statements(
      { period_start: '2022-10-01', period_end: '2023-09-30' },
      { period_type: 'since', period_start: '', period_end: '', stated_on: '2023-04-29' },
      { period_type: 'since', period_start: '2020-01', period_end: '', stated_on: '2022-12' },
      { kind: 'in_force', ...STOCK, stated_on: '', quote: 'There are 12 live orders.' },
    );
    expect(between).toMatchObject({ periodType: 'between', periodStart: '2022-10-01', periodEnd: '2023-09-30' });
    expect(since).toMatchObject({ periodType: 'since', periodStart: null, periodEnd: null, statedOn: '2023-04-29' });
    expect(sinceStart).toMatchObject({ periodStart: '2020-01', statedOn: '2022-12' });
    expect(stock).toMatchObject({ periodType: 'at', periodStart: null, periodEnd: '2024-12', statedOn: null });
  });

  it('numbers in the quote as digits, grouped digits or words', () => {
    expect(statements(
      { value: '1747', quote: 'It obtained 1,747 orders.' },
      { value: '9', quote: 'Nine orders were issued.' },
    )).toHaveLength(2);
  });
});

describe('spo_statements.csv rejects, naming file, line and column', () => {
  it.each([
    ['a kind outside the set', { kind: 'arrests' }, 'spo_statements.csv:2:kind: "arrests" is not allowed; expected one of applications, granted, people_subject, in_force, awaiting_hearing, breaches'],
    ['an unknown orders value', { orders: 'both' }, 'spo_statements.csv:2:orders: "both" is not allowed; expected one of interim_and_full_separately, interim_or_full, full_only, interim_only, not_stated'],
    ['a value that is not a count as printed', { value: 'about 12' }, 'spo_statements.csv:2:value: "about 12" is not a whole number; expected the value as the source prints it: a whole number ("42"), "<5" for "fewer than five" or "1-5" for "between one and five"'],
    ['a backwards range', { value: '5-1' }, 'spo_statements.csv:2:value: "5-1" is not a range from low to high; expected the value as the source prints it: a whole number ("42"), "<5" for "fewer than five" or "1-5" for "between one and five"'],
    ['fewer than zero', { value: '<0' }, 'spo_statements.csv:2:value: "<0" cannot be fewer than 0; expected the value as the source prints it: a whole number ("42"), "<5" for "fewer than five" or "1-5" for "between one and five"'],
    ['a date that is not partial ISO', { period_end: 'Dec 2023' }, 'spo_statements.csv:2:period_end: "Dec 2023" is not a date; expected a date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD'],
    ['an impossible day', { period_end: '2023-02-30' }, 'spo_statements.csv:2:period_end: "2023-02-30" is not a real calendar date; expected a date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD'],
    ['a flow without its start', { period_start: '' }, 'spo_statements.csv:2:period_start: is blank; period_type between is a flow from period_start to period_end: both dates'],
    ['a since period with an end', { period_type: 'since' }, 'spo_statements.csv:2:period_end: 2023-12 is given; period_type since is a flow from period_start (blank: since SPOs came into force) to the statement date: no period_end, and a stated_on date'],
    ['a since period without a statement date', { period_type: 'since', period_end: '', stated_on: '' }, 'spo_statements.csv:2:stated_on: is blank; period_type since is a flow from period_start (blank: since SPOs came into force) to the statement date: no period_end, and a stated_on date'],
    ['a stock with a start', { kind: 'in_force', period_type: 'at' }, 'spo_statements.csv:2:period_start: 2023-01 is given; period_type at is a count on one date: that date in period_end and no period_start'],
    ['a stock counted over a period', { kind: 'in_force', quote: 'There are 12 live orders.' }, 'spo_statements.csv:2:period_type: between does not fit kind in_force, a count on one date; expected at'],
    ['a flow counted on one date', { ...STOCK }, 'spo_statements.csv:2:period_type: at does not fit kind applications, a count over a period; expected between or since'],
    ['people counted twice', { kind: 'people_subject', ...STOCK, orders: 'interim_and_full_separately' }, 'spo_statements.csv:2:orders: interim_and_full_separately does not fit kind people_subject, which counts each person once; expected interim_or_full, full_only, interim_only or not_stated'],
    ['an end before the start', { period_start: '2024-01', period_end: '2023' }, 'spo_statements.csv:2:period_end: 2023 is before period_start 2024-01; expected an end on or after the start'],
    ['a statement dated before its period', { stated_on: '2023-06' }, 'spo_statements.csv:2:stated_on: 2023-06 is before the period it reports (2023-12); expected the date the source published the figure, on or after its period'],
    ['a quote without the figure', { quote: 'The force applied for a dozen orders.' }, "spo_statements.csv:2:quote: does not mention 12 from value; expected the source's exact words that give the figure (digits, or words up to twenty)"],
    ['a quote with only part of a range', { value: '1-5', quote: 'Up to five orders.' }, "spo_statements.csv:2:quote: does not mention 1 from value; expected the source's exact words that give the figure (digits, or words up to twenty)"],
    ['a quote whose number is part of a bigger one', { quote: 'The force applied for 112 orders.' }, "spo_statements.csv:2:quote: does not mention 12 from value; expected the source's exact words that give the figure (digits, or words up to twenty)"],
    ['an unknown force', { force_code: 'E23000099' }, 'spo_statements.csv:2:force_code: unknown force code "E23000099"; expected a force code listed in forces.csv'],
    ['an unknown source', { source_id: 'S99' }, 'spo_statements.csv:2:source_id: unknown source id "S99"; expected a source id listed in sources.csv'],
    ['a blank said_by', { said_by: '' }, 'spo_statements.csv:2:said_by: is blank; expected who gave the figure, e.g. Cleveland Police, HMICFRS, BBC News'],
  ] as const)('%s', (_name, change, expected) => {
    expect(problems(change)).toEqual([expected]);
  });

  it('a repeated id', () => {
    expect(problems({ id: 'same' }, { id: 'same' })).toEqual([
      'spo_statements.csv:3:id: duplicate of line 2 (id "same"); expected each statement id once',
    ]);
  });

  it('every problem of a row at once', () => {
    expect(problems({ kind: 'in_force', value: '<5', quote: 'Some orders.' })).toEqual([
      'spo_statements.csv:2:period_type: between does not fit kind in_force, a count on one date; expected at',
      "spo_statements.csv:2:quote: does not mention 5 from value; expected the source's exact words that give the figure (digits, or words up to twenty)",
    ]);
  });
});
