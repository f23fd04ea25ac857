// One schema per CSV file: the columns it must have and how a row becomes a
// model record. Checks that need another file live in ./cross-checks.ts.
import { z } from 'zod';
import {
  count,
  financialYear,
  forceCode,
  httpsUrl,
  isoDate,
  listOf,
  oneOf,
  optionalCount,
  optionalOneOf,
  optionalIsoDate,
  optionalPartialDate,
  optionalText,
  positiveCount,
  quarter,
  requiredText,
  slug,
  slugList,
  snakeKey,
  sourceId,
  splitList,
  statementValue,
} from './cells.ts';
import { earliestDay, latestDay } from './partial-dates.ts';
import {
  DATASET_COVERAGES,
  DATASET_ROLES,
  OFFENCE_FLAGS,
  ORDERS_COUNTED,
  SPO_MEASURES,
  STATED_IN,
  STATEMENT_KINDS,
  STATEMENT_PERIOD_TYPES,
  STOCK_KINDS,
  type Force,
  type NationalFigure,
  type OffenceQuarter,
  type Population,
  type Source,
  type SpoDataset,
  type SpoFigure,
  type SpoStatement,
  type StatementValue,
} from './types.ts';

export const DATA_FILES = {
  forces: 'forces.csv',
  sources: 'sources.csv',
  datasets: 'spo_datasets.csv',
  figures: 'spo_figures.csv',
  offences: 'stalking_offences.csv',
  population: 'population.csv',
  nationalFigures: 'national_figures.csv',
  statements: 'spo_statements.csv',
  tileGrid: 'geo/tile-grid.csv',
} as const;

export const BOUNDARY_FILE = 'geo/police-force-areas.topo.json';
export const BOUNDARY_OBJECT = 'police_force_areas';

export interface TableSpec<T> {
  file: string;
  columns: readonly string[];
  row: z.ZodType<T, Record<string, string>>;
}

function tableSpec<Shape extends z.ZodRawShape, T>(
  file: string,
  shape: Shape,
  row: (object: z.ZodObject<Shape>) => z.ZodType<T, Record<string, string>>,
): TableSpec<T> {
  return { file, columns: Object.keys(shape), row: row(z.object(shape)) };
}

/**
 * Runs a row-level check once the cells it reads have parsed, whatever is
 * wrong elsewhere in the row, so every problem is reported in one pass.
 */
function whenParsed(...columns: readonly string[]) {
  return {
    when: (payload: { issues: readonly { path?: readonly PropertyKey[] | undefined }[] }) =>
      !payload.issues.some((issue) => columns.includes(String(issue.path?.[0]))),
  };
}

const COUNTRY_BY_PREFIX = { E23: 'England', W15: 'Wales' } as const;

export const forcesTable = tableSpec(
  DATA_FILES.forces,
  {
    code: forceCode,
    name: requiredText('the display name, e.g. Devon and Cornwall'),
    ons_name: requiredText('the name as the ONS boundaries write it, e.g. London, City of'),
    slug,
    country: oneOf(['England', 'Wales']),
    aliases: optionalText,
    old_slugs: slugList,
  },
  (row) =>
    row
      .superRefine((force, ctx) => {
        if (force.old_slugs.includes(force.slug)) {
          ctx.addIssue({
            code: 'custom',
            path: ['old_slugs'],
            message: `lists the force's own slug "${force.slug}"; expected only slugs the force used before (its pages are at /forces/${force.slug}/ already)`,
          });
        }
      }, whenParsed('slug', 'old_slugs'))
      .superRefine((force, ctx) => {
        const expectedCountry = COUNTRY_BY_PREFIX[force.code.slice(0, 3) as keyof typeof COUNTRY_BY_PREFIX];
        if (force.country !== expectedCountry) {
          ctx.addIssue({
            code: 'custom',
            path: ['country'],
            message: `"${force.country}" disagrees with code ${force.code}; expected ${expectedCountry} (E23 codes are England, W15 codes are Wales)`,
          });
        }
      }, whenParsed('code', 'country'))
      .transform(
        (force): Force => ({
          code: force.code,
          name: force.name,
          onsName: force.ons_name,
          slug: force.slug,
          country: force.country,
          aliases: splitList(force.aliases),
          oldSlugs: force.old_slugs,
        }),
      ),
);

export const sourcesTable = tableSpec(
  DATA_FILES.sources,
  {
    id: sourceId,
    title: requiredText('the title of the source'),
    publisher: optionalText,
    date: optionalText,
    url: httpsUrl,
    licence: requiredText('the licence, or a note that the terms are not stated'),
    attribution: requiredText('the credit line to print'),
    notes: optionalText,
  },
  (row) => row.transform((source): Source => ({ ...source })),
);

export const datasetsTable = tableSpec(
  DATA_FILES.datasets,
  {
    id: slug,
    source_id: sourceId,
    title: requiredText('the dataset title'),
    short_title: requiredText('a short label for tables and legends, e.g. BBC FOI 2021'),
    basis: requiredText('the counting basis, e.g. applications as reported by each force in reply to an FOI request'),
    scope: oneOf(['all_forces', 'selected_forces']),
    measures: listOf(SPO_MEASURES, { required: true }),
    order: count('a whole number giving the display order'),
    notes: optionalText,
    role: oneOf(DATASET_ROLES),
    coverage: oneOf(DATASET_COVERAGES),
    according: optionalText,
    when_no_response: optionalText,
    when_not_covered: optionalText,
    plain_name: optionalText,
  },
  (row) =>
    row
      .superRefine((dataset, ctx) => {
        const fail = (message: string) => ctx.addIssue({ code: 'custom', path: ['role'], message });
        if (dataset.role === 'local' && dataset.scope === 'all_forces') {
          fail('"local" is for a source that names selected forces, but scope is all_forces; expected headline or comparison');
        } else if (dataset.role !== 'local' && dataset.scope === 'selected_forces') {
          fail(`"${dataset.role}" needs a dataset covering all forces, but scope is selected_forces; expected local`);
        } else if (dataset.role === 'headline' && dataset.coverage !== 'complete') {
          fail('"headline" leads the map and the rankings, which need a complete table, but coverage is selection; expected comparison, or coverage complete');
        } else if (dataset.role === 'headline' && !dataset.measures.includes('applications')) {
          fail('"headline" leads the map and the story with applications, but measures has no applications; expected comparison, or applications added to measures');
        }
      }, whenParsed('role', 'scope', 'measures', 'coverage'))
      .transform(
      (dataset): SpoDataset => ({
        id: dataset.id,
        sourceId: dataset.source_id,
        title: dataset.title,
        shortTitle: dataset.short_title,
        basis: dataset.basis,
        scope: dataset.scope,
        coverage: dataset.coverage,
        role: dataset.role,
        measures: dataset.measures,
        order: dataset.order,
        notes: dataset.notes,
        voice: { according: dataset.according, noResponse: dataset.when_no_response, notCovered: dataset.when_not_covered },
        plainName: dataset.plain_name,
      }),
    ),
);

const MEASURE_EXPECTED = 'a whole number of 0 or more, or a blank with status no_response/not_covered';
/** What to write when a source answered "N/A" for one measure: never a number, and not a status for the whole row. */
const measureNotGiven = (measure: string) =>
  `expected a blank cell with ${measure} listed in not_reported (the force left it unanswered), or the number if the source gives one`;
const measure = (name: string) => optionalCount(MEASURE_EXPECTED, measureNotGiven(name));

export const figuresTable = tableSpec(
  DATA_FILES.figures,
  {
    dataset_id: slug,
    force_code: forceCode,
    period_start: optionalIsoDate('a date YYYY-MM-DD, or a blank when the source gives no exact dates'),
    period_end: optionalIsoDate('a date YYYY-MM-DD, or a blank when the source gives no exact dates'),
    period_label: requiredText('how the period reads on the site, e.g. 20 Jan 2020 to 12 May 2021'),
    status: oneOf(['reported', 'no_response', 'not_covered']),
    applications: measure('applications'),
    granted: measure('granted'),
    refused: measure('refused'),
    pending: measure('pending'),
    not_reported: listOf(SPO_MEASURES, { required: false }),
    note: optionalText,
  },
  (row) =>
    row
      .superRefine((figure, ctx) => {
        if (figure.period_start !== null && figure.period_end !== null && figure.period_end < figure.period_start) {
          ctx.addIssue({
            code: 'custom',
            path: ['period_end'],
            message: `${figure.period_end} is before period_start ${figure.period_start}; expected an end on or after the start`,
          });
        }
      }, whenParsed('period_start', 'period_end'))
      .superRefine((figure, ctx) => {
        const fail = (column: string, message: string) => ctx.addIssue({ code: 'custom', path: [column], message });
        for (const measure of SPO_MEASURES) {
          const value = figure[measure];
          if (value === null) continue;
          if (figure.status !== 'reported') {
            fail(measure, `${value} is given but status is ${figure.status}; expected a blank, because ${figure.status} never carries a number`);
          } else if (figure.not_reported.includes(measure)) {
            fail(measure, `${value} is given but not_reported lists ${measure}; expected a blank, or ${measure} removed from not_reported`);
          }
        }
        if (figure.status !== 'reported' && figure.not_reported.length > 0) {
          fail('not_reported', `lists ${figure.not_reported.join('|')} but status is ${figure.status}; expected a blank (not_reported only qualifies a reported row)`);
        }
      }, whenParsed('status', 'not_reported', ...SPO_MEASURES))
      .superRefine((figure, ctx) => {
        const parts = (['granted', 'refused', 'pending'] as const).filter((measure) => figure[measure] !== null);
        const outcomes = parts.reduce((sum, measure) => sum + (figure[measure] ?? 0), 0);
        if (figure.applications !== null && outcomes > figure.applications) {
          const sum = parts.map((measure) => `${measure} ${figure[measure]}`).join(' + ');
          ctx.addIssue({
            code: 'custom',
            path: ['applications'],
            message: `${figure.applications} is less than ${sum} = ${outcomes}; expected applications to be at least granted + refused + pending`,
          });
        }
      }, whenParsed(...SPO_MEASURES))
      .transform(
        (figure): Omit<SpoFigure, 'line'> => ({
          datasetId: figure.dataset_id,
          forceCode: figure.force_code,
          periodStart: figure.period_start,
          periodEnd: figure.period_end,
          periodLabel: figure.period_label,
          status: figure.status,
          applications: figure.applications,
          granted: figure.granted,
          refused: figure.refused,
          pending: figure.pending,
          notReported: figure.not_reported,
          note: figure.note,
        }),
      ),
);

/** Financial quarter 1 is April to June; quarter 4 falls in the next calendar year. */
const QUARTER_DAYS = {
  1: ['04-01', '06-30', 0],
  2: ['07-01', '09-30', 0],
  3: ['10-01', '12-31', 0],
  4: ['01-01', '03-31', 1],
} as const;

export const offencesTable = tableSpec(
  DATA_FILES.offences,
  {
    force_code: forceCode,
    financial_year: financialYear,
    quarter,
    offences: count(),
    flag: optionalOneOf(OFFENCE_FLAGS),
    source_id: sourceId,
  },
  (row) =>
    row
      .superRefine((offence, ctx) => {
        if (offence.flag === 'may_be_suppressed' && offence.offences !== 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['flag'],
            message: `is may_be_suppressed on a count of ${offence.offences}; only a 0 can be a count that may be suppressed, so clear the flag or check the count`,
          });
        }
      }, whenParsed('offences', 'flag'))
      .transform((offence): OffenceQuarter => {
        const [startDay, endDay, yearOffset] = QUARTER_DAYS[offence.quarter];
        const calendarYear = Number(offence.financial_year.slice(0, 4)) + yearOffset;
        return {
          forceCode: offence.force_code,
          financialYear: offence.financial_year,
          quarter: offence.quarter,
          start: `${calendarYear}-${startDay}`,
          end: `${calendarYear}-${endDay}`,
          offences: offence.offences,
          mayBeSuppressed: offence.flag === 'may_be_suppressed',
          sourceId: offence.source_id,
        };
      }),
);

export const populationTable = tableSpec(
  DATA_FILES.population,
  {
    force_code: forceCode,
    reference_date: isoDate('a date YYYY-MM-DD, e.g. 2024-06-30 for mid-2024'),
    population: positiveCount('a whole number greater than 0'),
    source_id: sourceId,
  },
  (row) =>
    row.transform(
      (entry): Population => ({
        forceCode: entry.force_code,
        referenceDate: entry.reference_date,
        population: entry.population,
        sourceId: entry.source_id,
      }),
    ),
);

export const nationalFiguresTable = tableSpec(
  DATA_FILES.nationalFigures,
  {
    id: snakeKey,
    label: requiredText('a label for the figure'),
    value: requiredText('the value exactly as the source prints it'),
    period: optionalText,
    geography: optionalText,
    source_id: sourceId,
    quote: optionalText,
    verification: optionalText,
  },
  (row) =>
    row.transform(
      (figure): NationalFigure => ({
        id: figure.id,
        label: figure.label,
        value: figure.value,
        period: figure.period,
        geography: figure.geography,
        sourceId: figure.source_id,
        quote: figure.quote,
        verification: figure.verification,
      }),
    ),
);

const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];

/** The numbers a value is made of: 42 -> [42]; "<5" -> [5]; "1-5" -> [1, 5]. */
function numbersIn(value: StatementValue): number[] {
  if (value.type === 'count') return [value.count];
  if (value.type === 'fewer_than') return [value.limit];
  return [value.low, value.high];
}

/** The quote has the number in digits ("1,747" or "1747") or, up to twenty, in words. */
function quoteMentions(quote: string, number: number): boolean {
  const grouped = number.toLocaleString('en-GB');
  const digits = new RegExp(`(^|[^\\d,.])(${number}|${grouped})(?!\\d|[,.]\\d)`);
  const word = NUMBER_WORDS[number];
  return digits.test(quote) || (word !== undefined && new RegExp(`\\b${word}\\b`, 'i').test(quote));
}

const PERIOD_RULES = {
  between: 'a flow from period_start to period_end: both dates',
  since: 'a flow from period_start (blank: since SPOs came into force) to the statement date: no period_end, and a stated_on date',
  at: 'a count on one date: that date in period_end and no period_start',
} as const;

export const statementsTable = tableSpec(
  DATA_FILES.statements,
  {
    id: slug,
    force_code: forceCode,
    kind: oneOf(STATEMENT_KINDS),
    orders: oneOf(ORDERS_COUNTED),
    period_type: oneOf(STATEMENT_PERIOD_TYPES),
    period_start: optionalPartialDate,
    period_end: optionalPartialDate,
    value: statementValue,
    said_by: requiredText('who gave the figure, e.g. Cleveland Police, HMICFRS, BBC News'),
    said_in: oneOf(STATED_IN),
    source_id: sourceId,
    stated_on: optionalPartialDate,
    quote: requiredText("the source's exact words that give the figure"),
    note: optionalText,
  },
  (row) =>
    row
      .superRefine((statement, ctx) => {
        const fail = (column: string, problem: string) =>
          ctx.addIssue({ code: 'custom', path: [column], message: `${problem}; period_type ${statement.period_type} is ${PERIOD_RULES[statement.period_type]}` });
        const { period_type: type, period_start: start, period_end: end } = statement;
        if (type === 'between' && start === null) fail('period_start', 'is blank');
        if (type !== 'since' && end === null) fail('period_end', 'is blank');
        if (type === 'since' && end !== null) fail('period_end', `${end} is given`);
        if (type === 'since' && statement.stated_on === null) fail('stated_on', 'is blank');
        if (type === 'at' && start !== null) fail('period_start', `${start} is given`);
      }, whenParsed('period_type', 'period_start', 'period_end', 'stated_on'))
      .superRefine((statement, ctx) => {
        const stock = STOCK_KINDS.includes(statement.kind);
        if (stock !== (statement.period_type === 'at')) {
          ctx.addIssue({
            code: 'custom',
            path: ['period_type'],
            message: stock
              ? `${statement.period_type} does not fit kind ${statement.kind}, a count on one date; expected at`
              : `at does not fit kind ${statement.kind}, a count over a period; expected between or since`,
          });
        }
        if (statement.kind === 'people_subject' && statement.orders === 'interim_and_full_separately') {
          ctx.addIssue({
            code: 'custom',
            path: ['orders'],
            message: 'interim_and_full_separately does not fit kind people_subject, which counts each person once; expected interim_or_full, full_only, interim_only or not_stated',
          });
        }
      }, whenParsed('kind', 'period_type', 'orders'))
      .superRefine((statement, ctx) => {
        const { period_start: start, period_end: end, stated_on: statedOn } = statement;
        if (start !== null && end !== null && latestDay(end) < earliestDay(start)) {
          ctx.addIssue({ code: 'custom', path: ['period_end'], message: `${end} is before period_start ${start}; expected an end on or after the start` });
        }
        const latest = end ?? start;
        if (statedOn !== null && latest !== null && earliestDay(latest) > latestDay(statedOn)) {
          ctx.addIssue({
            code: 'custom',
            path: ['stated_on'],
            message: `${statedOn} is before the period it reports (${latest}); expected the date the source published the figure, on or after its period`,
          });
        }
      }, whenParsed('period_start', 'period_end', 'stated_on'))
      .superRefine((statement, ctx) => {
        const missing = numbersIn(statement.value).filter((number) => !quoteMentions(statement.quote, number));
        if (missing.length > 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['quote'],
            message: `does not mention ${missing.join(' or ')} from value; expected the source's exact words that give the figure (digits, or words up to twenty)`,
          });
        }
      }, whenParsed('value', 'quote'))
      .transform(
        (statement): Omit<SpoStatement, 'line' | 'valueText'> => ({
          id: statement.id,
          forceCode: statement.force_code,
          kind: statement.kind,
          orders: statement.orders,
          periodType: statement.period_type,
          periodStart: statement.period_start,
          periodEnd: statement.period_end,
          value: statement.value,
          saidBy: statement.said_by,
          saidIn: statement.said_in,
          sourceId: statement.source_id,
          statedOn: statement.stated_on,
          quote: statement.quote,
          note: statement.note,
        }),
      ),
);
