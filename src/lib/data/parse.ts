import { checkAcrossRows, type Tables } from './cross-checks.ts';
import { IssueList } from './issues.ts';
import {
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
import { readBoundaries } from './topology.ts';
import type { DataIssue, DataModel } from './types.ts';

export type DataResult = { model: DataModel; issues: [] } | { model: null; issues: DataIssue[] };

/**
 * Validates and joins a data folder given as text: `files` maps each CSV name
 * (e.g. "forces.csv") to its contents; a missing name is reported, not thrown.
 * Every problem is reported at once; the model exists only when there are none.
 */
export function parseDataFiles(files: Readonly<Record<string, string>>, topoJsonText: string | undefined): DataResult {
  const issues = new IssueList();
  const text = (name: string) => (Object.hasOwn(files, name) ? files[name] : undefined);
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
  const boundaries = readBoundaries(topoJsonText, issues);
  checkAcrossRows(tables, boundaries, issues);
  if (issues.count > 0) return { model: null, issues: sortIssues(issues.all) };

  return {
    model: {
      forces: valuesOf(tables.forces),
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
    issues: [],
  };
}

function valuesOf<T>(table: ParsedTable<T>): T[] {
  return table.rows.flatMap((row) => (row.value === null ? [] : [row.value]));
}

const FILE_ORDER: readonly string[] = Object.values(DATA_FILES);

/** Groups issues by file (in the order the schema lists them), then by line. */
function sortIssues(issues: readonly DataIssue[]): DataIssue[] {
  const rank = (file: string) => {
    const index = FILE_ORDER.indexOf(file);
    return index === -1 ? FILE_ORDER.length : index;
  };
  return [...issues].sort((a, b) => rank(a.file) - rank(b.file) || a.line - b.line);
}
