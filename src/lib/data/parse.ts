import { checkAcrossRows, type Tables } from './cross-checks.ts';
import { checkCellEncoding, checkFolderListing } from './encoding.ts';
import { comparePrevious } from './history.ts';
import { IssueList } from './issues.ts';
import { type DataNeeds, checkNeeds } from './needs.ts';
import { type CheckedTable, checkCells, checkOffenceCounts, checkPrintedForms } from './plausibility.ts';
import {
  BOUNDARY_FILE,
  DATA_FILES,
  datasetsTable,
  figuresTable,
  forcesTable,
  nationalFiguresTable,
  offencesTable,
  populationTable,
  sourcesTable,
  statementsTable,
} from './schemas.ts';
import { parseTable, type ParsedTable } from './table.ts';
import { checkTileGrid, tileGridTable, type TileCell } from './tile-grid.ts';
import { readBoundaries } from './topology.ts';
import type { Topology } from 'topojson-specification';
import type { DataIssue, DataModel } from './types.ts';

/** The map's geography, read and checked with the data: the boundaries and the tile layout. */
export interface Geography {
  topology: Topology;
  tileGrid: TileCell[];
}

export type DataResult =
  | { model: DataModel; geography: Geography; issues: []; warnings: DataIssue[] }
  | { model: null; geography: null; issues: DataIssue[]; warnings: DataIssue[] };

export interface ParseOptions {
  /** Files whose bytes were not UTF-8 and were read as Windows-1252. */
  windows1252?: ReadonlySet<string>;
  /** Every file name in the data folder (relative, with `/`), to find spreadsheets saved beside the CSVs. */
  listing?: readonly string[];
  /** The date the plausible years are judged against; default now. */
  today?: Date;
  /** The last good version of the data (last commit or last build), to warn about changes that break links or quotes. */
  previous?: DataModel | null;
  /** Rows the site's pages refer to by id (src/lib/site-needs.ts). */
  needs?: DataNeeds;
}

/**
 * Validates and joins a data folder given as text: `files` maps each file name
 * (e.g. "forces.csv", "geo/tile-grid.csv") to its contents; a missing name is
 * reported, not thrown. Every problem is reported at once; the model exists
 * only when there are none. Warnings never stop the model.
 */
export function parseDataFiles(files: Readonly<Record<string, string>>, topoJsonText: string | undefined, options: ParseOptions = {}): DataResult {
  const issues = new IssueList();
  const text = (name: string) => (Object.hasOwn(files, name) ? files[name] : undefined);
  if (options.listing) checkFolderListing(options.listing, issues);
  const tables: Tables = {
    forces: parseTable(forcesTable, text(DATA_FILES.forces), issues),
    sources: parseTable(sourcesTable, text(DATA_FILES.sources), issues),
    datasets: parseTable(datasetsTable, text(DATA_FILES.datasets), issues),
    figures: parseTable(figuresTable, text(DATA_FILES.figures), issues),
    offences: parseTable(offencesTable, text(DATA_FILES.offences), issues),
    population: parseTable(populationTable, text(DATA_FILES.population), issues),
    nationalFigures: parseTable(nationalFiguresTable, text(DATA_FILES.nationalFigures), issues),
    statements: parseTable(statementsTable, text(DATA_FILES.statements), issues),
  };
  const tileTable = parseTable(tileGridTable, text(DATA_FILES.tileGrid), issues);
  const everyTable: CheckedTable[] = [...Object.values(tables), tileTable].map((table: ParsedTable<unknown>) => ({ file: table.file, table }));
  checkEncodings(everyTable, options.windows1252 ?? new Set(), issues);
  checkCells(everyTable, issues, options.today ?? new Date());
  if (options.previous) comparePrevious(options.previous, tables, issues);

  const boundaries = readBoundaries(topoJsonText, issues);
  checkAcrossRows(tables, boundaries, issues);
  const forces = valuesOf(tables.forces);
  const forceName = (code: string) => forces.find((force) => force.code === code)?.name ?? code;
  checkOffenceCounts(tables.offences, issues, forceName);
  checkPrintedForms(tables.nationalFigures, issues);
  if (options.needs) checkNeeds(tables.nationalFigures, options.needs, issues);
  const tileGrid = checkTileGrid(tileTable, issues, tables.forces.complete && !issues.hasIssueIn(tables.forces.file) ? forces : undefined);

  const warnings = sortIssues(issues.warnings);
  if (issues.count > 0 || boundaries.topology === null) return { model: null, geography: null, issues: sortIssues(issues.all), warnings };
  return {
    model: {
      forces,
      datasets: valuesOf(tables.datasets),
      figures: tables.figures.rows.flatMap((row) => (row.value === null ? [] : [{ ...row.value, line: row.line }])),
      offences: valuesOf(tables.offences),
      population: valuesOf(tables.population),
      nationalFigures: valuesOf(tables.nationalFigures),
      statements: tables.statements.rows.flatMap((row) =>
        row.value === null ? [] : [{ ...row.value, valueText: row.cells['value'] ?? '', line: row.line }]),
      sources: valuesOf(tables.sources),
      boundaryCodes: boundaries.codes,
    },
    geography: { topology: boundaries.topology, tileGrid },
    issues: [],
    warnings,
  };
}

function checkEncodings(tables: readonly CheckedTable[], windows1252: ReadonlySet<string>, issues: IssueList): void {
  for (const { file, table } of tables) {
    for (const row of table.rows) {
      for (const [column, raw] of Object.entries(row.cells)) {
        checkCellEncoding(raw, windows1252.has(file), (message) => issues.add(file, row.line, column, message));
      }
    }
  }
}

function valuesOf<T>(table: ParsedTable<T>): T[] {
  return table.rows.flatMap((row) => (row.value === null ? [] : [row.value]));
}

const FILE_ORDER: readonly string[] = [...Object.values(DATA_FILES), BOUNDARY_FILE];

/** Groups issues by file (in the order the schema lists them), then by line. */
function sortIssues(issues: readonly DataIssue[]): DataIssue[] {
  const rank = (file: string) => {
    const index = FILE_ORDER.indexOf(file);
    return index === -1 ? FILE_ORDER.length : index;
  };
  return [...issues].sort((a, b) => rank(a.file) - rank(b.file) || a.line - b.line);
}
