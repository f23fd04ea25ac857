// spo_datasets.csv and spo_figures.csv from the research's spo_by_force.csv. Each dataset
// says which research rows it takes, how their period reads, and what readers need to
// know; figures are copied, never filled in: a blank stays blank and its reason is stated.
import type { FigureStatus, Force, SpoDataset, SpoFigure, SpoMeasure } from '../../src/lib/data/types.ts';
import { SPO_MEASURES } from '../../src/lib/data/types.ts';
import { compareText, type CsvRecord } from './csv-io.ts';

export type FigureRow = Omit<SpoFigure, 'line'>;

interface Period {
  start: string | null;
  end: string | null;
  label: string;
}

interface DatasetPlan extends SpoDataset {
  /** Picks this dataset's rows out of spo_by_force.csv. */
  takes: (record: CsvRecord) => boolean;
  periodOf: (record: CsvRecord) => Period;
  /** all_forces only: the row for a force the source is silent about. */
  notCovered?: Period;
  /** Period of a force that was asked but did not answer (all of its figures blank). */
  noResponse?: Period;
  /** Measures a force left unanswered, by force code; any other blank is an error. */
  notReported?: Record<string, SpoMeasure[]>;
  /** Notes beside a force's figure, by force code. */
  forceNotes?: Record<string, string>;
}

const RESEARCH_COLUMNS: Record<SpoMeasure, string> = {
  applications: 'applications',
  granted: 'orders_granted',
  refused: 'orders_refused',
  pending: 'pending_not_yet_heard',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function readableDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 0) - 1]} ${year}`;
}

function datedPeriod(start: string, end: string): Period {
  return { start, end, label: `${readableDate(start)} to ${readableDate(end)}` };
}

/** "2020-01-20 (SPOs in force) to 2021-04-30 (...)" or "2020-01-01 to 2021-01-01". */
function periodFromResearchDates(record: CsvRecord): Period {
  const text = record['period'] ?? '';
  const match = /^(\d{4}-\d{2}-\d{2})\b.*\bto (\d{4}-\d{2}-\d{2})\b/.exec(text);
  if (match === null) throw new Error(`spo_by_force.csv: period "${text}" (${record['force_name']}) has no start and end dates`);
  return datedPeriod(match[1] ?? '', match[2] ?? '');
}

const periodText = (record: CsvRecord): string => record['period'] ?? '';
// The article credits the list of seven to "official data", not to the court data it cites for the 456 orders.
const ZERO_IN_FIRST_YEAR = 'One of seven forces that official data reported by the Observer show making no applications in the first year.';
const APPLIED_SINCE = ' The Observer reported that these forces said they had applied since.';
const FOI_DIFFERS = ' BBC FOI figures show applications by this force in an overlapping period; the two sources count differently.';
const COURT_DIFFERS =
  'Official data reported by the Observer list this force among seven with no applications in the first year; the two sources count differently.';

const COURT_FIRST_YEAR: Period = {
  start: '2020-01-01',
  end: '2021-01-31',
  label: 'January 2020 to January 2021 (first 12 months, court data)',
};

const PLANS: DatasetPlan[] = [
  {
    id: 'court-first-year',
    // The article names nine forces; it is not a table of all 43.
    coverage: 'selection',
    sourceId: 'S02',
    title: 'SPO applications in the first year, from court data',
    shortTitle: 'Court data, first year',
    basis: 'Applications for SPOs in HMCTS court records, as reported by the Observer from the Home Office review of SPOs',
    scope: 'all_forces',
    measures: ['applications'],
    order: 1,
    role: 'comparison',
    voice: {
      // The article credits the seven forces with no applications to "official data" and the
      // 456 orders (with the Met's 133 and Sussex's 41 beside them) to "court data", which is
      // official data too: so every row of this dataset is credited to official data.
      according: 'According to official data reported by the Observer',
      noResponse: 'has no court figure reported by the Observer',
      notCovered: 'is not among the forces the Observer gave court figures for',
    },
    plainName: 'Court records reported by the Observer',
    notes:
      'The Observer gives the period as January 2020 to January 2021 without exact days, so the dates used here are the outer bounds of those months; ' +
      'SPOs came into force on 20 January 2020. The article gives figures for nine forces only: 133 for the Met, 41 for Sussex and none for seven others. ' +
      'All other forces are shown as not covered. Court records may count an interim and a full application for the same person separately, ' +
      "so these counts are not comparable with forces' own FOI figures. The review's own table was not seen.",
    takes: (record) => record['source_id'] === 'S02' && periodText(record).startsWith('Jan 2020 - Jan 2021'),
    periodOf: () => COURT_FIRST_YEAR,
    notCovered: COURT_FIRST_YEAR,
    forceNotes: {
      E23000001: "Reported for 'Greater London police', so it may include City of London.",
      E23000034: "The Met figure, reported for 'Greater London police', may include City of London.",
      E23000029: ZERO_IN_FIRST_YEAR,
      E23000008: ZERO_IN_FIRST_YEAR + FOI_DIFFERS,
      W15000002: ZERO_IN_FIRST_YEAR + APPLIED_SINCE + FOI_DIFFERS,
      E23000012: ZERO_IN_FIRST_YEAR + APPLIED_SINCE,
      E23000025: ZERO_IN_FIRST_YEAR + APPLIED_SINCE,
      E23000017: ZERO_IN_FIRST_YEAR + APPLIED_SINCE + FOI_DIFFERS,
      W15000003: ZERO_IN_FIRST_YEAR + APPLIED_SINCE + FOI_DIFFERS,
    },
  },
  {
    id: 'bbc-foi-2021',
    sourceId: 'S01',
    title: 'SPOs applied for, granted, refused and pending, from police FOI replies to the BBC',
    shortTitle: 'BBC FOI 2021',
    basis: "Each force's own count in reply to a Freedom of Information request from the BBC Shared Data Unit",
    scope: 'all_forces',
    measures: ['applications', 'granted', 'refused', 'pending'],
    order: 2,
    role: 'headline',
    coverage: 'complete',
    voice: {
      according: 'According to its reply to a Freedom of Information request from the BBC Shared Data Unit',
      noResponse: 'did not reply to the BBC Shared Data Unit’s Freedom of Information request about Stalking Protection Orders',
      notCovered: 'is not in the BBC Shared Data Unit’s Freedom of Information figures',
    },
    plainName: 'Police FOI reply',
    notes:
      'Each figure runs from 20 January 2020, when SPOs came into force, to the date the force said its figures were correct: ' +
      '30 December 2020 for the four Welsh forces and between 6 April and 26 May 2021 for the English forces, so the periods differ. ' +
      "Refused is the BBC's 'rejected'; pending is 'not yet heard'. Lincolnshire and North Yorkshire did not reply, and City of London Police is not in the data. " +
      "Granted orders in England sum to 292 here; the BBC's partner stories say 294.",
    takes: (record) => record['source_id'] === 'S01',
    periodOf: periodFromResearchDates,
    noResponse: { start: null, end: null, label: 'Since 20 January 2020 (the force did not reply)' },
    notCovered: { start: null, end: null, label: 'Since 20 January 2020 (force not in the BBC data)' },
    notReported: { E23000019: ['refused', 'pending'] },
    forceNotes: {
      E23000009: 'Did not reply to the BBC. The BBC file shows 0 in its total column; that is not a real zero.',
      E23000020: 'Did not reply to the BBC. The BBC file shows 0 in its total column; that is not a real zero.',
      E23000034: 'City of London Police is not in the BBC data.',
      E23000019: "The force answered 'n/a' for refused and not yet heard.",
      E23000008: COURT_DIFFERS,
      W15000002: COURT_DIFFERS,
      W15000003: COURT_DIFFERS,
      E23000017: COURT_DIFFERS,
    },
  },
  {
    id: 'observer-thames-valley-2022',
    sourceId: 'S02',
    title: 'Thames Valley Police: orders obtained in January 2022',
    shortTitle: 'Thames Valley, Jan 2022',
    basis: 'Orders obtained, as Thames Valley Police told the Observer',
    scope: 'selected_forces',
    measures: ['granted'],
    order: 3,
    role: 'local',
    coverage: 'selection',
    voice: {
      according: 'According to what the force told the Observer',
      noResponse: 'did not give the Observer a figure',
      notCovered: 'was not asked by the Observer',
    },
    plainName: '',
    notes: 'One force and one month. These are orders obtained, not applications; the force said further applications were being progressed.',
    takes: (record) => record['source_id'] === 'S02' && periodText(record).startsWith('January 2022'),
    periodOf: () => ({ start: '2022-01-01', end: '2022-01-31', label: 'January 2022' }),
  },
  {
    id: 'dorset-foi-2022',
    sourceId: 'S03',
    title: 'Dorset Police: SPO applications, from an FOI reply',
    shortTitle: 'Dorset FOI 2022',
    basis: 'Occasions the force applied for an SPO or an interim SPO, from its reply to FOI request 2022-125',
    scope: 'selected_forces',
    measures: ['applications'],
    order: 4,
    role: 'local',
    coverage: 'selection',
    voice: {
      according: 'According to its reply to Freedom of Information request 2022-125',
      noResponse: 'did not answer Freedom of Information request 2022-125',
      notCovered: 'is not covered by Freedom of Information request 2022-125',
    },
    plainName: '',
    notes:
      "Two periods, as the force gave them; the first starts on 1 January 2020, before SPOs came into force. The same questions went to other forces, " +
      'but only these answers were seen.',
    takes: (record) => record['source_id'] === 'S03',
    periodOf: periodFromResearchDates,
  },
  {
    id: 'avon-somerset-foi-2023',
    sourceId: 'S04',
    title: 'Avon and Somerset Police: SPOs applied for and granted, from an FOI reply',
    shortTitle: 'Avon and Somerset FOI 2023',
    basis: 'SPOs applied for and successful applications, from the force\'s reply to FOI request 830-23',
    scope: 'selected_forces',
    measures: ['applications', 'granted'],
    order: 5,
    role: 'local',
    coverage: 'selection',
    voice: {
      according: 'According to its reply to Freedom of Information request 830-23',
      noResponse: 'did not answer Freedom of Information request 830-23',
      notCovered: 'is not covered by Freedom of Information request 830-23',
    },
    plainName: '',
    notes: 'From SPOs coming into force on 20 January 2020 to 31 March 2023.',
    takes: (record) => record['source_id'] === 'S04',
    periodOf: periodFromResearchDates,
  },
  {
    id: 'itv-calendar-2024',
    sourceId: 'S05',
    title: 'SPOs applied for and granted in six forces, 2020 to 2023 (ITV Calendar)',
    shortTitle: 'ITV Calendar 2024',
    basis: 'Applications and orders granted per force, from figures obtained by ITV Calendar',
    scope: 'selected_forces',
    measures: ['applications', 'granted'],
    order: 6,
    role: 'local',
    coverage: 'selection',
    voice: {
      according: 'According to figures obtained by ITV Calendar',
      noResponse: 'did not give ITV Calendar figures',
      notCovered: 'is not among the forces in ITV Calendar’s figures',
    },
    plainName: '',
    notes:
      "ITV reports the figures as 'between 2020 and 2023' and does not give exact dates, so they cannot be lined up with other periods. " +
      'How ITV obtained them (probably FOI requests) is not stated.',
    takes: (record) => record['source_id'] === 'S05',
    periodOf: () => ({ start: null, end: null, label: '2020 to 2023 (exact dates not stated)' }),
    forceNotes: {
      E23000011: 'The force told ITV its latest figures showed 18 SPOs issued to date, including 9 interim orders.',
    },
  },
];

export function spoDatasets(): SpoDataset[] {
  return PLANS.map(({ id, sourceId, title, shortTitle, basis, scope, coverage, role, measures, order, notes, voice, plainName }) => ({
    id, sourceId, title, shortTitle, basis, scope, coverage, role, measures, order, notes, voice, plainName,
  }));
}

function parseResearchCount(text: string, where: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) throw new Error(`${where}: "${text}" is not a whole number`);
  return Number(trimmed);
}

function emptyFigure(plan: DatasetPlan, forceCode: string, status: FigureStatus, period: Period): FigureRow {
  return {
    datasetId: plan.id,
    forceCode,
    periodStart: period.start,
    periodEnd: period.end,
    periodLabel: period.label,
    status,
    applications: null,
    granted: null,
    refused: null,
    pending: null,
    notReported: [],
    note: plan.forceNotes?.[forceCode] ?? '',
  };
}

function figureFromResearch(plan: DatasetPlan, record: CsvRecord): FigureRow {
  const forceCode = record['pfa_code'] ?? '';
  const where = `spo_by_force.csv ${plan.id} ${record['force_name']}`;
  const values = Object.fromEntries(
    SPO_MEASURES.map((measure) => [measure, parseResearchCount(record[RESEARCH_COLUMNS[measure]] ?? '', `${where} ${measure}`)]),
  ) as Record<SpoMeasure, number | null>;
  const given = SPO_MEASURES.filter((measure) => values[measure] !== null);
  const outside = given.filter((measure) => !plan.measures.includes(measure));
  if (outside.length > 0) throw new Error(`${where}: has ${outside.join(', ')}, which the dataset does not report`);

  if (given.length === 0) {
    if (plan.noResponse === undefined) throw new Error(`${where}: no figures, and the dataset has no "did not reply" state`);
    return emptyFigure(plan, forceCode, 'no_response', plan.noResponse);
  }
  const notReported = plan.measures.filter((measure) => values[measure] === null);
  const allowed = plan.notReported?.[forceCode] ?? [];
  const unexplained = notReported.filter((measure) => !allowed.includes(measure));
  if (unexplained.length > 0) throw new Error(`${where}: ${unexplained.join(', ')} blank without a recorded reason`);
  const period = plan.periodOf(record);
  return { ...emptyFigure(plan, forceCode, 'reported', period), ...values, notReported };
}

/** Figures sorted by dataset order, force code and period start. */
export function spoFigures(records: readonly CsvRecord[], forces: readonly Force[]): FigureRow[] {
  const known = new Set(forces.map((force) => force.code));
  const taken = new Set<CsvRecord>();
  const figures: FigureRow[] = [];
  for (const plan of PLANS) {
    const rows = records.filter((record) => plan.takes(record));
    rows.forEach((record) => taken.add(record));
    const planFigures = rows.map((record) => figureFromResearch(plan, record));
    for (const figure of planFigures) {
      if (!known.has(figure.forceCode)) throw new Error(`spo_by_force.csv ${plan.id}: unknown force code ${figure.forceCode}`);
    }
    if (plan.scope === 'all_forces') {
      const notCovered = plan.notCovered;
      if (notCovered === undefined) throw new Error(`${plan.id}: an all_forces dataset needs a not-covered period`);
      const covered = new Set(planFigures.map((figure) => figure.forceCode));
      for (const force of forces) {
        if (!covered.has(force.code)) planFigures.push(emptyFigure(plan, force.code, 'not_covered', notCovered));
      }
    }
    const unused = Object.keys(plan.forceNotes ?? {}).filter((code) => !planFigures.some((figure) => figure.forceCode === code));
    if (unused.length > 0) throw new Error(`${plan.id}: notes for forces without a row: ${unused.join(', ')}`);
    planFigures.sort((a, b) => compareText(a.forceCode, b.forceCode) || compareText(a.periodStart ?? '', b.periodStart ?? ''));
    figures.push(...planFigures);
  }
  const left = records.filter((record) => !taken.has(record));
  if (left.length > 0) {
    throw new Error(`spo_by_force.csv: rows no dataset takes: ${left.map((record) => `${record['force_name']} ${record['source_id']}`).join('; ')}`);
  }
  return figures;
}
