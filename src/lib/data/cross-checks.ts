// Checks that span rows or files: uniqueness, references between files, the
// forces matching the boundaries, and figures matching their dataset.
import { type IssueList, quoteCell } from './issues.ts';
import { DATA_FILES, BOUNDARY_FILE } from './schemas.ts';
import type { ParsedRow, ParsedTable } from './table.ts';
import type { Boundaries } from './topology.ts';
import {
  SPO_MEASURES,
  type Force,
  type NationalFigure,
  type OffenceQuarter,
  type Population,
  type Source,
  type SpoDataset,
  type SpoFigure,
  type SpoStatement,
} from './types.ts';

export interface Tables {
  forces: ParsedTable<Force>;
  sources: ParsedTable<Source>;
  datasets: ParsedTable<SpoDataset>;
  figures: ParsedTable<Omit<SpoFigure, 'line'>>;
  offences: ParsedTable<OffenceQuarter>;
  population: ParsedTable<Population>;
  nationalFigures: ParsedTable<NationalFigure>;
  statements: ParsedTable<Omit<SpoStatement, 'line' | 'valueText'>>;
}

export function checkAcrossRows(tables: Tables, boundaries: Boundaries, issues: IssueList): void {
  checkUniqueness(tables, issues);
  checkOldSlugs(tables.forces, issues);
  checkReferences(tables, issues);
  checkForcesMatchBoundaries(tables.forces, boundaries, issues);
  checkAllForcesCoverage(tables, issues);
  checkFiguresAgainstDatasets(tables, issues);
  checkOneHeadline(tables.datasets, issues);
}

/** The story and the map lead with one dataset, so exactly one row says role headline. */
function checkOneHeadline(datasets: ParsedTable<SpoDataset>, issues: IssueList): void {
  if (!datasets.complete || datasets.rows.some((row) => !row.wellFormed || issues.hasIssueAt(datasets.file, row.line, 'role'))) return;
  const headlines = datasets.rows.filter((row) => row.cells['role'] === 'headline');
  if (headlines.length === 0) {
    issues.add(datasets.file, 0, 'role', 'no dataset has role headline; expected exactly one, the all-forces round the story and the map lead with');
  }
  const [first, ...others] = headlines;
  for (const row of others) {
    issues.add(
      datasets.file,
      row.line,
      'role',
      `"headline" is already given to ${first?.cells['id'] ?? 'another dataset'} on line ${first?.line ?? 0}; expected exactly one headline dataset (make the others comparison)`,
    );
  }
}

function checkUniqueness(tables: Tables, issues: IssueList): void {
  const once = (what: string) => `expected each ${what} once`;
  reportDuplicates(tables.forces, ['code'], once('force code'), issues);
  reportDuplicates(tables.forces, ['name'], once('force name'), issues);
  reportDuplicates(tables.forces, ['slug'], once('slug'), issues);
  reportDuplicates(tables.sources, ['id'], once('source id'), issues);
  reportDuplicates(tables.datasets, ['id'], once('dataset id'), issues);
  reportDuplicates(
    tables.figures,
    ['dataset_id', 'force_code', 'period_start', 'period_end', 'period_label'],
    'expected one row per dataset, force and period',
    issues,
  );
  reportDuplicates(
    tables.offences,
    ['force_code', 'financial_year', 'quarter'],
    'expected one row per force and quarter',
    issues,
  );
  reportDuplicates(tables.population, ['force_code', 'reference_date'], 'expected one row per force and date', issues);
  reportDuplicates(tables.nationalFigures, ['id'], once('id'), issues);
  reportDuplicates(tables.statements, ['id'], once('statement id'), issues);
}

/**
 * An old slug redirects to one force, so it may be no force's current slug
 * and no other force's old slug (a slug is never reused: an old embed code
 * would show another force).
 */
function checkOldSlugs(forces: ParsedTable<Force>, issues: IssueList): void {
  const current = new Map(forces.rows.map((row) => [row.cells['slug'] ?? '', row.cells['name'] ?? ''] as const));
  const earlier = new Map<string, { line: number; name: string }>();
  for (const row of forces.rows) {
    const force = row.value;
    if (force === null) continue;
    for (const old of force.oldSlugs) {
      const owner = current.get(old);
      const first = earlier.get(old);
      if (owner !== undefined && old !== force.slug) {
        issues.add(forces.file, row.line, 'old_slugs', `${quoteCell(old)} is the current slug of ${owner}; expected a slug no force uses now`);
      } else if (first !== undefined) {
        issues.add(forces.file, row.line, 'old_slugs', `${quoteCell(old)} is already an old slug of ${first.name} (line ${first.line}); expected each old slug once`);
      }
      earlier.set(old, earlier.get(old) ?? { line: row.line, name: force.name });
    }
  }
}

/** Reports each row whose key cells repeat an earlier row's. One key column is reported at that column. */
function reportDuplicates<T>(table: ParsedTable<T>, columns: readonly string[], expected: string, issues: IssueList): void {
  const firstLine = new Map<string, number>();
  const column = columns.length === 1 ? (columns[0] ?? '') : '';
  for (const row of table.rows) {
    if (!row.wellFormed || columns.some((name) => issues.hasIssueAt(table.file, row.line, name))) continue;
    const key = JSON.stringify(columns.map((name) => row.cells[name] ?? ''));
    const earlier = firstLine.get(key);
    if (earlier === undefined) {
      firstLine.set(key, row.line);
      continue;
    }
    const described = columns.map((name) => `${name} ${quoteCell(row.cells[name] ?? '')}`).join(', ');
    issues.add(table.file, row.line, column, `duplicate of line ${earlier} (${described}); ${expected}`);
  }
}

/** The key cells of a table that other files may refer to; undefined when the table could not be read. */
function keysOf<T>(table: ParsedTable<T>, column: string): Set<string> | undefined {
  return table.complete ? new Set(table.rows.map((row) => row.cells[column] ?? '')) : undefined;
}

function checkReferences(tables: Tables, issues: IssueList): void {
  const forceCodes = keysOf(tables.forces, 'code');
  const sourceIds = keysOf(tables.sources, 'id');
  const datasetIds = keysOf(tables.datasets, 'id');
  const force = { keys: forceCodes, what: 'force code', from: DATA_FILES.forces };
  const source = { keys: sourceIds, what: 'source id', from: DATA_FILES.sources };
  const dataset = { keys: datasetIds, what: 'dataset id', from: DATA_FILES.datasets };

  reportUnknown(tables.datasets, 'source_id', source, issues);
  reportUnknown(tables.figures, 'dataset_id', dataset, issues);
  reportUnknown(tables.figures, 'force_code', force, issues);
  reportUnknown(tables.offences, 'force_code', force, issues);
  reportUnknown(tables.offences, 'source_id', source, issues);
  reportUnknown(tables.population, 'force_code', force, issues);
  reportUnknown(tables.population, 'source_id', source, issues);
  reportUnknown(tables.nationalFigures, 'source_id', source, issues);
  reportUnknown(tables.statements, 'force_code', force, issues);
  reportUnknown(tables.statements, 'source_id', source, issues);
}

function reportUnknown<T>(
  table: ParsedTable<T>,
  column: string,
  target: { keys: Set<string> | undefined; what: string; from: string },
  issues: IssueList,
): void {
  const { keys } = target;
  if (keys === undefined) return;
  for (const row of table.rows) {
    const value = row.cells[column] ?? '';
    if (keys.has(value) || !row.wellFormed || issues.hasIssueAt(table.file, row.line, column)) continue;
    issues.add(table.file, row.line, column, `unknown ${target.what} ${quoteCell(value)}; expected a ${target.what} listed in ${target.from}`);
  }
}

function checkForcesMatchBoundaries(forces: ParsedTable<Force>, boundaries: Boundaries, issues: IssueList): void {
  if (!forces.complete || !boundaries.complete) return;
  const boundaryCodes = new Set(boundaries.codes);
  const forceCodes = new Set<string>();
  for (const row of forces.rows) {
    const code = row.cells['code'] ?? '';
    forceCodes.add(code);
    if (boundaryCodes.has(code) || !row.wellFormed || issues.hasIssueAt(forces.file, row.line, 'code')) continue;
    issues.add(forces.file, row.line, 'code', `${code} is not an area in ${BOUNDARY_FILE}; expected one of the ${boundaryCodes.size} boundary codes`);
  }
  for (const code of boundaries.codes) {
    if (forceCodes.has(code)) continue;
    const name = boundaries.names.get(code) ?? code;
    issues.add(forces.file, 0, 'code', `no row for ${code} (${name}), an area in ${BOUNDARY_FILE}; expected one row per boundary area`);
  }
}

function checkAllForcesCoverage(tables: Tables, issues: IssueList): void {
  const { forces, datasets, figures } = tables;
  // A figures row whose dataset or force cannot be read might be the "missing"
  // row, so coverage is only judged once those rows are fixed.
  const unreadable = figures.rows.some(
    (row) =>
      !row.wellFormed ||
      issues.hasIssueAt(figures.file, row.line, 'dataset_id') ||
      issues.hasIssueAt(figures.file, row.line, 'force_code'),
  );
  if (!forces.complete || !figures.complete || unreadable) return;
  for (const dataset of datasetsById(datasets).values()) {
    if (dataset.scope !== 'all_forces') continue;
    const covered = new Set(figures.rows.filter((row) => row.cells['dataset_id'] === dataset.id).map((row) => row.cells['force_code']));
    for (const force of forces.rows) {
      const code = force.cells['code'] ?? '';
      if (covered.has(code) || !force.wellFormed || issues.hasIssueAt(forces.file, force.line, 'code')) continue;
      issues.add(
        figures.file,
        0,
        'force_code',
        `dataset ${dataset.id} covers all forces but has no row for ${force.cells['name'] || code} (${code}); expected a row, with status not_covered if the source is silent`,
      );
    }
  }
}

/** Datasets by id; a repeated id (already reported) keeps its first row. */
function datasetsById(datasets: ParsedTable<SpoDataset>): Map<string, SpoDataset> {
  const byId = new Map<string, SpoDataset>();
  for (const dataset of values(datasets)) if (!byId.has(dataset.id)) byId.set(dataset.id, dataset);
  return byId;
}

/** A reported row fills each measure its dataset reports (unless not_reported), and no other. */
function checkFiguresAgainstDatasets(tables: Tables, issues: IssueList): void {
  const byId = datasetsById(tables.datasets);
  for (const row of tables.figures.rows) {
    const figure = row.value;
    const dataset = figure && byId.get(figure.datasetId);
    if (!figure || !dataset) continue;
    const add = (column: string, message: string) => issues.add(tables.figures.file, row.line, column, message);
    const reports = `dataset ${dataset.id} reports ${dataset.measures.join(', ')}`;
    for (const measure of SPO_MEASURES) {
      const value = figure[measure];
      const inDataset = dataset.measures.includes(measure);
      if (!inDataset && value !== null) {
        add(measure, `${value} is given but ${reports} only; expected a blank`);
      } else if (inDataset && value === null && figure.status === 'reported' && !figure.notReported.includes(measure)) {
        add(measure, `is blank but status is reported; expected a whole number of 0 or more, or ${measure} listed in not_reported if the source left it unanswered`);
      }
    }
    const outside = figure.notReported.filter((measure) => !dataset.measures.includes(measure));
    if (outside.length > 0) add('not_reported', `lists ${outside.join('|')} but ${reports} only; expected only measures the dataset reports`);
  }
}

function values<T>(table: ParsedTable<T>): T[] {
  return table.rows.flatMap((row: ParsedRow<T>) => (row.value === null ? [] : [row.value]));
}
