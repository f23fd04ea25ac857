// The validated dataset as files readers can download, and the data
// dictionary that explains them. Both come from one definition per table
// (columns with their meaning), so the dictionary can never drift from the
// files it describes. Values are written as the data folder holds them: a
// blank stays blank, the `status` column says whether a figure is a real
// zero, a force that did not respond, or one the source does not cover.

import type { DataModel, Force, SpoDataset, Source } from '../data/types.ts';
import { downloadsCopy } from '../copy/downloads.ts';
import { type CsvColumn, toCsv } from './csv.ts';

export interface DictionaryColumn<Row> extends CsvColumn<Row> {
  /** What the column holds, for the data dictionary. */
  description: string;
}

export interface DataTable<Row> {
  /** File name under /downloads/, e.g. "spo-figures.csv". */
  file: string;
  /** One sentence on what a row is. */
  description: string;
  columns: readonly DictionaryColumn<Row>[];
}

/** A table ready to write: its definition and its rows. */
export interface DatasetFile {
  file: string;
  description: string;
  csv: string;
}

export const DICTIONARY_FILE = 'data-dictionary.csv';

interface FigureRow {
  figure: DataModel['figures'][number];
  force: Force;
  dataset: SpoDataset;
}

const STATUS_MEANING =
  'reported (the source gives figures; 0 is a real zero), no_response (the force did not answer; not zero) or not_covered (the source gives no figure for this force; not zero)';

/** One row per force, dataset and period: every SPO figure, with the force and dataset named. */
export const spoFiguresTable: DataTable<FigureRow> = {
  file: 'spo-figures.csv',
  description:
    'One row per police force, SPO dataset and period: Stalking Protection Order applications and outcomes as each source reports them. Sources count in different ways and over different periods; never add them together.',
  columns: [
    { header: 'force_code', description: 'ONS police force area code (E23… England, W15… Wales).', value: (r) => r.force.code },
    { header: 'force_name', description: 'Police force name.', value: (r) => r.force.name },
    { header: 'dataset_id', description: 'The collection of figures the row belongs to (see datasets.csv).', value: (r) => r.dataset.id },
    { header: 'dataset', description: 'Short name of the dataset.', value: (r) => r.dataset.shortTitle },
    { header: 'source_id', description: 'The source of the dataset (see sources.csv).', value: (r) => r.dataset.sourceId },
    { header: 'period_start', description: 'First day the figures cover (YYYY-MM-DD); blank when the source gives no exact date.', value: (r) => r.figure.periodStart },
    { header: 'period_end', description: 'Last day the figures cover (YYYY-MM-DD); blank when the source gives no exact date.', value: (r) => r.figure.periodEnd },
    { header: 'period_label', description: 'The period in words, as the site shows it.', value: (r) => r.figure.periodLabel },
    { header: 'status', description: `Whether there is a figure: ${STATUS_MEANING}.`, value: (r) => r.figure.status },
    { header: 'applications', description: 'SPO applications the police made. Blank means not given, never zero.', value: (r) => r.figure.applications },
    { header: 'granted', description: 'Applications a court granted. Blank means not given, never zero.', value: (r) => r.figure.granted },
    { header: 'refused', description: 'Applications a court refused. Blank means not given, never zero.', value: (r) => r.figure.refused },
    { header: 'pending', description: 'Applications not yet decided when the figures were given. Blank means not given, never zero.', value: (r) => r.figure.pending },
    {
      header: 'not_reported',
      description: 'Measures the force replied to but left unanswered (for example "n/a"), separated by |.',
      value: (r) => r.figure.notReported.join('|'),
    },
    { header: 'note', description: 'Caveat shown beside the figure on the site.', value: (r) => r.figure.note },
  ],
};

interface OffenceRow {
  offence: DataModel['offences'][number];
  force: Force;
}

export const stalkingOffencesTable: DataTable<OffenceRow> = {
  file: 'stalking-offences.csv',
  description: 'One row per police force and financial quarter: stalking offences the police recorded (Home Office offence code 8Q).',
  columns: [
    { header: 'force_code', description: 'ONS police force area code.', value: (r) => r.force.code },
    { header: 'force_name', description: 'Police force name.', value: (r) => r.force.name },
    { header: 'financial_year', description: 'Financial year, April to March, e.g. 2020/21.', value: (r) => r.offence.financialYear },
    { header: 'quarter', description: 'Financial quarter: 1 = Apr–Jun, 2 = Jul–Sep, 3 = Oct–Dec, 4 = Jan–Mar.', value: (r) => r.offence.quarter },
    { header: 'quarter_start', description: 'First day of the quarter (YYYY-MM-DD).', value: (r) => r.offence.start },
    { header: 'quarter_end', description: 'Last day of the quarter (YYYY-MM-DD).', value: (r) => r.offence.end },
    { header: 'offences', description: 'Stalking offences recorded by the police in the quarter.', value: (r) => r.offence.offences },
    {
      header: 'flag',
      description:
        'Blank, or may_be_suppressed: the count is 0 in the copy of the Home Office table this comes from, which wrote every missing or withheld count as 0, so it may not be a real zero. The site does not draw, rank or rate such a 0 as a real value, and says so beside any sum that includes one.',
      value: (r) => (r.offence.mayBeSuppressed ? 'may_be_suppressed' : ''),
    },
    { header: 'source_id', description: 'The source (see sources.csv).', value: (r) => r.offence.sourceId },
  ],
};

interface PopulationRow {
  population: DataModel['population'][number];
  force: Force;
}

export const populationTable: DataTable<PopulationRow> = {
  file: 'population.csv',
  description: 'One row per police force area and reference date: resident population estimate.',
  columns: [
    { header: 'force_code', description: 'ONS police force area code.', value: (r) => r.force.code },
    { header: 'force_name', description: 'Police force name.', value: (r) => r.force.name },
    { header: 'reference_date', description: 'Date the estimate refers to (YYYY-MM-DD), e.g. 2024-06-30 for mid-2024.', value: (r) => r.population.referenceDate },
    { header: 'population', description: 'Residents of the force area.', value: (r) => r.population.population },
    { header: 'source_id', description: 'The source (see sources.csv).', value: (r) => r.population.sourceId },
  ],
};

export const forcesTable: DataTable<Force> = {
  file: 'forces.csv',
  description: 'One row per territorial police force in England and Wales (43).',
  columns: [
    { header: 'code', description: 'ONS police force area code, the key every other file uses.', value: (f) => f.code },
    { header: 'name', description: 'Police force name as the site shows it.', value: (f) => f.name },
    { header: 'ons_name', description: 'The area’s name in the ONS boundaries.', value: (f) => f.onsName },
    { header: 'slug', description: 'The force’s page on the site: /forces/<slug>/.', value: (f) => f.slug },
    { header: 'country', description: 'England or Wales.', value: (f) => f.country },
    { header: 'aliases', description: 'Other names sources use, separated by |.', value: (f) => f.aliases.join('|') },
  ],
};

export const datasetsTable: DataTable<SpoDataset> = {
  file: 'datasets.csv',
  description: 'One row per collection of SPO figures: what it counts and how.',
  columns: [
    { header: 'id', description: 'Dataset id, as in spo-figures.csv.', value: (d) => d.id },
    { header: 'source_id', description: 'The source (see sources.csv).', value: (d) => d.sourceId },
    { header: 'title', description: 'Full title.', value: (d) => d.title },
    { header: 'short_title', description: 'Short name.', value: (d) => d.shortTitle },
    { header: 'basis', description: 'What is counted, as the source states it.', value: (d) => d.basis },
    {
      header: 'scope',
      description: 'all_forces (every force has a row, not_covered where the source is silent) or selected_forces (only the forces the source names).',
      value: (d) => d.scope,
    },
    { header: 'measures', description: 'The measures the dataset reports, separated by |.', value: (d) => d.measures.join('|') },
    { header: 'notes', description: 'Definitions and caveats.', value: (d) => d.notes },
  ],
};

export const sourcesTable: DataTable<Source> = {
  file: 'sources.csv',
  description: 'One row per source the site cites, with its licence and the credit line to print.',
  columns: [
    { header: 'id', description: 'Source id, as in the other files.', value: (s) => s.id },
    { header: 'title', description: 'Title of the source.', value: (s) => s.title },
    { header: 'publisher', description: 'Who published it.', value: (s) => s.publisher },
    { header: 'date', description: 'Date as the source gives it.', value: (s) => s.date },
    { header: 'url', description: 'Web address; blank when none is known.', value: (s) => s.url },
    { header: 'licence', description: 'Licence or reuse terms.', value: (s) => s.licence },
    { header: 'attribution', description: 'The credit line to print when reusing the figures.', value: (s) => s.attribution },
    { header: 'notes', description: 'Caveats.', value: (s) => s.notes },
  ],
};

export const nationalFiguresTable: DataTable<DataModel['nationalFigures'][number]> = {
  file: 'national-figures.csv',
  description: 'National figures quoted on the site, exactly as their sources print them.',
  columns: [
    { header: 'id', description: 'Key of the figure.', value: (n) => n.id },
    { header: 'label', description: 'What the figure is.', value: (n) => n.label },
    { header: 'value', description: 'The value exactly as the source prints it (text, e.g. "about 80,000"). A change written with a sign (+382) gets an apostrophe in front in this file; see the dictionary’s first row.', value: (n) => n.value },
    { header: 'period', description: 'Period the figure covers.', value: (n) => n.period },
    { header: 'geography', description: 'Area the figure covers.', value: (n) => n.geography },
    { header: 'source_id', description: 'The source (see sources.csv).', value: (n) => n.sourceId },
    { header: 'quote', description: 'The source’s own words.', value: (n) => n.quote },
    { header: 'verification', description: 'How far the figure was checked.', value: (n) => n.verification },
  ],
};

function tableFile<Row>(table: DataTable<Row>, rows: readonly Row[]): DatasetFile {
  return { file: table.file, description: table.description, csv: toCsv(rows, table.columns) };
}

function joinForces(model: DataModel) {
  const forces = new Map(model.forces.map((force) => [force.code, force]));
  return (code: string): Force => {
    const force = forces.get(code);
    if (force === undefined) throw new Error(`no force ${code} in the model`);
    return force;
  };
}

/** SPO figure rows, optionally for one force only, in the data folder's order. */
export function spoFigureRows(model: DataModel, forceCode?: string): FigureRow[] {
  const force = joinForces(model);
  const datasets = new Map(model.datasets.map((dataset) => [dataset.id, dataset]));
  return model.figures
    .filter((figure) => forceCode === undefined || figure.forceCode === forceCode)
    .map((figure) => ({ figure, force: force(figure.forceCode), dataset: datasets.get(figure.datasetId)! }));
}

/** Offence rows, optionally for one force only. */
export function offenceRows(model: DataModel, forceCode?: string): OffenceRow[] {
  const force = joinForces(model);
  return model.offences
    .filter((offence) => forceCode === undefined || offence.forceCode === forceCode)
    .map((offence) => ({ offence, force: force(offence.forceCode) }));
}

/** Every file of the full dataset, in the order a reader would want them listed. */
export function datasetFiles(model: DataModel): DatasetFile[] {
  const force = joinForces(model);
  return [
    tableFile(spoFiguresTable, spoFigureRows(model)),
    tableFile(stalkingOffencesTable, offenceRows(model)),
    tableFile(
      populationTable,
      model.population.map((population) => ({ population, force: force(population.forceCode) })),
    ),
    tableFile(forcesTable, model.forces),
    tableFile(datasetsTable, [...model.datasets].sort((a, b) => a.order - b.order)),
    tableFile(sourcesTable, model.sources),
    tableFile(nationalFiguresTable, model.nationalFigures),
  ];
}

const ALL_TABLES: readonly DataTable<never>[] = [
  spoFiguresTable,
  stalkingOffencesTable,
  populationTable,
  forcesTable,
  datasetsTable,
  sourcesTable,
  nationalFiguresTable,
];

interface DictionaryRow {
  file: string;
  column: string;
  description: string;
}

/** The data dictionary: one row per file and column, from the same definitions the files are written with. */
export function dataDictionary(): DatasetFile {
  const rows: DictionaryRow[] = [{ file: downloadsCopy.everyFile, column: '', description: downloadsCopy.formulaGuard }, ...ALL_TABLES.flatMap((table) => [
    { file: table.file, column: '', description: table.description },
    ...table.columns.map((column) => ({ file: table.file, column: column.header, description: column.description })),
  ])];
  return {
    file: DICTIONARY_FILE,
    description: downloadsCopy.dictionaryDescription,
    csv: toCsv(rows, [
      { header: 'file', value: (r) => r.file },
      { header: 'column', value: (r) => r.column },
      { header: 'description', value: (r) => r.description },
    ]),
  };
}
