import { describe, expect, it } from 'vitest';
import { formatIssue, parseDataFiles } from '../../../src/lib/data/load.ts';
import type { DataModel } from '../../../src/lib/data/types.ts';
import { filesWith, filesWithCell, FIXTURE_CODES, toFiles, topologyText, validFixture } from './fixture.ts';

const FIGURES = 'spo_figures.csv';

function accept(files: Record<string, string>, topology = topologyText()): DataModel {
  const result = parseDataFiles(files, topology);
  expect(result.issues.map(formatIssue)).toEqual([]);
  if (result.model === null) throw new Error('expected a model');
  return result.model;
}

function problems(files: Record<string, string>, topology = topologyText()): string[] {
  const result = parseDataFiles(files, topology);
  expect(result.model).toBeNull();
  return result.issues.map(formatIssue);
}

/** Replaces a whole file's text in the valid fixture. */
function withText(file: string, edit: (text: string) => string): Record<string, string> {
  const files = toFiles(validFixture());
  files[file] = edit(files[file] ?? '');
  return files;
}

describe('parseDataFiles accepts what editors and spreadsheets produce', () => {
  it('reads the valid fixture into the model', () => {
    const model = accept(toFiles(validFixture()));
    expect(model.forces.map((force) => force.code)).toEqual(FIXTURE_CODES);
    expect(model.forces[0]?.aliases).toEqual(['Met', 'Metropolitan Police Service']);
    expect(model.forces[2]?.aliases).toEqual([]);
    expect(model.forces[0]?.oldSlugs).toEqual(['the-met']);
    expect(model.forces[2]?.oldSlugs).toEqual([]);
    expect(model.boundaryCodes).toEqual(FIXTURE_CODES);
    expect(model.datasets.map((dataset) => dataset.measures)).toEqual([['applications'], ['applications', 'granted', 'refused', 'pending']]);
    expect(model.figures.map((figure) => figure.line)).toEqual([2, 3, 4, 5]);
    expect(model.offences[1]).toMatchObject({ quarter: 4, start: '2021-01-01', end: '2021-03-31', offences: 1600 });
    expect(model.offences[0]).toMatchObject({ start: '2020-04-01', end: '2020-06-30' });
    expect(model.nationalFigures[0]?.quote).toBe('"456 ... issued"');
  });

  it('reads a flagged zero offence count as possibly suppressed, and every other count as not', () => {
    const fixture = validFixture();
    fixture['stalking_offences.csv']?.rows[0]?.splice(3, 2, '0', 'may_be_suppressed');
    const model = accept(toFiles(fixture));
    expect(model.offences.filter((row) => row.mayBeSuppressed).map((row) => [row.forceCode, row.financialYear, row.quarter, row.offences])).toEqual([['E23000001', '2020/21', 1, 0]]);
  });

  it('keeps a blank as null and a zero as 0', () => {
    const model = accept(toFiles(validFixture()));
    const [met, city, wales, court] = model.figures;
    expect(city).toMatchObject({ status: 'not_covered', applications: null, granted: null, periodStart: null, periodEnd: null });
    expect(wales).toMatchObject({ status: 'reported', applications: 0, granted: 0, refused: 0, pending: 0 });
    expect(court).toMatchObject({ applications: 133, granted: null, refused: null, pending: null });
    expect(met?.applications).toBe(123);
  });

  const accepted: Array<[string, Record<string, string>, (model: DataModel) => unknown, unknown]> = [
    ['a UTF-8 byte order mark', withText('forces.csv', (text) => `\uFEFF${text}`), (m) => m.forces[0]?.code, 'E23000001'],
    [
      'Windows line endings in every file',
      Object.fromEntries(Object.entries(toFiles(validFixture())).map(([name, text]) => [name, text.replaceAll('\n', '\r\n')])),
      (m) => m.figures.map((figure) => figure.line),
      [2, 3, 4, 5],
    ],
    ['spaces around a count', filesWithCell(FIGURES, 0, 'applications', '  123 '), (m) => m.figures[0]?.applications, 123],
    ['spaces around a code', filesWithCell(FIGURES, 0, 'force_code', ' E23000001\t'), (m) => m.figures[0]?.forceCode, 'E23000001'],
    ['spaces around a header name', withText('forces.csv', (text) => text.replace('code,name', ' code , name')), (m) => m.forces.length, 3],
    ['a quoted comma', toFiles(validFixture()), (m) => m.forces[1]?.onsName, 'London, City of'],
    ['a thousands separator', filesWithCell('stalking_offences.csv', 0, 'offences', '1,747'), (m) => m.offences[0]?.offences, 1747],
    ['two thousands separators', filesWithCell('population.csv', 0, 'population', '8,900,000'), (m) => m.population[0]?.population, 8900000],
    ['blank lines and rows of empty cells', withText(FIGURES, (text) => `${text}\n,,,,,,,,,,,\n\n`), (m) => m.figures.length, 4],
    ['empty trailing cells', withText('forces.csv', (text) => text.replace('Wales,,\n', 'Wales,,,,\n')), (m) => m.forces.length, 3],
    ['empty trailing header cells', withText('forces.csv', (text) => text.replace('old_slugs\n', 'old_slugs,,\n')), (m) => m.forces.length, 3],
    [
      'a quoted cell over two lines (later lines still numbered by the file)',
      filesWithCell(FIGURES, 1, 'note', 'Not in\nthe BBC data'),
      (m) => [m.figures[1]?.note, m.figures.map((figure) => figure.line)],
      ['Not in\nthe BBC data', [2, 3, 5, 6]],
    ],
    [
      'a blank measure the force left unanswered (listed in not_reported)',
      filesWith(FIGURES, (table) => {
        table.rows[0] = ['bbc-foi-2021', 'E23000001', '2020-01-20', '2021-05-12', 'label', 'reported', '123', '80', '', '', 'refused|pending', ''];
      }),
      (m) => m.figures[0]?.notReported,
      ['refused', 'pending'],
    ],
    ['a selected_forces dataset naming only some forces', toFiles(validFixture()), (m) => m.figures.filter((f) => f.datasetId === 'court-first-year').length, 1],
    ['a no_response row with all measures blank', filesWithCell(FIGURES, 1, 'status', 'no_response'), (m) => m.figures[1]?.status, 'no_response'],
    ['a period end on its start day', filesWithCell(FIGURES, 0, 'period_end', '2020-01-20'), (m) => m.figures[0]?.periodEnd, '2020-01-20'],
    ['a leap day', filesWithCell(FIGURES, 0, 'period_end', '2020-02-29'), (m) => m.figures[0]?.periodEnd, '2020-02-29'],
    ['a blank source URL', filesWithCell('sources.csv', 0, 'url', ''), (m) => m.sources[0]?.url, ''],
    ['outcomes equal to applications', filesWithCell(FIGURES, 0, 'applications', '123'), (m) => m.figures[0]?.applications, 123],
  ];

  it.each(accepted)('accepts %s', (_name, files, read, expected) => {
    expect(read(accept(files))).toEqual(expected);
  });
});

/** [what, files, topology, every formatted issue expected (exactly)] */
type Rejection = [string, Record<string, string>, string, string[]];

const notGiven = (measure: string) =>
  `expected a blank cell with ${measure} listed in not_reported (the force left it unanswered), or the number if the source gives one`;
const COUNT_EXPECTED = 'expected a whole number of 0 or more, or a blank with status no_response/not_covered';
const cell = (row: number, column: string, value: string, file = FIGURES) => filesWithCell(file, row, column, value);
const topo = topologyText();

/** The fixture with a copy of its all-forces round (dataset and figures) under a new id and the given role. */
function withSecondRound(role: string): Record<string, string> {
  const fixture = validFixture();
  const [datasets, figures] = [fixture['spo_datasets.csv'], fixture[FIGURES]];
  if (!datasets || !figures) throw new Error('fixture lacks datasets or figures');
  const round = datasets.rows.find((row) => row[0] === 'bbc-foi-2021') ?? [];
  datasets.rows.push(['bbc-foi-2022', ...round.slice(1, 7), '3', '', role, 'complete', '', '', '', '']);
  figures.rows.push(...figures.rows.filter((row) => row[0] === 'bbc-foi-2021').map((row) => ['bbc-foi-2022', ...row.slice(1)]));
  return toFiles(fixture);
}

const rejected: Rejection[] = [
  // Counts
  ['n/a in a count', cell(0, 'applications', 'n/a'), topo, [`spo_figures.csv:2:applications: "n/a" is not a number; ${notGiven('applications')}`]],
  ['a dash in a count', cell(0, 'granted', '-'), topo, [`spo_figures.csv:2:granted: "-" is not a number; ${notGiven('granted')}`]],
  ['#DIV/0! in a count', cell(2, 'refused', '#DIV/0!'), topo, [`spo_figures.csv:4:refused: "#DIV/0!" is not a whole number; ${COUNT_EXPECTED}`]],
  ['a negative count', cell(2, 'pending', '-3'), topo, [`spo_figures.csv:4:pending: "-3" is negative; ${COUNT_EXPECTED}`]],
  ['a decimal count', cell(0, 'applications', '123.5'), topo, [`spo_figures.csv:2:applications: "123.5" is not a whole number (counts have no decimals); ${COUNT_EXPECTED}`]],
  ['misgrouped thousands', cell(0, 'offences', '1,50', 'stalking_offences.csv'), topo, ['stalking_offences.csv:2:offences: "1,50" has misplaced thousands separators; expected a whole number of 0 or more']],
  ['a space as thousands separator', cell(0, 'offences', '1 500', 'stalking_offences.csv'), topo, ['stalking_offences.csv:2:offences: "1 500" is not a whole number; expected a whole number of 0 or more']],
  ['a blank offence count', cell(0, 'offences', '', 'stalking_offences.csv'), topo, ['stalking_offences.csv:2:offences: is blank; expected a whole number of 0 or more']],
  ['a possibly suppressed flag on a count that is not 0', cell(0, 'flag', 'may_be_suppressed', 'stalking_offences.csv'), topo, ['stalking_offences.csv:2:flag: is may_be_suppressed on a count of 1500; only a 0 can be a count that may be suppressed, so clear the flag or check the count']],
  ['an unknown offence flag', cell(0, 'flag', 'suppressed', 'stalking_offences.csv'), topo, ['stalking_offences.csv:2:flag: "suppressed" is not allowed; expected a blank or one of may_be_suppressed']],
  ['a zero population', cell(1, 'population', '0', 'population.csv'), topo, ['population.csv:3:population: is 0; expected a whole number greater than 0']],
  ['a negative population', cell(1, 'population', '-15111', 'population.csv'), topo, ['population.csv:3:population: "-15111" is negative; expected a whole number greater than 0']],
  ['a non-number dataset order', cell(0, 'order', 'first', 'spo_datasets.csv'), topo, ['spo_datasets.csv:2:order: "first" is not a whole number; expected a whole number giving the display order']],

  // Status and measures
  ['a number with status no_response', cell(0, 'status', 'no_response'), topo, [
    'spo_figures.csv:2:applications: 123 is given but status is no_response; expected a blank, because no_response never carries a number',
    'spo_figures.csv:2:granted: 80 is given but status is no_response; expected a blank, because no_response never carries a number',
    'spo_figures.csv:2:refused: 10 is given but status is no_response; expected a blank, because no_response never carries a number',
    'spo_figures.csv:2:pending: 33 is given but status is no_response; expected a blank, because no_response never carries a number',
  ]],
  ['a zero with status not_covered', cell(1, 'applications', '0'), topo, ['spo_figures.csv:3:applications: 0 is given but status is not_covered; expected a blank, because not_covered never carries a number']],
  ['a blank with status reported', cell(0, 'granted', ''), topo, ['spo_figures.csv:2:granted: is blank but status is reported; expected a whole number of 0 or more, or granted listed in not_reported if the source left it unanswered']],
  ['a figure in a measure the dataset does not report', cell(3, 'granted', '41'), topo, ['spo_figures.csv:5:granted: 41 is given but dataset court-first-year reports applications only; expected a blank']],
  ['not_reported naming a measure the dataset does not report', cell(3, 'not_reported', 'granted'), topo, ['spo_figures.csv:5:not_reported: lists granted but dataset court-first-year reports applications only; expected only measures the dataset reports']],
  ['not_reported naming a measure that has a number', cell(0, 'not_reported', 'pending'), topo, ['spo_figures.csv:2:pending: 33 is given but not_reported lists pending; expected a blank, or pending removed from not_reported']],
  ['not_reported on a row that is not reported', cell(1, 'not_reported', 'refused'), topo, ['spo_figures.csv:3:not_reported: lists refused but status is not_covered; expected a blank (not_reported only qualifies a reported row)']],
  ['an unknown measure in not_reported', cell(0, 'not_reported', 'orders'), topo, ['spo_figures.csv:2:not_reported: "orders" not allowed; expected a blank or a |-separated list of applications, granted, refused, pending']],
  ['an unknown status', cell(0, 'status', 'Reported'), topo, ['spo_figures.csv:2:status: "Reported" is not allowed; expected one of reported, no_response, not_covered']],
  ['a blank status', cell(0, 'status', ''), topo, ['spo_figures.csv:2:status: is blank; expected one of reported, no_response, not_covered']],
  ['outcomes exceeding applications', cell(0, 'applications', '122'), topo, ['spo_figures.csv:2:applications: 122 is less than granted 80 + refused 10 + pending 33 = 123; expected applications to be at least granted + refused + pending']],

  // Dates and periods
  ['a period ending before it starts', cell(0, 'period_end', '2019-12-31'), topo, ['spo_figures.csv:2:period_end: 2019-12-31 is before period_start 2020-01-20; expected an end on or after the start']],
  ['an impossible date', cell(0, 'period_end', '2021-02-30'), topo, ['spo_figures.csv:2:period_end: "2021-02-30" is not a real calendar date; expected a date YYYY-MM-DD, or a blank when the source gives no exact dates']],
  ['a date in another format', cell(0, 'period_start', '20/01/2020'), topo, ['spo_figures.csv:2:period_start: "20/01/2020" is not a date in the form YYYY-MM-DD; expected a date YYYY-MM-DD, or a blank when the source gives no exact dates']],
  ['a blank reference date', cell(0, 'reference_date', '', 'population.csv'), topo, ['population.csv:2:reference_date: is blank; expected a date YYYY-MM-DD, e.g. 2024-06-30 for mid-2024']],
  ['a blank period label', cell(0, 'period_label', ''), topo, ['spo_figures.csv:2:period_label: is blank; expected how the period reads on the site, e.g. 20 Jan 2020 to 12 May 2021']],
  ['a financial year spanning two years', cell(0, 'financial_year', '2020/22', 'stalking_offences.csv'), topo, ['stalking_offences.csv:2:financial_year: "2020/22" does not span two consecutive years; expected a financial year written YYYY/YY, e.g. 2020/21']],
  ['a financial year with a hyphen', cell(0, 'financial_year', '2020-21', 'stalking_offences.csv'), topo, ['stalking_offences.csv:2:financial_year: "2020-21" is not valid; expected a financial year written YYYY/YY, e.g. 2020/21']],
  ['quarter 5', cell(0, 'quarter', '5', 'stalking_offences.csv'), topo, ['stalking_offences.csv:2:quarter: "5" is not a quarter; expected 1, 2, 3 or 4']],

  // Forces
  ['a malformed force code', cell(3, 'force_code', 'E2300001'), topo, ['spo_figures.csv:5:force_code: "E2300001" is not valid; expected an ONS police force area code: E23 or W15 then 6 digits, e.g. E23000001']],
  ['an unknown force code in figures', cell(3, 'force_code', 'E23000099'), topo, ['spo_figures.csv:5:force_code: unknown force code "E23000099"; expected a force code listed in forces.csv']],
  ['an unknown force code in offences', cell(2, 'force_code', 'E23000002', 'stalking_offences.csv'), topo, ['stalking_offences.csv:4:force_code: unknown force code "E23000002"; expected a force code listed in forces.csv']],
  ['an unknown force code in population', cell(2, 'force_code', 'W15000004', 'population.csv'), topo, ['population.csv:4:force_code: unknown force code "W15000004"; expected a force code listed in forces.csv']],
  ['a duplicate force code', filesWith('forces.csv', (table) => {
    table.rows.push(['E23000001', 'Met', 'Metropolitan Police', 'met', 'England', '']);
  }), topo, ['forces.csv:5:code: duplicate of line 2 (code "E23000001"); expected each force code once']],
  ['a repeated force row', filesWith('forces.csv', (table) => table.rows.push([...(table.rows[2] ?? [])])), topo, [
    'forces.csv:5:code: duplicate of line 4 (code "W15000001"); expected each force code once',
    'forces.csv:5:name: duplicate of line 4 (name "North Wales"); expected each force name once',
    'forces.csv:5:slug: duplicate of line 4 (slug "north-wales"); expected each slug once',
  ]],
  ['an old slug that is not a slug', cell(2, 'old_slugs', 'North Wales', 'forces.csv'), topo, [
    'forces.csv:4:old_slugs: "North Wales" not valid; expected a blank or a |-separated list of slugs: lower-case letters, digits and single hyphens, e.g. devon-and-cornwall',
  ]],
  ['an old slug listed twice', cell(2, 'old_slugs', 'gogledd|gogledd', 'forces.csv'), topo, [
    'forces.csv:4:old_slugs: "gogledd" listed twice; expected a blank or a |-separated list of slugs: lower-case letters, digits and single hyphens, e.g. devon-and-cornwall',
  ]],
  ['a force\'s own slug as an old slug', cell(2, 'old_slugs', 'north-wales', 'forces.csv'), topo, [
    'forces.csv:4:old_slugs: lists the force\'s own slug "north-wales"; expected only slugs the force used before (its pages are at /forces/north-wales/ already)',
  ]],
  ['another force\'s slug as an old slug', cell(2, 'old_slugs', 'city-of-london', 'forces.csv'), topo, [
    'forces.csv:4:old_slugs: "city-of-london" is the current slug of City of London; expected a slug no force uses now',
  ]],
  ['an old slug of two forces', cell(2, 'old_slugs', 'the-met', 'forces.csv'), topo, [
    'forces.csv:4:old_slugs: "the-met" is already an old slug of Metropolitan Police (line 2); expected each old slug once',
  ]],
  ['a force code changed to another force', cell(1, 'code', 'E23000001', 'forces.csv'), topo, [
    'forces.csv, column code: no row for E23000034 (London, City of), an area in geo/police-force-areas.topo.json; expected one row per boundary area',
    'forces.csv:3:code: duplicate of line 2 (code "E23000001"); expected each force code once',
    'spo_figures.csv:3:force_code: unknown force code "E23000034"; expected a force code listed in forces.csv',
    'stalking_offences.csv:4:force_code: unknown force code "E23000034"; expected a force code listed in forces.csv',
    ...[8, 9, 10].map((line) => `stalking_offences.csv:${line}:force_code: unknown force code "E23000034"; expected a force code listed in forces.csv`),
    'population.csv:3:force_code: unknown force code "E23000034"; expected a force code listed in forces.csv',
  ]],
  ['a duplicate force name', cell(2, 'name', 'City of London', 'forces.csv'), topo, ['forces.csv:4:name: duplicate of line 3 (name "City of London"); expected each force name once']],
  ['a duplicate slug', cell(2, 'slug', 'city-of-london', 'forces.csv'), topo, ['forces.csv:4:slug: duplicate of line 3 (slug "city-of-london"); expected each slug once']],
  ['a slug with capitals', cell(0, 'slug', 'Metropolitan-Police', 'forces.csv'), topo, ['forces.csv:2:slug: "Metropolitan-Police" is not valid; expected lower-case letters, digits and single hyphens, e.g. devon-and-cornwall']],
  ['a slug with a space', cell(0, 'slug', 'metropolitan police', 'forces.csv'), topo, ['forces.csv:2:slug: "metropolitan police" is not valid; expected lower-case letters, digits and single hyphens, e.g. devon-and-cornwall']],
  ['a slug ending in a hyphen', cell(0, 'slug', 'met-', 'forces.csv'), topo, ['forces.csv:2:slug: "met-" is not valid; expected lower-case letters, digits and single hyphens, e.g. devon-and-cornwall']],
  ['a Welsh code marked England', cell(2, 'country', 'England', 'forces.csv'), topo, ['forces.csv:4:country: "England" disagrees with code W15000001; expected Wales (E23 codes are England, W15 codes are Wales)']],
  ['an English code marked Wales', cell(0, 'country', 'Wales', 'forces.csv'), topo, ['forces.csv:2:country: "Wales" disagrees with code E23000001; expected England (E23 codes are England, W15 codes are Wales)']],
  ['an unknown country', cell(0, 'country', 'Scotland', 'forces.csv'), topo, ['forces.csv:2:country: "Scotland" is not allowed; expected one of England, Wales']],
  ['a blank force name', cell(0, 'name', '', 'forces.csv'), topo, ['forces.csv:2:name: is blank; expected the display name, e.g. Devon and Cornwall']],
  ['a force missing from the boundaries', toFiles(validFixture()), topologyText(['E23000001', 'E23000034']), ['forces.csv:4:code: W15000001 is not an area in geo/police-force-areas.topo.json; expected one of the 2 boundary codes']],
  ['a boundary area with no force', toFiles(validFixture()), topologyText([...FIXTURE_CODES, 'W15000002']), ['forces.csv, column code: no row for W15000002 (W15000002), an area in geo/police-force-areas.topo.json; expected one row per boundary area']],

  // References and duplicates
  ['an unknown dataset id', cell(3, 'dataset_id', 'court-year-one'), topo, ['spo_figures.csv:5:dataset_id: unknown dataset id "court-year-one"; expected a dataset id listed in spo_datasets.csv']],
  ['an unknown source id in datasets', cell(0, 'source_id', 'S99', 'spo_datasets.csv'), topo, ['spo_datasets.csv:2:source_id: unknown source id "S99"; expected a source id listed in sources.csv']],
  ['an unknown source id in offences', cell(0, 'source_id', 'S07', 'stalking_offences.csv'), topo, ['stalking_offences.csv:2:source_id: unknown source id "S07"; expected a source id listed in sources.csv']],
  ['an unknown source id in population', cell(0, 'source_id', 'S07', 'population.csv'), topo, ['population.csv:2:source_id: unknown source id "S07"; expected a source id listed in sources.csv']],
  ['an unknown source id in national figures', cell(0, 'source_id', 'S3', 'national_figures.csv'), topo, ['national_figures.csv:2:source_id: unknown source id "S3"; expected a source id listed in sources.csv']],
  ['a malformed source id', cell(0, 'id', 's01', 'sources.csv'), topo, [
    'sources.csv:2:id: "s01" is not valid; expected a source id: S then digits, e.g. S01',
    'spo_datasets.csv:3:source_id: unknown source id "S01"; expected a source id listed in sources.csv',
  ]],
  ['a malformed force code in a figure of an all_forces dataset (coverage waits for the fix)', cell(0, 'force_code', 'e23000001'), topo, [
    'spo_figures.csv:2:force_code: "e23000001" is not valid; expected an ONS police force area code: E23 or W15 then 6 digits, e.g. E23000001',
  ]],
  ['a force row cut short (boundaries wait for the fix)', withText('forces.csv', (text) => text.replace('W15000001,North Wales,North Wales,north-wales,Wales,,', 'W15000001,North Wales')), topo, [
    'forces.csv:4: row has 2 cells but the header has 7 columns; expected one cell per column (text containing a comma must be in double quotes)',
  ]],
  ['a duplicate source id', filesWith('sources.csv', (table) => table.rows.push([...(table.rows[0] ?? [])])), topo, ['sources.csv:5:id: duplicate of line 2 (id "S01"); expected each source id once']],
  ['a duplicate dataset id', filesWith('spo_datasets.csv', (table) => {
    table.rows.push(['court-first-year', 'S01', 'Again', 'Again', 'Again', 'all_forces', 'granted', '3', '', 'comparison', 'complete', '', '', '', '']);
  }), topo, ['spo_datasets.csv:4:id: duplicate of line 2 (id "court-first-year"); expected each dataset id once']],
  ['a role that is not one of the three', cell(1, 'role', 'main', 'spo_datasets.csv'), topo, [
    'spo_datasets.csv:3:role: "main" is not allowed; expected one of headline, comparison, local',
  ]],
  ['no headline dataset', cell(1, 'role', 'comparison', 'spo_datasets.csv'), topo, [
    'spo_datasets.csv, column role: no dataset has role headline; expected exactly one, the all-forces round the story and the map lead with',
  ]],
  ['two headline datasets', withSecondRound('headline'), topo, [
    'spo_datasets.csv:4:role: "headline" is already given to bbc-foi-2021 on line 3; expected exactly one headline dataset (make the others comparison)',
  ]],
  ['a local role on an all-forces dataset', withSecondRound('local'), topo, [
    'spo_datasets.csv:4:role: "local" is for a source that names selected forces, but scope is all_forces; expected headline or comparison',
  ]],
  ['a comparison role on a selected-forces dataset', cell(0, 'role', 'comparison', 'spo_datasets.csv'), topo, [
    'spo_datasets.csv:2:role: "comparison" needs a dataset covering all forces, but scope is selected_forces; expected local',
  ]],
  ['a coverage that is not complete or selection', cell(1, 'coverage', 'all', 'spo_datasets.csv'), topo, [
    'spo_datasets.csv:3:coverage: "all" is not allowed; expected one of complete, selection',
  ]],
  ['a headline over a named selection of forces', cell(1, 'coverage', 'selection', 'spo_datasets.csv'), topo, [
    'spo_datasets.csv:3:role: "headline" leads the map and the rankings, which need a complete table, but coverage is selection; expected comparison, or coverage complete',
  ]],
  ['a headline that counts no applications', cell(1, 'measures', 'granted', 'spo_datasets.csv'), topo, [
    'spo_datasets.csv:3:role: "headline" leads the map and the story with applications, but measures has no applications; expected comparison, or applications added to measures',
  ]],
  ['a duplicate figure row', filesWith(FIGURES, (table) => table.rows.push([...(table.rows[3] ?? [])])), topo, ['spo_figures.csv:6: duplicate of line 5 (dataset_id "court-first-year", force_code "E23000001", period_start "2020-01-20", period_end "2021-01-19", period_label "Jan 2020 to Jan 2021"); expected one row per dataset, force and period']],
  ['a duplicate offence quarter', cell(1, 'quarter', '1', 'stalking_offences.csv'), topo, ['stalking_offences.csv:3: duplicate of line 2 (force_code "E23000001", financial_year "2020/21", quarter "1"); expected one row per force and quarter']],
  ['a duplicate population row', cell(1, 'force_code', 'E23000001', 'population.csv'), topo, ['population.csv:3: duplicate of line 2 (force_code "E23000001", reference_date "2024-06-30"); expected one row per force and date']],
  ['a duplicate national figure id', filesWith('national_figures.csv', (table) => table.rows.push([...(table.rows[0] ?? [])])), topo, ['national_figures.csv:3:id: duplicate of line 2 (id "court_spos_first_year"); expected each id once']],
  ['an all_forces dataset missing a force', filesWith(FIGURES, (table) => table.rows.splice(1, 1)), topo, ['spo_figures.csv, column force_code: dataset bbc-foi-2021 covers all forces but has no row for City of London (E23000034); expected a row, with status not_covered if the source is silent']],

  // Other columns
  ['an unknown scope', cell(0, 'scope', 'some_forces', 'spo_datasets.csv'), topo, ['spo_datasets.csv:2:scope: "some_forces" is not allowed; expected one of all_forces, selected_forces']],
  ['a blank measures list', cell(0, 'measures', '', 'spo_datasets.csv'), topo, ['spo_datasets.csv:2:measures: is blank; expected a |-separated list of applications, granted, refused, pending']],
  ['a measure listed twice', cell(0, 'measures', 'applications|applications', 'spo_datasets.csv'), topo, ['spo_datasets.csv:2:measures: "applications" listed twice; expected a |-separated list of applications, granted, refused, pending']],
  ['a URL that is not https', cell(0, 'url', 'http://example.org', 'sources.csv'), topo, ['sources.csv:2:url: "http://example.org" is not valid; expected a URL starting https:// or a blank']],
  ['a national figure id that is not snake_case', cell(0, 'id', 'Court-SPOs', 'national_figures.csv'), topo, ['national_figures.csv:2:id: "Court-SPOs" is not valid; expected a snake_case key: lower-case letters, digits and underscores, e.g. court_spos_first_year']],
  ['a blank national figure value', cell(0, 'value', '', 'national_figures.csv'), topo, ['national_figures.csv:2:value: is blank; expected the value exactly as the source prints it']],
  ['a blank attribution', cell(0, 'attribution', '', 'sources.csv'), topo, ['sources.csv:2:attribution: is blank; expected the credit line to print']],

  // File structure
  ['a missing column', filesWith('population.csv', (table) => {
    table.header.splice(2, 1);
    for (const row of table.rows) row.splice(2, 1);
  }), topo, ['population.csv:1:population: missing column "population"; expected the columns force_code, reference_date, population, source_id']],
  ['an unknown column', filesWith('population.csv', (table) => {
    table.header.push('notes');
    for (const row of table.rows) row.push('');
  }), topo, ['population.csv:1:notes: unknown column "notes"; expected the columns force_code, reference_date, population, source_id']],
  ['a column named twice', filesWith('population.csv', (table) => {
    table.header.push('source_id');
    for (const row of table.rows) row.push('S06');
  }), topo, ['population.csv:1:source_id: column "source_id" appears twice; expected the columns force_code, reference_date, population, source_id']],
  ['a row with an extra cell (an unquoted comma)', withText('forces.csv', (text) => text.replace('"London, City of"', 'London, City of')), topo, ['forces.csv:3: row has 8 cells but the header has 7 columns; expected one cell per column (text containing a comma must be in double quotes)']],
  ['a row with too few cells', withText('population.csv', (text) => text.replace('E23000034,2024-06-30,15111,S06', 'E23000034,2024-06-30')), topo, ['population.csv:3: row has 2 cells but the header has 4 columns; expected one cell per column (text containing a comma must be in double quotes)']],
  ['an unclosed quote', withText('national_figures.csv', (text) => `${text}x,"Unclosed,1,,,S02,,\n`), topo, ['national_figures.csv:3: a quoted cell is never closed; expected a closing double quote (") before the end of the row']],
  ['text after a closing quote', withText('forces.csv', (text) => text.replace('"London, City of"', '"London, City" of')), topo, [
    'forces.csv:3: a quoted cell has text after its closing quote; expected the whole cell inside double quotes, with any " inside written as ""',
    // The stray quote swallowed North Wales's row too, but other files are not judged against the broken one.
  ]],
  ['a missing file', (() => {
    const files = toFiles(validFixture());
    delete files['national_figures.csv'];
    return files;
  })(), topo, ['national_figures.csv: file is missing; expected a header row with id, label, value, period, geography, source_id, quote, verification']],
  ['an empty file', withText('sources.csv', () => '\uFEFF\r\n'), topo, ['sources.csv: file is empty; expected a header row with id, title, publisher, date, url, licence, attribution, notes']],
  ['boundaries that are not JSON', toFiles(validFixture()), '{"type": "Topology",', [expect.stringMatching(/^geo\/police-force-areas\.topo\.json: is not valid JSON \(.+\); expected the TopoJSON made by scripts\/build-geo\.ts: remake the file with npm run build-geo, or restore it from the last commit$/) as unknown as string]],
  ['boundaries without the police_force_areas object', toFiles(validFixture()), JSON.stringify({ type: 'Topology', objects: { pfa: {} } }), ['geo/police-force-areas.topo.json: has no object "police_force_areas" with geometries; expected a TopoJSON topology with that object']],
  ['boundaries repeating a code', toFiles(validFixture()), topologyText([...FIXTURE_CODES, 'E23000001']), ['geo/police-force-areas.topo.json:1:700: area 4 of police_force_areas repeats code E23000001; expected each area once']],
  ['a boundary without a code', toFiles(validFixture()), topologyText([...FIXTURE_CODES, '']), ['geo/police-force-areas.topo.json:1:700: area 4 of police_force_areas has code ""; expected an ONS police force area code (E23 or W15 then 6 digits)']],
];

describe('parseDataFiles rejects invalid input, naming file, line and column', () => {
  it.each(rejected)('rejects %s', (_name, files, topology, expected) => {
    expect(problems(files, topology)).toEqual(expected);
  });

  it('runs a row check whose cells are fine even when another cell of the row is wrong', () => {
    const fixture = validFixture();
    fixture['forces.csv']?.rows[2]?.splice(3, 2, 'North Wales', 'England');
    fixture[FIGURES]?.rows[0]?.splice(3, 1, '2019-01-01');
    fixture[FIGURES]?.rows[2]?.splice(2, 1, 'soon');
    fixture[FIGURES]?.rows[2]?.splice(6, 1, '-');
    expect(problems(toFiles(fixture))).toEqual([
      'forces.csv:4:slug: "North Wales" is not valid; expected lower-case letters, digits and single hyphens, e.g. devon-and-cornwall',
      'forces.csv:4:country: "England" disagrees with code W15000001; expected Wales (E23 codes are England, W15 codes are Wales)',
      'spo_figures.csv:2:period_end: 2019-01-01 is before period_start 2020-01-20; expected an end on or after the start',
      'spo_figures.csv:4:period_start: "soon" is not a date in the form YYYY-MM-DD; expected a date YYYY-MM-DD, or a blank when the source gives no exact dates',
      `spo_figures.csv:4:applications: "-" is not a number; ${notGiven('applications')}`,
    ]);
  });

  it('reports every problem at once, across files', () => {
    const fixture = validFixture();
    const figures = fixture[FIGURES];
    const offences = fixture['stalking_offences.csv'];
    if (!figures || !offences) throw new Error('fixture changed');
    figures.rows[0]?.splice(6, 1, 'n/a');
    figures.rows[2]?.splice(7, 1, '-1');
    offences.rows[3]?.splice(3, 1, '#DIV/0!');
    expect(problems(toFiles(fixture))).toEqual([
      `spo_figures.csv:2:applications: "n/a" is not a number; ${notGiven('applications')}`,
      `spo_figures.csv:4:granted: "-1" is negative; ${COUNT_EXPECTED}`,
      'stalking_offences.csv:5:offences: "#DIV/0!" is not a whole number; expected a whole number of 0 or more',
    ]);
  });
});

describe('formatIssue', () => {
  it('writes file:line:column: message, leaving out an empty column', () => {
    expect(formatIssue({ file: 'forces.csv', line: 3, column: 'slug', message: 'bad' })).toBe('forces.csv:3:slug: bad');
    expect(formatIssue({ file: 'forces.csv', line: 0, column: '', message: 'file is missing' })).toBe('forces.csv: file is missing');
  });
});
