// The invariant behind "the next round needs no code": whatever data the
// checker accepts, every layer after it copes. fast-check generates data
// folders within the checker's rules (any number of datasets and rounds,
// one force or several, all zeros, all non-responses, measures left
// unanswered, missing periods, gaps and zeros in the offences, a population
// missing), loads them through the real loader, and runs metrics, every view
// model, every chart, map, card, embed picture and download on them. Nothing
// may throw, and no output may print NaN, Infinity, "undefined" or an empty label.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../scripts/lib/paths.ts';
import { BOUNDARY_FILE, DATA_FILES, type Geography, formatIssue, parseDataFiles } from '../../../src/lib/data/load.ts';
import type { DataModel, Source } from '../../../src/lib/data/types.ts';
import { datasetFiles, spoFigureRows } from '../../../src/lib/downloads/dataset.ts';
import { shareCardSvg } from '../../../src/lib/downloads/share-card.ts';
import { MAIN_PAGES, type MainPage, forceShareCard, forceShareSentence, leadMapPicture, mainPageShareCard } from '../../../src/lib/downloads/share-cards.ts';
import { buildEmbedSet } from '../../../src/lib/embeds/embed-set.ts';
import { standaloneSvg } from '../../../src/lib/embeds/render.ts';
import { computeMetrics } from '../../../src/lib/metrics/index.ts';
import { buildSiteViews } from '../../../src/lib/views/build-site.ts';
import { SITE_NEEDS } from '../../../src/lib/views/needs.ts';

const DATA = join(projectRoot, 'data');
const read = (file: string) => readFileSync(join(DATA, file), 'utf8');
type Row = Record<string, string>;
const rowsOf = (file: string): { fields: string[]; rows: Row[] } => {
  const parsed = Papa.parse<Row>(read(file), { header: true, skipEmptyLines: true });
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
};

const FORCES = rowsOf(DATA_FILES.forces);
const SOURCES = rowsOf(DATA_FILES.sources);
const NATIONAL = rowsOf(DATA_FILES.nationalFigures);
const DATASET_FIELDS = rowsOf(DATA_FILES.datasets).fields;
const FIGURE_FIELDS = rowsOf(DATA_FILES.figures).fields;
const TOPOLOGY = JSON.parse(read(BOUNDARY_FILE)) as Topology & { objects: Record<string, { geometries: { properties?: { code?: string } }[] }> };
const TILE_GRID = rowsOf(DATA_FILES.tileGrid);
const STATEMENTS = rowsOf(DATA_FILES.statements);
const NEEDED_NATIONAL = new Set<string>(SITE_NEEDS.nationalFigures.map((need) => need.id));

/** A spread of forces: the Met, City of London (tiny population), a Welsh force, and others. */
const POOL = ['E23000001', 'E23000034', 'W15000001', 'E23000019', 'E23000020', 'E23000036', 'E23000008', 'E23000039'];
const MEASURES = ['applications', 'granted', 'refused', 'pending'] as const;
type Measure = (typeof MEASURES)[number];

/** The real statements about the chosen forces; an empty file is refused, so with none the first is moved to a chosen force. */
function statementsFor(codes: readonly string[]): Row[] {
  const about = STATEMENTS.rows.filter((row) => codes.includes(row['force_code'] ?? ''));
  const [first] = STATEMENTS.rows;
  return about.length > 0 || first === undefined ? about : [{ ...first, force_code: codes[0] ?? '' }];
}

const csv = (fields: readonly string[], rows: readonly Row[]) => `${Papa.unparse({ fields: [...fields], data: rows.map((row) => fields.map((field) => row[field] ?? '')) }, { newline: '\n' })}\n`;

/** The real boundaries, cut down to the chosen forces (arcs are shared, so unused ones may stay). */
function topologyFor(codes: readonly string[]): string {
  const object = TOPOLOGY.objects['police_force_areas'];
  if (object === undefined) throw new Error('no police_force_areas object');
  const geometries = object.geometries.filter((geometry) => codes.includes(geometry.properties?.code ?? ''));
  return JSON.stringify({ ...TOPOLOGY, objects: { police_force_areas: { ...object, geometries } } });
}

const isoDate = fc.integer({ min: Date.UTC(2019, 6, 1), max: Date.UTC(2025, 11, 31) }).map((ms) => new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10));
const LAST_DAY = '2026-06-30';
// Periods end by LAST_DAY: the checker refuses a year after next as a typing slip.
const addDays = (date: string, days: number) => {
  const end = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return end > LAST_DAY ? LAST_DAY : end;
};
const period = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(isoDate, fc.integer({ min: 0, max: 900 })).map(([start, days]) => ({ start, end: addDays(start, days) })) },
  { weight: 1, arbitrary: fc.constant({ start: '', end: '' }) },
);
const count = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.integer({ min: 13, max: 3000 }) });
const status = fc.constantFrom('reported', 'reported', 'reported', 'no_response', 'not_covered');

const datasetSpec = fc.record({
  allForces: fc.boolean(),
  measures: fc.subarray([...MEASURES], { minLength: 1 }),
  basis: fc.constantFrom('FOI replies', 'Court records'),
});

/** One figures row for a dataset's measures: a state, a period, and counts within the checker's rules. */
const figureRow = (measures: readonly Measure[]) =>
  fc.record({ status, period, values: fc.array(count, { minLength: 4, maxLength: 4 }), unanswered: fc.subarray([...measures]), label: fc.constantFrom('20 Jan 2020 to 30 Apr 2021', 'Jan 2020 to Jan 2021', 'between 2020 and 2023', 'x') })
    .map(({ status: state, period: dates, values, unanswered, label }) => {
      const row: Row = { period_start: dates.start, period_end: dates.end, period_label: label, status: state, not_reported: '' };
      if (state !== 'reported') return row;
      const given = measures.filter((measure) => !unanswered.includes(measure));
      row['not_reported'] = measures.filter((measure) => unanswered.includes(measure)).join('|');
      const [extra = 0, ...outcomes] = values;
      let outcomeTotal = 0;
      for (const [index, measure] of (['granted', 'refused', 'pending'] as const).entries()) {
        if (!given.includes(measure)) continue;
        row[measure] = String(outcomes[index] ?? 0);
        outcomeTotal += outcomes[index] ?? 0;
      }
      // Applications, when given, are at least the outcomes given (all zero is common).
      if (given.includes('applications')) row['applications'] = String(outcomeTotal === 0 ? extra : outcomeTotal + (extra % 5));
      return row;
    });

const folder = fc
  .record({
    forceCodes: fc.subarray(POOL, { minLength: 1 }),
    headline: datasetSpec.map((spec) => ({ ...spec, allForces: true, measures: [...new Set<Measure>(['applications', ...spec.measures])] })),
    others: fc.array(datasetSpec, { maxLength: 3 }),
    // The rows the pages cite are checked by the loader; the rest may be missing.
    national: fc.subarray(NATIONAL.rows.filter((row) => !NEEDED_NATIONAL.has(row['id'] ?? '')), { minLength: NEEDED_NATIONAL.size > 0 ? 0 : 1 }),
    comparisonCoverage: fc.constantFrom('complete', 'selection'),
    firstQuarter: fc.integer({ min: 2017, max: 2021 }),
    lastYear: fc.integer({ min: 2021, max: 2026 }),
    seed: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 64, maxLength: 64 }),
  })
  .chain((plan) => {
    const datasets = [plan.headline, ...plan.others].map((spec, index) => ({ ...spec, id: `set-${index}`, role: index === 0 ? 'headline' : spec.allForces ? 'comparison' : 'local' }));
    const rowsFor = datasets.map((dataset) =>
      dataset.allForces
        ? fc.tuple(...plan.forceCodes.map((code) => figureRow(dataset.measures).map((row) => [{ ...row, force_code: code }])))
        : fc.tuple(...plan.forceCodes.map((code) => fc.array(figureRow(dataset.measures), { maxLength: 2 }).map((rows) => rows.map((row, index) => ({ ...row, force_code: code, period_label: `${row['period_label']} (${index})` }))))));
    return fc.tuple(fc.constant(plan), fc.constant(datasets), fc.tuple(...rowsFor));
  })
  .map(([plan, datasets, figureRows]) => {
    const forces = FORCES.rows.filter((row) => plan.forceCodes.includes(row['code'] ?? ''));
    const pick = (index: number, modulo: number) => (plan.seed[index % plan.seed.length] ?? 0) % modulo;
    const figures = datasets.flatMap((dataset, index) =>
      (figureRows[index] ?? []).flat().map((row) => ({ ...row, dataset_id: dataset.id, note: '' })));
    const offences: Row[] = [];
    forces.forEach((force, forceIndex) => {
      for (let year = plan.firstQuarter; year <= plan.lastYear; year += 1) {
        for (let quarter = 1; quarter <= 4; quarter += 1) {
          const k = forceIndex * 31 + year * 4 + quarter;
          offences.push({ force_code: force['code'] ?? '', financial_year: `${year}/${String((year + 1) % 100).padStart(2, '0')}`, quarter: String(quarter), offences: String(pick(k, 7) === 0 ? 0 : pick(k * 3, 2500)), flag: pick(k, 7) === 0 && pick(k * 5, 3) === 0 ? 'may_be_suppressed' : '', source_id: 'S06' });
        }
      }
    });
    // An empty file is refused, so the first force always has its population.
    const population = forces.filter((_, index) => index === 0 || pick(index + 40, 6) !== 0).map((force, index) => ({
      force_code: force['code'] ?? '', reference_date: '2024-06-30', population: String(force['code'] === 'E23000034' ? 15000 : 200_000 + pick(index, 9_000_000)), source_id: 'S07',
    }));
    const files: Record<string, string> = {
      [DATA_FILES.forces]: csv(FORCES.fields, forces),
      [DATA_FILES.sources]: csv(SOURCES.fields, SOURCES.rows),
      [DATA_FILES.datasets]: csv(DATASET_FIELDS, datasets.map((dataset, index) => ({
        id: dataset.id, source_id: index % 2 === 0 ? 'S01' : 'S02', title: `Dataset ${index}`, short_title: `Set ${index}`, basis: dataset.basis,
        scope: dataset.allForces ? 'all_forces' : 'selected_forces', measures: dataset.measures.join('|'), order: String(datasets.length - index), notes: '', role: dataset.role,
        coverage: dataset.role === 'headline' ? 'complete' : dataset.allForces ? plan.comparisonCoverage : 'selection',
      }))),
      [DATA_FILES.figures]: csv(FIGURE_FIELDS, figures),
      [DATA_FILES.offences]: csv(['force_code', 'financial_year', 'quarter', 'offences', 'flag', 'source_id'], offences),
      [DATA_FILES.population]: csv(['force_code', 'reference_date', 'population', 'source_id'], population),
      [DATA_FILES.nationalFigures]: csv(NATIONAL.fields, [...NATIONAL.rows.filter((row) => NEEDED_NATIONAL.has(row['id'] ?? '')), ...plan.national]),
      [DATA_FILES.statements]: csv(STATEMENTS.fields, statementsFor(plan.forceCodes)),
      [DATA_FILES.tileGrid]: csv(TILE_GRID.fields, TILE_GRID.rows.filter((row) => plan.forceCodes.includes(row['code'] ?? ''))),
    };
    return { files, codes: plan.forceCodes };
  });

/** Every string reachable from a view model, calling no functions. */
function stringsIn(value: unknown, path = '', out: [string, string][] = [], seen = new Set<unknown>()): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'number') out.push([path, String(value)]);
  else if (value !== null && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    const entries = value instanceof Map ? [...value.entries()].map(([key, entry]) => [String(key), entry] as const) : Object.entries(value);
    for (const [key, entry] of entries) stringsIn(entry, `${path}.${key}`, out, seen);
  }
  return out;
}

const LABEL_KEYS = /\.(label|title|valueText|rankText|rankShort|announcement|summary|description|heading|text)$/;

/** What must never appear: a number that went wrong, a missing value printed, a label with nothing in it. */
function problemsIn(where: string, strings: readonly [string, string][]): string[] {
  return strings.flatMap(([path, text]) => {
    const problems: string[] = [];
    if (/\bNaN\b|\bundefined\b|\bInfinity\b|\[object Object\]/.test(text)) problems.push(`${where}${path}: ${text.slice(0, 160)}`);
    if (LABEL_KEYS.test(path) && text.trim() === '') problems.push(`${where}${path}: empty label`);
    return problems;
  });
}

function svgProblems(where: string, svg: string): string[] {
  const problems = problemsIn(where, [['', svg]]);
  if (/<text\b[^>]*>\s*<\/text>/.test(svg)) problems.push(`${where}: empty <text>`);
  if (/<title>\s*<\/title>|aria-label=""/.test(svg)) problems.push(`${where}: empty title or aria-label`);
  return problems;
}

/** Everything the build makes from a model (the build's own wiring), as text, minus the PNG encoding. */
function renderEverything(model: DataModel, geography: Geography): string[] {
  const metrics = computeMetrics(model);
  const problems: string[] = [];
  const views = buildSiteViews(model, metrics, geography, new Date('2026-01-01T00:00:00Z'));
  for (const [name, view] of Object.entries(views)) problems.push(...problemsIn(name, stringsIn(view)));
  for (const width of [340, 720]) problems.push(...svgProblems(`trend @${width}`, views.trendChart.render({ width, idPrefix: 'p', colours: 'light' })));
  const source = (id: string): Source => {
    const found = model.sources.find((candidate) => candidate.id === id);
    if (found === undefined) throw new Error(`no source ${id}`);
    return found;
  };
  const { embedViews, drawings, forceCard, mapCharts } = buildEmbedSet(model, metrics, views, geography.topology, source);
  for (const [id, draw] of drawings) {
    for (const width of [340, 720]) problems.push(...svgProblems(`${id} @${width}`, draw(width)));
  }
  for (const view of embedViews) {
    problems.push(...svgProblems(`picture ${view.id}`, standaloneSvg(view, { model, metrics, origin: 'https://example.org', drawings })));
  }
  const context = { model, metrics, host: 'example.org' };
  for (const page of Object.keys(MAIN_PAGES) as MainPage[]) {
    problems.push(...svgProblems(`card ${page}`, shareCardSvg(mainPageShareCard(context, page, { headlines: views.story.headlines, embedViewCount: 3, lead: views.story.lead, leadMap: leadMapPicture(views.story.lead, mapCharts) }))));
  }
  for (const force of model.forces) {
    problems.push(...problemsIn(`force card ${force.slug}`, stringsIn(forceCard(force))));
    problems.push(...svgProblems(`card ${force.slug}`, shareCardSvg(forceShareCard(context, force))));
    problems.push(...problemsIn(`sentence ${force.slug}`, [['', forceShareSentence(context, force, 'https://example.org/')]]));
  }
  for (const file of datasetFiles(model)) problems.push(...problemsIn(`download ${file.file}`, [['', file.csv]]));
  problems.push(...problemsIn('force download', stringsIn(spoFigureRows(model, model.forces[0]?.code))));
  return problems;
}

describe('data the checker accepts', () => {
  it('always loads from the generator (the generator keeps to the checker’s rules)', () => {
    fc.assert(
      fc.property(folder, ({ files, codes }) => {
        const result = parseDataFiles(files, topologyFor(codes), { needs: SITE_NEEDS });
        expect(result.issues.map(formatIssue)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('goes through metrics, every view model, chart, map, card, picture and download without a throw, NaN, undefined or empty label', () => {
    fc.assert(
      fc.property(folder, ({ files, codes }) => {
        const result = parseDataFiles(files, topologyFor(codes), { needs: SITE_NEEDS });
        if (result.model === null) throw new Error(result.issues.map(formatIssue).join('\n'));
        expect(renderEverything(result.model, result.geography)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
