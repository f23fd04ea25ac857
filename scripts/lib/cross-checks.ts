// Checks of the imported data against the raw files and the totals the research reports.
// Each returns the problems it finds; the import writes nothing unless all pass.
import type { Force, NationalFigure, Population } from '../../src/lib/data/types.ts';
import type { CsvRecord } from './csv-io.ts';
import type { FigureRow } from './spo.ts';
import type { StalkingOffenceRow } from './stalking-offences.ts';

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

function expectEqual(problems: string[], what: string, actual: unknown, expected: unknown): void {
  if (actual !== expected) problems.push(`${what}: got ${String(actual)}, expected ${String(expected)}`);
}

/** "30/04/21" -> "2021-04-30". */
function isoFromBbcDate(text: string): string {
  const match = /^(\d{2})\/(\d{2})\/(\d{2})$/.exec(text.trim());
  return match === null ? `unreadable date "${text}"` : `20${match[3]}-${match[2]}-${match[1]}`;
}

/** The BBC FOI figures against the BBC's own file (S01). */
export function checkBbcFigures(figures: readonly FigureRow[], bbcRecords: readonly CsvRecord[], matchForce: (name: string) => Force | undefined): string[] {
  const problems: string[] = [];
  const bbc = figures.filter((figure) => figure.datasetId === 'bbc-foi-2021');
  const seen = new Set<string>();
  for (const record of bbcRecords) {
    const name = record['Police force'] ?? '';
    const force = matchForce(name);
    const where = `BBC Main_dataset.csv "${name}"`;
    if (force === undefined) {
      problems.push(`${where}: no force matches this name`);
      continue;
    }
    seen.add(force.code);
    expectEqual(problems, `${where} code`, record['code'], force.code);
    const figure = bbc.find((row) => row.forceCode === force.code);
    if (figure === undefined) {
      problems.push(`${where}: no bbc-foi-2021 row`);
      continue;
    }
    if (record['foi_response'] === 'no') {
      expectEqual(problems, `${where} status`, figure.status, 'no_response');
      continue;
    }
    const bbcCount = (column: string): number | null => {
      const text = (record[column] ?? '').trim();
      return text === 'n/a' ? null : Number(text);
    };
    expectEqual(problems, `${where} status`, figure.status, 'reported');
    expectEqual(problems, `${where} granted`, figure.granted, bbcCount('SPOs granted'));
    expectEqual(problems, `${where} refused`, figure.refused, bbcCount('SPOs rejected'));
    expectEqual(problems, `${where} pending`, figure.pending, bbcCount('SPO not_heard'));
    expectEqual(problems, `${where} applications`, figure.applications, bbcCount('Total SPOs applied for'));
    expectEqual(problems, `${where} period end`, figure.periodEnd, isoFromBbcDate(record['date_correct'] ?? ''));
    expectEqual(problems, `${where} period start`, figure.periodStart, '2020-01-20');
  }
  for (const figure of bbc) {
    if (!seen.has(figure.forceCode)) expectEqual(problems, `bbc-foi-2021 ${figure.forceCode} (not in the BBC file) status`, figure.status, 'not_covered');
  }

  const reported = bbc.filter((figure) => figure.status === 'reported');
  const total = (measure: 'applications' | 'granted' | 'refused' | 'pending', rows = reported): number => sum(rows.map((row) => row[measure] ?? 0));
  expectEqual(problems, 'bbc-foi-2021 forces reporting', reported.length, 40);
  expectEqual(problems, 'bbc-foi-2021 applications', total('applications'), 427);
  expectEqual(problems, 'bbc-foi-2021 granted', total('granted'), 294);
  expectEqual(problems, 'bbc-foi-2021 granted in Wales', total('granted', reported.filter((row) => row.forceCode.startsWith('W15'))), 2);
  expectEqual(problems, 'bbc-foi-2021 refused', total('refused'), 22);
  expectEqual(problems, 'bbc-foi-2021 pending', total('pending'), 111);
  return problems;
}

/** The nine forces the Observer names with court-data figures. */
export function checkCourtFigures(figures: readonly FigureRow[]): string[] {
  const problems: string[] = [];
  const expected: Record<string, number> = {
    E23000001: 133, E23000033: 41, E23000029: 0, E23000008: 0, W15000002: 0, E23000012: 0, E23000025: 0, E23000017: 0, W15000003: 0,
  };
  const court = figures.filter((figure) => figure.datasetId === 'court-first-year');
  expectEqual(problems, 'court-first-year rows', court.length, 43);
  for (const figure of court) {
    const applications = expected[figure.forceCode];
    expectEqual(problems, `court-first-year ${figure.forceCode} status`, figure.status, applications === undefined ? 'not_covered' : 'reported');
    expectEqual(problems, `court-first-year ${figure.forceCode} applications`, figure.applications, applications ?? null);
  }
  return problems;
}

function fyOf(row: StalkingOffenceRow): number {
  return Number(row.financialYear.slice(0, 4));
}

/** Calendar year of a financial quarter: quarter 4 (January to March) falls in the next year. */
function calendarYearOf(row: StalkingOffenceRow): number {
  return row.quarter === 4 ? fyOf(row) + 1 : fyOf(row);
}

/** Position of a quarter in time, so gaps between quarters can be found. */
function quarterIndex(row: StalkingOffenceRow): number {
  return fyOf(row) * 4 + row.quarter - 1;
}

/** Every force has every quarter from the first to the last in the table, with no gaps. */
export function checkOffenceCompleteness(rows: readonly StalkingOffenceRow[], forces: readonly Force[]): string[] {
  const problems: string[] = [];
  const indexes = rows.map(quarterIndex);
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const quarterCount = last - first + 1;
  for (const force of forces) {
    const own = new Set(rows.filter((row) => row.forceCode === force.code).map(quarterIndex));
    expectEqual(problems, `stalking offences: quarters for ${force.name}`, own.size, quarterCount);
  }
  expectEqual(problems, 'stalking offences: rows', rows.length, forces.length * quarterCount);
  return problems;
}

/** The research extract's totals, and every per-force year the research summed from it. */
export function checkOffencesAgainstResearch(rows: readonly StalkingOffenceRow[], research: readonly CsvRecord[]): string[] {
  const problems: string[] = [];
  expectEqual(problems, 'stalking offences: quarters', new Set(rows.map(quarterIndex)).size, 47);
  const total = (keep: (row: StalkingOffenceRow) => boolean): number => sum(rows.filter(keep).map((row) => row.offences));
  expectEqual(problems, 'stalking offences, calendar 2020', total((row) => calendarYearOf(row) === 2020), 82385);
  expectEqual(problems, 'stalking offences, 2020/21', total((row) => row.financialYear === '2020/21'), 99073);
  expectEqual(problems, 'stalking offences, 2024/25', total((row) => row.financialYear === '2024/25'), 135492);

  for (const record of research) {
    const code = record['pfa_code'] ?? '';
    const period = record['period'] ?? '';
    const expected = Number(record['stalking_offences']);
    const ofForce = (row: StalkingOffenceRow): boolean => row.forceCode === code;
    const fy = /^FY (\d{4}\/\d{2})(?: Q1-Q3)?/.exec(period);
    const calendar = /^Calendar (\d{4})/.exec(period);
    if (fy !== null) {
      expectEqual(problems, `stalking offences, ${record['force_name']} ${period}`, total((row) => ofForce(row) && row.financialYear === fy[1]), expected);
    } else if (calendar !== null) {
      expectEqual(problems, `stalking offences, ${record['force_name']} ${period}`, total((row) => ofForce(row) && calendarYearOf(row) === Number(calendar[1])), expected);
    } else {
      problems.push(`research stalking_offences_by_force.csv: unrecognised period "${period}"`);
    }
  }
  return problems;
}

export function checkPopulation(population: readonly Population[], research: readonly CsvRecord[]): string[] {
  const problems: string[] = [];
  expectEqual(problems, 'population rows', population.length, 43);
  expectEqual(problems, 'population total', sum(population.map((row) => row.population)), 61806682);
  for (const record of research) {
    const row = population.find((candidate) => candidate.forceCode === record['pfa_code']);
    expectEqual(problems, `population ${record['force_name']}`, row?.population, Number(record['population']));
  }
  return problems;
}

const comparable = (text: string): string => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();

/**
 * Every quote in its source's words: S02 quotes against the article text in the research
 * folder, other quotes against the excerpts the research recorded for that source.
 */
export function checkQuotes(figures: readonly NationalFigure[], articleText: string, researchSources: readonly CsvRecord[]): string[] {
  const problems: string[] = [];
  for (const figure of figures) {
    const text = figure.sourceId === 'S02'
      ? articleText
      : researchSources.find((record) => record['source_id'] === figure.sourceId)?.['notes'] ?? '';
    if (!comparable(text).includes(comparable(figure.quote))) problems.push(`national figure ${figure.id}: quote not found in ${figure.sourceId}'s text`);
  }
  return problems;
}
