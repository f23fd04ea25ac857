// The sentence generator for dated local statements, over every kind, every
// period shape and suppressed values, on fixture statements.
import { describe, expect, it } from 'vitest';
import { betweenPhrase, conflictSentence, formatPartialDate, since, statementSentence } from '../../src/lib/copy/since.ts';
import type { SpoStatement } from '../../src/lib/data/types.ts';
import type { StatementConflict } from '../../src/lib/metrics/index.ts';
import { makeFigure, makeStatement } from './metrics/fixtures.ts';

const at = (periodEnd: string): Partial<SpoStatement> => ({ periodType: 'at', periodStart: null, periodEnd });
const sinceStart = (periodStart: string | null, statedOn = '2022-12-05'): Partial<SpoStatement> => ({ periodType: 'since', periodStart, periodEnd: null, statedOn });

describe('statementSentence', () => {
  it.each<[string, Partial<SpoStatement>, string]>([
    [
      'granted, interim and full counted separately (the issue\'s example)',
      { kind: 'granted', orders: 'interim_and_full_separately', periodStart: '2024-01-01', periodEnd: '2024-09-30', value: { type: 'count', count: 5 }, saidBy: 'Cleveland Police' },
      'Cleveland Police said in reply to a Freedom of Information request that the force obtained 5 orders between January and September 2024, counting interim and full orders separately, so one person can be counted twice.',
    ],
    [
      'applications for full orders, one of them',
      { orders: 'full_only', periodStart: '2022-10-01', periodEnd: '2023-09-30', value: { type: 'count', count: 1 }, saidBy: 'HMICFRS', saidIn: 'inspection_report' },
      'HMICFRS said in an inspection report that the force applied for 1 full order between October 2022 and September 2023.',
    ],
    [
      'applications for interim orders over a calendar year',
      { orders: 'interim_only', value: { type: 'count', count: 4 } },
      'Alpha Police said in reply to a Freedom of Information request that the force applied for 4 interim orders in 2023.',
    ],
    [
      'granted since SPOs came into force, source silent on interim orders',
      { kind: 'granted', ...sinceStart(null), value: { type: 'count', count: 112 }, saidBy: 'Kent Police', saidIn: 'statement' },
      'Kent Police said that the force had obtained 112 orders since SPOs came into force, without saying whether interim orders are included.',
    ],
    [
      'granted since a month, reported by a news outlet',
      { kind: 'granted', ...sinceStart('2020-01'), value: { type: 'count', count: 100 }, saidBy: 'The Isle of Thanet News', saidIn: 'news_article' },
      'The Isle of Thanet News reported that the force had obtained 100 orders since January 2020, without saying whether interim orders are included.',
    ],
    [
      'people subject to an order at a month',
      { kind: 'people_subject', orders: 'interim_or_full', ...at('2022-06'), value: { type: 'count', count: 42 }, saidBy: 'Greatest Hits Radio Sussex', saidIn: 'news_article' },
      'Greatest Hits Radio Sussex reported that 42 people were subject to an interim or a full order in June 2022.',
    ],
    [
      'one person subject to a full order',
      { kind: 'people_subject', orders: 'full_only', ...at('2022-06-30'), value: { type: 'count', count: 1 } },
      'Alpha Police said in reply to a Freedom of Information request that 1 person was subject to a full order on 30 June 2022.',
    ],
    [
      'orders in force on a day',
      { kind: 'in_force', ...at('2025-01-02'), value: { type: 'count', count: 92 }, saidBy: 'Worksop Guardian', saidIn: 'news_article' },
      'Worksop Guardian reported that the force had 92 orders in force on 2 January 2025, without saying whether interim orders are included.',
    ],
    [
      'applications awaiting a hearing',
      { kind: 'awaiting_hearing', ...at('2022-06'), value: { type: 'count', count: 11 }, saidBy: 'a local paper', saidIn: 'news_article' },
      'A local paper reported that 11 applications were waiting for a court hearing in June 2022.',
    ],
    [
      'breaches since SPOs came into force',
      { kind: 'breaches', ...sinceStart(null, '2022-06-17'), value: { type: 'count', count: 70 }, saidBy: 'Sussex Police', saidIn: 'statement' },
      'Sussex Police said that orders had been breached 70 times since SPOs came into force.',
    ],
    [
      'breaches between two years',
      { kind: 'breaches', periodStart: '2020', periodEnd: '2023', value: { type: 'count', count: 75 }, saidBy: 'BBC News', saidIn: 'news_article' },
      'BBC News reported that orders were breached 75 times between 2020 and 2023.',
    ],
    [
      'a suppressed "fewer than" value, from a government report',
      { value: { type: 'fewer_than', limit: 5 }, periodStart: '2020-01', periodEnd: '2021-02', saidBy: 'the Home Office', saidIn: 'government_report' },
      'The Home Office said in a report that the force applied for fewer than 5 orders between January 2020 and February 2021, without saying whether interim orders are included.',
    ],
    [
      'a suppressed range, from a news release, with thousands',
      { kind: 'granted', value: { type: 'range', low: 1, high: 5 }, saidIn: 'news_release' },
      'Alpha Police said in a news release that the force obtained between 1 and 5 orders in 2023, without saying whether interim orders are included.',
    ],
    [
      'a count with thousands',
      { kind: 'in_force', ...at('2024'), value: { type: 'count', count: 1250 } },
      'Alpha Police said in reply to a Freedom of Information request that the force had 1,250 orders in force in 2024, without saying whether interim orders are included.',
    ],
  ])('%s', (_name, overrides, expected) => {
    expect(statementSentence(makeStatement(overrides))).toBe(expected);
  });
});

describe('dates as precise as the source', () => {
  it.each([
    ['2024', '2024'],
    ['2024-09', 'September 2024'],
    ['2024-09-03', '3 September 2024'],
  ])('%s reads %s', (date, expected) => {
    expect(formatPartialDate(date)).toBe(expected);
  });

  it.each([
    ['2023-01', '2023-12', 'in 2023'],
    ['2023-01-01', '2023-12-31', 'in 2023'],
    ['2020', '2023', 'between 2020 and 2023'],
    ['2020-01', '2023-12', 'between January 2020 and December 2023'],
    ['2024-01-01', '2024-09-30', 'between January and September 2024'],
    ['2024-01-05', '2024-09-30', 'between 5 January 2024 and September 2024'],
    ['2020-10', '2021-09', 'between October 2020 and September 2021'],
  ])('%s to %s reads "%s"', (start, end, expected) => {
    expect(betweenPhrase(start, end)).toBe(expected);
  });
});

describe('the gap and a force with nothing later', () => {
  it('says the counts it is given, which add up to every force', () => {
    expect(since.gap('May 2021', 11, 32, 43)).toBe(
      "No figures for every force have been published for any time after May 2021. 11 of the 43 forces have a later figure, stated by the force itself, an inspector or a news outlet and listed on the force's page; 32 have none that we found.",
    );
    expect(since.gap('May 2021', 42, 1, 43)).toMatch(/; 1 has none that we found\.$/);
  });

  it('names the force and the month', () => {
    expect(since.nothingLater('Gwent', 'May 2021')).toBe('No published figure for Gwent covering any time after May 2021 has been found.');
  });
});

describe('conflictSentence', () => {
  const figure = makeFigure({ datasetId: 'foi', forceCode: 'E23000001', periodLabel: '20 January 2020 to 30 April 2021', granted: 23 });

  it('says which way the nesting runs and that both are shown', () => {
    const wider: StatementConflict = { datasetId: 'foi', figure, measure: 'granted', count: 23, relation: 'wider_but_lower' };
    expect(conflictSentence(wider, 'BBC FOI 2021')).toBe(
      'This is fewer than the 23 orders granted in the BBC FOI 2021 figures for 20 January 2020 to 30 April 2021, although it covers that whole period and more. The sources may count in different ways; both are shown, and neither is preferred.',
    );
    expect(conflictSentence({ ...wider, measure: 'applications', relation: 'narrower_but_higher' }, 'BBC FOI 2021')).toMatch(
      /^This is more than the 23 applications in the BBC FOI 2021 figures for 20 January 2020 to 30 April 2021, a period that includes all of this one\./,
    );
  });
});
