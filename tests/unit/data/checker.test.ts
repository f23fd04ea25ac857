// The checker as the gate (issue 12): every way an editor's spreadsheet broke
// or bloated the build, and every spreadsheet accident, gets one clear message
// at file:line:column with a fix; plausible-but-odd values get warnings.
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/lib/data/encoding.ts';
import { formatIssue, formatIssues, parseDataFiles, type ParseOptions } from '../../../src/lib/data/load.ts';
import type { DataModel } from '../../../src/lib/data/types.ts';
import { filesWith, filesWithCell, FIXTURE_CODES, toFiles, topologyText, validFixture } from './fixture.ts';

const TODAY = new Date('2026-11-30T12:00:00Z');
const OFFENCES = 'stalking_offences.csv';
const FIGURES = 'spo_figures.csv';
const NATIONAL = 'national_figures.csv';
const TILES = 'geo/tile-grid.csv';

function run(files: Record<string, string>, topology = topologyText(), options: ParseOptions = {}) {
  return parseDataFiles(files, topology, { today: TODAY, ...options });
}

function problems(files: Record<string, string>, topology = topologyText(), options: ParseOptions = {}): string[] {
  return run(files, topology, options).issues.map(formatIssue);
}

function warnings(files: Record<string, string>, topology = topologyText(), options: ParseOptions = {}): string[] {
  const result = run(files, topology, options);
  expect(result.issues.map(formatIssue)).toEqual([]);
  return result.warnings.map(formatIssue);
}

function fixtureModel(): DataModel {
  const { model } = run(toFiles(validFixture()));
  if (model === null) throw new Error('the fixture does not load');
  return model;
}

function withText(file: string, edit: (text: string) => string): Record<string, string> {
  const files = toFiles(validFixture());
  files[file] = edit(files[file] ?? '');
  return files;
}

/** The fixture topology with its parsed JSON edited. */
function topologyWith(edit: (topology: { arcs: number[][][]; objects: { police_force_areas: { geometries: Record<string, unknown>[] } } }) => void): string {
  const topology = JSON.parse(topologyText()) as Parameters<typeof edit>[0];
  edit(topology);
  return JSON.stringify(topology);
}

/** [what, files, topology, a pattern every expected problem matches, in order] */
type Case = [string, Record<string, string>, string, RegExp[]];

const topo = topologyText();

const buildRequirements: Case[] = [
  ['a quarter deleted from stalking_offences.csv', filesWith(OFFENCES, (table) => table.rows.splice(4, 1)), topo, [
    /^stalking_offences\.csv: has no row for Metropolitan Police \(E23000001\) in 2020\/21 Q2; expected one row per force for every quarter from 2020\/21 Q1 to 2020\/21 Q4 .*restore the rows/,
  ]],
  ["a force's rows deleted", filesWith(OFFENCES, (table) => (table.rows = table.rows.filter((row) => row[0] !== 'W15000001'))), topo, [
    /^stalking_offences\.csv: has no row for North Wales \(W15000001\) in 2020\/21 Q1 to 2020\/21 Q4;/,
  ]],
  ['stalking_offences.csv with only its header', filesWith(OFFENCES, (table) => (table.rows = [])), topo, [/^stalking_offences\.csv: has a header but no rows;/]],
  ['national_figures.csv with only its header', filesWith(NATIONAL, (table) => (table.rows = [])), topo, [/^national_figures\.csv: has a header but no rows;/]],
  ['a financial year a thousand years back', filesWithCell(OFFENCES, 0, 'financial_year', '1019/20'), topo, [
    /^stalking_offences\.csv:2:financial_year: "1019\/20" is in 1019; expected a year from 2010 to 2027/,
  ]],
  ['a financial year in the future', filesWithCell(OFFENCES, 0, 'financial_year', '2091/92'), topo, [/^stalking_offences\.csv:2:financial_year: "2091\/92" is in 2091; expected a year from 2010 to 2027/]],
  ['the financial year 1000/01, which once crashed the checker', filesWithCell(OFFENCES, 0, 'financial_year', '1000/01'), topo, [/^stalking_offences\.csv:2:financial_year: "1000\/01" is in 1000;/]],
  ['a period date in another century', filesWithCell(FIGURES, 0, 'period_end', '2201-05-12'), topo, [/^spo_figures\.csv:2:period_end: "2201-05-12" is in 2201;/]],
  ['a text cell far too long (a paste by mistake)', filesWithCell('sources.csv', 0, 'notes', 'x'.repeat(25_000)), topo, [/^sources\.csv:2:notes: is 25,000 characters long; expected at most 20,000/]],
  ['a count no force could record', filesWithCell(OFFENCES, 0, 'offences', '99,999,999'), topo, [/^stalking_offences\.csv:2:offences: 99,999,999 offences in one quarter is not possible/]],
];

const geometry: Case[] = [
  ['two force codes swapped in the boundaries', toFiles(validFixture()), topologyWith(({ objects }) => {
    const [met, city] = objects.police_force_areas.geometries;
    if (!met || !city) throw new Error('fixture changed');
    [met['properties'], city['properties']] = [{ code: 'E23000034', name: 'Metropolitan Police' }, { code: 'E23000001', name: 'London, City of' }];
  }), [
    /^geo\/police-force-areas\.topo\.json:1:\d+: the area with code E23000001 is named "London, City of", but forces\.csv line 2 gives E23000001 the ONS name "Metropolitan Police" \(forces\.csv gives that name to E23000034: are two codes swapped\?\)/,
    /^geo\/police-force-areas\.topo\.json:1:\d+: the area with code E23000034 is named "Metropolitan Police"/,
  ]],
  ["one force's arcs emptied", toFiles(validFixture()), topologyWith(({ objects }) => {
    const area = objects.police_force_areas.geometries[1];
    if (area) area['arcs'] = [];
  }), [/^geo\/police-force-areas\.topo\.json:1:\d+: area 2 of police_force_areas \(E23000034, London, City of\) has an empty shape; expected a Polygon/]],
  ['a force with no shape at all', toFiles(validFixture()), topologyWith(({ objects }) => {
    const area = objects.police_force_areas.geometries[2];
    if (area) area['type'] = null;
  }), [/area 3 of police_force_areas \(W15000001, North Wales\) has no shape \(type "null"\)/]],
  ['the arcs list cut short', toFiles(validFixture()), topologyWith((topology) => topology.arcs.splice(2)), [
    /^geo\/police-force-areas\.topo\.json:1:\d+: area 3 of police_force_areas \(W15000001, North Wales\) refers to arc 2, but the file has 2 arcs \(the arcs list is cut short\)/,
  ]],
  ['an arc with one point', toFiles(validFixture()), topologyWith((topology) => topology.arcs[0]?.splice(1)), [/^geo\/police-force-areas\.topo\.json: arc 0 is not a list of at least two \[x, y\] points/]],
  ['a shape drawn inside out (it covers the rest of the globe)', toFiles(validFixture()), topologyWith((topology) => topology.arcs[0]?.reverse()), [
    /area 1 of police_force_areas \(E23000001, Metropolitan Police\) covers 510,000,000 km²; expected between 1 and 30,000 km²/,
  ]],
  ['a force missing from the tile grid', filesWith(TILES, (table) => table.rows.splice(2, 1)), topo, [
    /^geo\/tile-grid\.csv: has no tile for North Wales \(W15000001\); expected one row per force in forces\.csv/,
  ]],
  ['a force twice in the tile grid', filesWithCell(TILES, 1, 'code', 'E23000001'), topo, [/^geo\/tile-grid\.csv:3:code: E23000001 is already placed on line 2/]],
  ['two forces on one tile', filesWithCell(TILES, 1, 'col', '1'), topo, [/^geo\/tile-grid\.csv:3:col: column 1, row 0 is already taken on line 2/]],
  ['a tile for a force forces.csv does not have', filesWithCell(TILES, 2, 'code', 'W15000002'), topo, [
    /^geo\/tile-grid\.csv: has no tile for North Wales/,
    /^geo\/tile-grid\.csv:4:code: W15000002 is not a force in forces\.csv/,
  ]],
  ['no tile grid at all', (() => {
    const files = toFiles(validFixture());
    delete files[TILES];
    return files;
  })(), topo, [/^geo\/tile-grid\.csv: file is missing;/]],
];

const formats: Case[] = [
  ['a semicolon-delimited file', withText('forces.csv', (text) => text.replaceAll(',', ';')), topo, [/^forces\.csv: is separated by semicolons, not commas/]],
  ['a tab-delimited file', withText(OFFENCES, (text) => text.replaceAll(',', '\t')), topo, [/^stalking_offences\.csv: is separated by tabs, not commas/]],
  ['a UTF-16 file ("Unicode text")', withText('sources.csv', (text) => `\uFFFD\uFFFD${[...text].join('\u0000')}`), topo, [/^sources\.csv: is saved as UTF-16 \("Unicode text"\)/]],
  ['an .xlsx saved under the .csv name', withText('population.csv', () => 'PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml'), topo, [
    /^population\.csv: is a spreadsheet file \(Excel or LibreOffice\) with a \.csv name, not a CSV;/,
  ]],
  ['mojibake: UTF-8 read as Windows-1252 and saved again', filesWithCell('sources.csv', 0, 'attribution', 'Â© BBC Shared Data Unit'), topo, [
    /^sources\.csv:2:attribution: contains "Â©", which is how "©" looks after a spreadsheet read a UTF-8 file as Windows-1252/,
  ]],
  ['a curly quote turned to mojibake', filesWithCell(FIGURES, 1, 'note', 'Not in the BBCâ€™s data'), topo, [/^spo_figures\.csv:3:note: contains "â€™", which is how "’" looks/]],
];

describe('the checker refuses what the build cannot use', () => {
  it.each([...buildRequirements, ...geometry, ...formats])('%s', (_what, files, topology, expected) => {
    const found = problems(files, topology);
    expect(found, found.join('\n')).toHaveLength(expected.length);
    found.forEach((problem, index) => expect(problem).toMatch(expected[index] ?? /^$/));
  });

  it('names a spreadsheet saved in the data folder', () => {
    const found = problems(toFiles(validFixture()), topo, { listing: ['forces.csv', 'forces.xlsx', 'geo/tile-grid.ods', 'README.md'] });
    expect(found).toEqual([
      expect.stringMatching(/^forces\.xlsx: is a spreadsheet, which the site does not read \(it reads only forces\.csv\); save it .* then remove the spreadsheet from the data folder$/),
      expect.stringMatching(/^geo\/tile-grid\.ods: is a spreadsheet, which the site does not read \(it reads only geo\/tile-grid\.csv\)/),
    ]);
  });

  it('names each cell of a Windows-1252 file that holds a character beyond plain ASCII', () => {
    const fixture = validFixture();
    const sources = fixture['sources.csv'];
    if (!sources?.rows[1]) throw new Error('fixture changed');
    sources.rows[1][7] = 'Costs £5, says the café';
    const text = toFiles(fixture)['sources.csv'] ?? '';
    const bytes = Uint8Array.from([...text].map((char) => ({ '£': 0xa3, é: 0xe9 })[char] ?? char.charCodeAt(0)));
    const decoded = decodeBytes(bytes);
    expect(decoded).toEqual({ text, windows1252: true });
    const files = { ...toFiles(fixture), 'sources.csv': decoded.text };
    expect(problems(files, topo, { windows1252: new Set(['sources.csv']) })).toEqual([
      expect.stringMatching(/^sources\.csv:3:notes: contains "£" saved as Windows-1252, not UTF-8, .*save it from the spreadsheet as "CSV UTF-8/),
    ]);
  });

  it('suggests not_reported, not a status, for "N/A" in one measure', () => {
    expect(problems(filesWithCell(FIGURES, 0, 'pending', 'N/A'))).toEqual([
      'spo_figures.csv:2:pending: "N/A" is not a number; expected a blank cell with pending listed in not_reported (the force left it unanswered), or the number if the source gives one',
    ]);
    expect(problems(filesWithCell(FIGURES, 0, 'refused', 'none'))[0]).toMatch(/^spo_figures\.csv:2:refused: "none" is not a number; expected 0 if the source means none, otherwise a blank cell with refused listed in not_reported/);
  });
});

describe('plausibility warnings never stop the build', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['a count with a leading zero', filesWithCell(OFFENCES, 2, 'offences', '007'), /^stalking_offences\.csv:4:offences: "007" has a leading zero and reads as 7;/],
    ["a quarter over ten times the force's largest other", filesWithCell(OFFENCES, 3, 'offences', '4000'), /^stalking_offences\.csv:5:offences: 4,000 is over 10 times North Wales's largest other quarter \(320\)/],
    ['a year before 2010', filesWithCell(FIGURES, 0, 'period_start', '2005-01-20'), /^spo_figures\.csv:2:period_start: "2005-01-20" is in 2005, before 2010/],
    ['a long text cell', filesWithCell('sources.csv', 1, 'notes', 'y'.repeat(4_000)), /^sources\.csv:3:notes: is 4,000 characters long; check nothing was pasted by mistake/],
    ['a number printed with separators in its quote, saved without', filesWith(NATIONAL, (table) => {
      table.rows.push(['incidents', 'Incidents', '59950', 'Apr-Dec 2020', 'England and Wales', 'S02', '59,950 incidents were recorded', 'checked']);
    }), /^national_figures\.csv:3:value: "59950" is printed "59,950" in the figure's own quote/],
    ['a date a spreadsheet made of text', filesWithCell(NATIONAL, 0, 'period', '01/01/22'), /^national_figures\.csv:2:period: "01\/01\/22" looks like a date a spreadsheet rewrote/],
  ];
  it.each(cases)('%s', (_what, files, expected) => {
    expect(warnings(files)).toEqual([expect.stringMatching(expected)]);
  });

  it("warns that a changed slug breaks links, and suggests keeping the old one in old_slugs", () => {
    const previous = fixtureModel();
    expect(warnings(filesWithCell('forces.csv', 2, 'slug', 'wales-north'), topo, { previous })).toEqual([
      'forces.csv:4:slug: changed from "north-wales" to "wales-north": links and embed codes to /forces/north-wales/ will break; keep the old address working by adding north-wales to this row\'s old_slugs column (|-separated), which redirects it to the new page, or change the slug back',
    ]);
  });

  it('says nothing about a slug change whose old slug is kept in old_slugs', () => {
    const previous = fixtureModel();
    const files = filesWith('forces.csv', (table) => {
      const row = table.rows[2];
      if (!row) throw new Error('fixture changed');
      row[table.header.indexOf('slug')] = 'wales-north';
      row[table.header.indexOf('old_slugs')] = 'north-wales';
    });
    expect(warnings(files, topo, { previous })).toEqual([]);
  });
});

describe('readable output', () => {
  it('never prints "line 0": a problem with a whole file names the file alone', () => {
    expect(formatIssue({ file: 'forces.csv', line: 0, column: '', message: 'file is missing' })).toBe('forces.csv: file is missing');
    expect(formatIssue({ file: 'spo_figures.csv', line: 0, column: 'force_code', message: 'no row' })).toBe('spo_figures.csv, column force_code: no row');
  });

  it('keeps a header-only forces.csv to a screenful', () => {
    const result = run(filesWith('forces.csv', (table) => (table.rows = [])));
    const lines = formatIssues(result.issues);
    expect(lines.length).toBeLessThanOrEqual(40);
    expect(lines[0]).toMatch(/^forces\.csv: has a header but no rows/);
  });

  it('prints the first problems of a file, then "and N more like this"', { timeout: 60_000 }, () => {
    const duplicates = filesWith('population.csv', (table) => {
      const first = table.rows[0] ?? [];
      for (let index = 0; index < 5_000; index += 1) table.rows.push([...first]);
    });
    const result = run(duplicates);
    expect(result.issues).toHaveLength(5_000);
    const lines = formatIssues(result.issues);
    expect(lines).toHaveLength(13);
    expect(lines[0]).toBe('population.csv:5: duplicate of line 2 (force_code "E23000001", reference_date "2024-06-30"); expected one row per force and date');
    expect(lines[12]).toBe(
      'population.csv: and 4,988 more like this: population.csv:17: duplicate of line 2 (force_code "E23000001", reference_date "2024-06-30"); expected one row per force and date',
    );
  });

  it('lists each kind of problem left over once', () => {
    const issues = [
      ...Array.from({ length: 15 }, (_, index) => ({ file: 'a.csv', line: index + 2, column: 'x', message: `"${index}" is not a whole number` })),
      ...Array.from({ length: 3 }, (_, index) => ({ file: 'a.csv', line: index + 30, column: 'y', message: 'is blank' })),
    ];
    expect(formatIssues(issues).slice(12)).toEqual([
      'a.csv: and 3 more like this: a.csv:14:x: "12" is not a whole number',
      'a.csv: and 3 more like this: a.csv:30:y: is blank',
    ]);
  });

  it('accepts the fixture with its boundaries and tile grid, and reads them into the geography', () => {
    const result = run(toFiles(validFixture()));
    expect(result.issues).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.geography?.tileGrid.map((cell) => cell.code)).toEqual(FIXTURE_CODES);
    expect(Object.keys(result.geography?.topology.objects ?? {})).toEqual(['police_force_areas']);
  });
});
