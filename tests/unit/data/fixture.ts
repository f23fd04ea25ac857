// A tiny, valid data folder as text, plus helpers to break one cell at a time.
import Papa from 'papaparse';

export interface FixtureTable {
  header: string[];
  rows: string[][];
}

export type Fixture = Record<string, FixtureTable>;

export const FIXTURE_CODES = ['E23000001', 'E23000034', 'W15000001'];

export const STATEMENT_COLUMNS = [
  'id', 'force_code', 'kind', 'orders', 'period_type', 'period_start', 'period_end', 'value',
  'said_by', 'said_in', 'source_id', 'stated_on', 'quote', 'note',
] as const;

export function validFixture(): Fixture {
  return {
    'forces.csv': {
      header: ['code', 'name', 'ons_name', 'slug', 'country', 'aliases', 'old_slugs'],
      rows: [
        ['E23000001', 'Metropolitan Police', 'Metropolitan Police', 'metropolitan-police', 'England', 'Met|Metropolitan Police Service', 'the-met'],
        ['E23000034', 'City of London', 'London, City of', 'city-of-london', 'England', 'City of London Police', 'city-police'],
        ['W15000001', 'North Wales', 'North Wales', 'north-wales', 'Wales', '', ''],
      ],
    },
    'sources.csv': {
      header: ['id', 'title', 'publisher', 'date', 'url', 'licence', 'attribution', 'notes'],
      rows: [
        ['S01', 'SPO FOI', 'BBC Shared Data Unit', '2021', 'https://example.org/s01', 'Shared data', 'BBC Shared Data Unit', ''],
        ['S02', 'Court data', 'The Observer', '2022', '', 'Not stated', 'The Observer', 'Secondary report'],
        ['S06', 'Police recorded crime', 'Home Office', '2026', 'https://example.org/s06', 'Open Government Licence v3.0', 'Home Office', ''],
      ],
    },
    'spo_datasets.csv': {
      header: ['id', 'source_id', 'title', 'short_title', 'basis', 'scope', 'measures', 'order', 'notes', 'role', 'coverage', 'according', 'when_no_response', 'when_not_covered', 'plain_name'],
      rows: [
        ['court-first-year', 'S02', 'Court data, first year', 'Court data', 'Court records', 'selected_forces', 'applications', '1', '', 'local', 'selection', '', '', '', ''],
        ['bbc-foi-2021', 'S01', 'BBC FOI 2021', 'BBC FOI', 'Force FOI replies', 'all_forces', 'applications|granted|refused|pending', '2', '', 'headline', 'complete', '', '', '', ''],
      ],
    },
    'spo_figures.csv': {
      header: [
        'dataset_id', 'force_code', 'period_start', 'period_end', 'period_label', 'status',
        'applications', 'granted', 'refused', 'pending', 'not_reported', 'note',
      ],
      rows: [
        ['bbc-foi-2021', 'E23000001', '2020-01-20', '2021-05-12', '20 Jan 2020 to 12 May 2021', 'reported', '123', '80', '10', '33', '', ''],
        ['bbc-foi-2021', 'E23000034', '', '', 'Jan 2020 to spring 2021', 'not_covered', '', '', '', '', '', 'Not in the BBC data'],
        ['bbc-foi-2021', 'W15000001', '2020-01-20', '2020-12-30', '20 Jan 2020 to 30 Dec 2020', 'reported', '0', '0', '0', '0', '', ''],
        ['court-first-year', 'E23000001', '2020-01-20', '2021-01-19', 'Jan 2020 to Jan 2021', 'reported', '133', '', '', '', '', ''],
      ],
    },
    'stalking_offences.csv': {
      header: ['force_code', 'financial_year', 'quarter', 'offences', 'flag', 'source_id'],
      rows: [
        ['E23000001', '2020/21', '1', '1500', '', 'S06'],
        ['E23000001', '2020/21', '4', '1600', '', 'S06'],
        ['E23000034', '2020/21', '1', '4', '', 'S06'],
        ['W15000001', '2020/21', '1', '300', '', 'S06'],
        // Every force has a row for every quarter the file covers.
        ['E23000001', '2020/21', '2', '1550', '', 'S06'],
        ['E23000001', '2020/21', '3', '1580', '', 'S06'],
        ['E23000034', '2020/21', '2', '5', '', 'S06'],
        ['E23000034', '2020/21', '3', '3', '', 'S06'],
        ['E23000034', '2020/21', '4', '6', '', 'S06'],
        ['W15000001', '2020/21', '2', '310', '', 'S06'],
        ['W15000001', '2020/21', '3', '290', '', 'S06'],
        ['W15000001', '2020/21', '4', '320', '', 'S06'],
      ],
    },
    'population.csv': {
      header: ['force_code', 'reference_date', 'population', 'source_id'],
      rows: [
        ['E23000001', '2024-06-30', '8900000', 'S06'],
        ['E23000034', '2024-06-30', '15111', 'S06'],
        ['W15000001', '2024-06-30', '700000', 'S06'],
      ],
    },
    'national_figures.csv': {
      header: ['id', 'label', 'value', 'period', 'geography', 'source_id', 'quote', 'verification'],
      rows: [['court_spos_first_year', 'SPOs issued', '456', 'Jan 2020 to Jan 2021', 'England and Wales', 'S02', '"456 ... issued"', 'Seen in article']],
    },
    'spo_statements.csv': {
      header: [...STATEMENT_COLUMNS],
      rows: [
        ['met-granted-2023', 'E23000001', 'granted', 'not_stated', 'between', '2023-01', '2023-12', '1,250', 'BBC News', 'news_article', 'S02', '2024-02-01', 'The force obtained 1,250 orders in 2023.', ''],
        ['wales-live-2024', 'W15000001', 'in_force', 'interim_or_full', 'at', '', '2024-12', '<5', 'North Wales Police', 'news_release', 'S02', '2024-12', 'There are fewer than five orders in force.', 'Suppressed by the force'],
      ],
    },
    'geo/tile-grid.csv': {
      header: ['code', 'col', 'row', 'abbr'],
      rows: [
        ['E23000001', '1', '0', 'MET'],
        ['E23000034', '2', '0', 'CoL'],
        ['W15000001', '0', '0', 'NWA'],
      ],
    },
  };
}

export function toCsv(table: FixtureTable): string {
  return Papa.unparse({ fields: table.header, data: table.rows }, { newline: '\n' }) + '\n';
}

export function toFiles(fixture: Fixture): Record<string, string> {
  return Object.fromEntries(Object.entries(fixture).map(([file, table]) => [file, toCsv(table)]));
}

/** The ONS name of each fixture force, as forces.csv and the boundaries write it. */
const ONS_NAMES: Record<string, string> = Object.fromEntries((validFixture()['forces.csv']?.rows ?? []).map((row) => [row[0], row[2]]));

/**
 * A small TopoJSON topology: one square of about 0.1° (some 50 km²) per code,
 * side by side, named as forces.csv names it (the code itself for a code
 * forces.csv does not have).
 */
export function topologyText(codes: readonly string[] = FIXTURE_CODES): string {
  const square = (index: number) => {
    const [x, y] = [-1 + index * 0.1, 51.5];
    return [[x, y], [x, y + 0.1], [x + 0.1, y + 0.1], [x + 0.1, y], [x, y]];
  };
  return JSON.stringify({
    type: 'Topology',
    arcs: codes.map((_code, index) => square(index)),
    objects: {
      police_force_areas: {
        type: 'GeometryCollection',
        geometries: codes.map((code, index) => ({ type: 'Polygon', arcs: [[index]], id: code, properties: { code, name: ONS_NAMES[code] ?? code } })),
      },
    },
  });
}

/** The valid fixture as files, with one cell replaced. `row` counts data rows from 0 (file line row + 2). */
export function filesWithCell(file: string, row: number, column: string, value: string): Record<string, string> {
  const fixture = validFixture();
  const table = fixture[file];
  if (!table) throw new Error(`no fixture file ${file}`);
  const index = table.header.indexOf(column);
  const cells = table.rows[row];
  if (index === -1 || !cells) throw new Error(`no cell ${file} row ${row} column ${column}`);
  cells[index] = value;
  return toFiles(fixture);
}

/** The valid fixture as files, with a file's table changed by `edit`. */
export function filesWith(file: string, edit: (table: FixtureTable) => void): Record<string, string> {
  const fixture = validFixture();
  const table = fixture[file];
  if (!table) throw new Error(`no fixture file ${file}`);
  edit(table);
  return toFiles(fixture);
}
