// Writes the project's dataset (data/*.csv) from the research folder: forces from the
// boundary file, SPO figures, national figures and sources from the research CSVs, and
// stalking offences and population from the raw Home Office and ONS files. Every figure is
// cross-checked against the raw files and the research's totals before anything is written.
// The output is deterministic: running it twice gives identical files.
//
//   node_modules/.bin/node scripts/import-research.ts [path-to-shared-data] [--offences FILE]
//
// --offences reads stalking offences from FILE, a newer Home Office police force area table
// saved as CSV, instead of the research extract; the extract's known totals are then not
// checked, only that every force has every quarter. Run scripts/build-geo.ts first if the
// boundaries changed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createForceNameMatcher, normaliseForceName } from '../src/lib/data/force-names.ts';
import { BOUNDARY_FILE, DATA_FILES, formatIssue, parseDataFiles } from '../src/lib/data/load.ts';
import type { Force, Population } from '../src/lib/data/types.ts';
import {
  checkBbcFigures, checkCourtFigures, checkOffenceCompleteness, checkOffencesAgainstResearch, checkPopulation, checkQuotes,
} from './lib/cross-checks.ts';
import { compareText, formatCsv, parseCsvRecords, type CsvRecord, type CsvValue } from './lib/csv-io.ts';
import { forcesFromBoundaries, type BoundaryArea } from './lib/forces.ts';
import { nationalFigures } from './lib/national.ts';
import { dataDir, sharedDataDir } from './lib/paths.ts';
import { sourcesFromResearch } from './lib/sources.ts';
import { spoDatasets, spoFigures } from './lib/spo.ts';
import { parseStalkingOffenceTable } from './lib/stalking-offences.ts';

const args = parseArgs({ allowPositionals: true, options: { offences: { type: 'string' } } });
const shared = sharedDataDir(args.positionals);
const newOffencesTable = args.values.offences;
const HOME_OFFICE_DIR = join('raw', 'home_office_prc_pfa_via_robertmaszkiewski');
const POPULATION_REFERENCE_DATE = '2024-06-30';

function readShared(path: string): string {
  return readFileSync(join(shared, path), 'utf8');
}

function researchRecords(path: string): CsvRecord[] {
  return parseCsvRecords(readShared(path), path).records;
}

function boundaryAreas(topologyText: string): BoundaryArea[] {
  const topology = JSON.parse(topologyText) as {
    objects: { police_force_areas: { geometries: { properties: BoundaryArea }[] } };
  };
  return topology.objects.police_force_areas.geometries.map(({ properties }) => ({ code: properties.code, name: properties.name }));
}

function populationFromOns(text: string, file: string, matchForce: (name: string) => Force | undefined): Population[] {
  return parseCsvRecords(text, file).records
    .map((record): Population => {
      const code = record['PFA 2023 Code'] ?? '';
      const name = record['PFA 2023 Name'] ?? '';
      if (matchForce(name)?.code !== code) throw new Error(`${file}: "${name}" does not name the force with code ${code}`);
      const population = Number(record['Population']);
      if (!Number.isInteger(population) || population <= 0) throw new Error(`${file}: population of ${name} is "${record['Population']}"`);
      return { forceCode: code, referenceDate: POPULATION_REFERENCE_DATE, population, sourceId: 'S07' };
    })
    .sort((a, b) => compareText(a.forceCode, b.forceCode));
}

const topologyText = readFileSync(join(dataDir, BOUNDARY_FILE), 'utf8');
const forces = forcesFromBoundaries(boundaryAreas(topologyText));
const matchForce = createForceNameMatcher(forces);

const researchSources = researchRecords('research/sources.csv');
const sources = sourcesFromResearch(researchSources);
const datasets = spoDatasets();
const figures = spoFigures(researchRecords('research/spo_by_force.csv'), forces);
const offencesFile = newOffencesTable ?? join(HOME_OFFICE_DIR, 'prc_8Q_stalking_rows_extract.csv');
const offencesText = newOffencesTable === undefined ? readShared(offencesFile) : readFileSync(newOffencesTable, 'utf8');
const offences = parseStalkingOffenceTable(offencesText, {
  file: offencesFile,
  sourceId: 'S06',
  forceCodeFor: (name) => matchForce(name)?.code,
  normaliseName: normaliseForceName,
  // The research extract is the third party's copy, which set non-numeric counts to 0 (raw/PROVENANCE.md).
  zerosMayBeSuppressed: newOffencesTable === undefined,
});
const populationFile = join(HOME_OFFICE_DIR, 'pfa_population_2024.csv');
const population = populationFromOns(readShared(populationFile), populationFile, matchForce);
const national = nationalFigures(researchRecords('research/national_context.csv'));

const problems = [
  ...checkBbcFigures(figures, researchRecords('raw/bbc_sdu_stalking_protection_orders_2021/Main_dataset.csv'), matchForce),
  ...checkCourtFigures(figures),
  ...checkOffenceCompleteness(offences, forces),
  ...(newOffencesTable === undefined ? checkOffencesAgainstResearch(offences, researchRecords('research/stalking_offences_by_force.csv')) : []),
  ...checkPopulation(population, researchRecords('research/population_by_force.csv')),
  ...checkQuotes(national, readShared('sources/observer-2022-anti-stalking-orders.txt'), researchSources),
];
const sourceIds = new Set(sources.map((source) => source.id));
const cited = [...datasets, ...national, ...offences, ...population].map((row) => row.sourceId);
for (const id of new Set(cited)) if (!sourceIds.has(id)) problems.push(`source ${id} is cited but not in sources.csv`);
if (problems.length > 0) {
  console.error(`Nothing written; the import does not agree with its sources:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

const list = (values: readonly string[]): string => values.join('|');

/** One output file: its columns in order, each with how to read the cell from a row. */
function table<T>(name: string, columns: Record<string, (row: T) => CsvValue>, rows: readonly T[]): [string, string] {
  const cells = rows.map((row) => Object.fromEntries(Object.entries(columns).map(([column, cell]) => [column, cell(row)])));
  return [name, formatCsv(Object.keys(columns), cells)];
}

const files = [
  table('forces.csv', {
    code: (force) => force.code,
    name: (force) => force.name,
    ons_name: (force) => force.onsName,
    slug: (force) => force.slug,
    country: (force) => force.country,
    aliases: (force) => list(force.aliases),
    old_slugs: (force) => list(force.oldSlugs),
  }, forces),
  table('sources.csv', {
    id: (source) => source.id,
    title: (source) => source.title,
    publisher: (source) => source.publisher,
    date: (source) => source.date,
    url: (source) => source.url,
    licence: (source) => source.licence,
    attribution: (source) => source.attribution,
    notes: (source) => source.notes,
  }, sources),
  table('spo_datasets.csv', {
    id: (dataset) => dataset.id,
    source_id: (dataset) => dataset.sourceId,
    title: (dataset) => dataset.title,
    short_title: (dataset) => dataset.shortTitle,
    basis: (dataset) => dataset.basis,
    scope: (dataset) => dataset.scope,
    measures: (dataset) => list(dataset.measures),
    order: (dataset) => dataset.order,
    notes: (dataset) => dataset.notes,
    role: (dataset) => dataset.role,
    coverage: (dataset) => dataset.coverage,
    according: (dataset) => dataset.voice.according,
    when_no_response: (dataset) => dataset.voice.noResponse,
    when_not_covered: (dataset) => dataset.voice.notCovered,
    plain_name: (dataset) => dataset.plainName,
  }, datasets),
  table('spo_figures.csv', {
    dataset_id: (figure) => figure.datasetId,
    force_code: (figure) => figure.forceCode,
    period_start: (figure) => figure.periodStart,
    period_end: (figure) => figure.periodEnd,
    period_label: (figure) => figure.periodLabel,
    status: (figure) => figure.status,
    applications: (figure) => figure.applications,
    granted: (figure) => figure.granted,
    refused: (figure) => figure.refused,
    pending: (figure) => figure.pending,
    not_reported: (figure) => list(figure.notReported),
    note: (figure) => figure.note,
  }, figures),
  table('stalking_offences.csv', {
    force_code: (row) => row.forceCode,
    financial_year: (row) => row.financialYear,
    quarter: (row) => row.quarter,
    offences: (row) => row.offences,
    flag: (row) => (row.mayBeSuppressed ? 'may_be_suppressed' : ''),
    source_id: (row) => row.sourceId,
  }, offences),
  table('population.csv', {
    force_code: (row) => row.forceCode,
    reference_date: (row) => row.referenceDate,
    population: (row) => row.population,
    source_id: (row) => row.sourceId,
  }, population),
  table('national_figures.csv', {
    id: (figure) => figure.id,
    label: (figure) => figure.label,
    value: (figure) => figure.value,
    period: (figure) => figure.period,
    geography: (figure) => figure.geography,
    source_id: (figure) => figure.sourceId,
    quote: (figure) => figure.quote,
    verification: (figure) => figure.verification,
  }, national),
];

// The site's own loader must accept the result, so the import never writes a folder
// that `npm run check-data` would reject. The statements file and the tile layout are
// curated by hand, not imported, so they are checked as they stand.
const handCurated = Object.fromEntries(
  [DATA_FILES.statements, DATA_FILES.tileGrid].map((name) => [name, readFileSync(join(dataDir, name), 'utf8')]),
);
const loaded = parseDataFiles({ ...Object.fromEntries(files), ...handCurated }, topologyText);
if (loaded.issues.length > 0) {
  console.error(`Nothing written; the data folder would not load:\n  ${loaded.issues.map(formatIssue).join('\n  ')}`);
  process.exit(1);
}

for (const [name, text] of files) {
  const path = join(dataDir, name);
  writeFileSync(path, text);
  console.log(`Wrote ${relative(process.cwd(), path)}`);
}
