// What is known about a force since the all-forces figures, worded for the
// page: each dated statement as a sentence with its quote and source, the
// single-force figures above that also run later, or one line saying there
// is nothing later; the gap said on the home and methodology pages; and each
// force's latest public figure for the /forces/ table. The facts come from
// metrics.since; this module only formats and words them.

import {
  allForcesEndPhrase,
  atPhrase,
  conflictSentence,
  formatPartialDate,
  since as copy,
  statementKindLabel,
  statementSentence,
} from '../copy/since.ts';
import { earliestDay } from '../data/partial-dates.ts';
import type { Source } from '../data/types.ts';
import type { ForceSince, Metrics, StatementFacts } from '../metrics/index.ts';
import { PAGES } from './routes.ts';

export interface StatementView {
  id: string;
  /** The element id on the force page, e.g. "statement-cleveland-foi-900-24". */
  anchor: string;
  /** What it counts and when it reaches, for scanning: "Orders in force · on 2 January 2025". */
  label: string;
  sentence: string;
  quote: string;
  note: string;
  source: Source;
  /** "Worksop Guardian, 2 January 2025" or "BBC News, date not shown". */
  citation: string;
  /** Where it cannot agree with an earlier figure of the same force. */
  conflicts: string[];
}

export interface LaterFigureView {
  title: string;
  periodLabel: string;
  /** The dataset's block further up the same page. */
  href: string;
}

export interface ForceSinceView {
  anchor: string;
  heading: string;
  intro: string;
  /** Introduces the statements; shown only when there are some. */
  listIntro: string;
  caution: string;
  statements: StatementView[];
  laterFigures: LaterFigureView[];
  laterFiguresLabel: string;
  /** The one line for a force with no later figure; null otherwise. */
  nothingLater: string | null;
  /** Sources the section cites, for the page's source list. */
  sourceIds: string[];
}

export const STATEMENT_ANCHOR_PREFIX = 'statement-';

function endPhrase(metrics: Metrics): string | null {
  const end = metrics.since.allForcesEnd;
  return end === null ? null : allForcesEndPhrase(end);
}

function statementView(facts: StatementFacts, sourceOf: (id: string) => Source, datasetTitle: (id: string) => string): StatementView {
  const { statement } = facts;
  const source = sourceOf(statement.sourceId);
  const reach = statement.periodType === 'at' ? atPhrase(facts.reaches) : copy.reachingTo(formatPartialDate(facts.reaches));
  return {
    id: statement.id,
    anchor: `${STATEMENT_ANCHOR_PREFIX}${statement.id}`,
    label: `${statementKindLabel[statement.kind]} · ${reach}`,
    sentence: statementSentence(statement),
    quote: statement.quote,
    note: statement.note,
    source,
    citation: copy.citation(source.publisher, statement.statedOn === null ? null : formatPartialDate(statement.statedOn)),
    conflicts: facts.conflicts.map((conflict) => conflictSentence(conflict, datasetTitle(conflict.datasetId))),
  };
}

export function forceSinceView(
  entry: ForceSince,
  metrics: Metrics,
  sourceOf: (id: string) => Source,
): ForceSinceView {
  const end = endPhrase(metrics);
  const datasetTitle = (id: string) => metrics.datasetById.get(id)?.dataset.shortTitle ?? id;
  const statements = entry.statements.map((facts) => statementView(facts, sourceOf, datasetTitle));
  return {
    anchor: copy.anchor,
    heading: copy.heading(end),
    intro: copy.intro(end),
    listIntro: copy.listIntro,
    caution: copy.caution,
    statements,
    laterFigures: entry.laterFigures.map(({ datasetId, figure }) => ({
      title: metrics.datasetById.get(datasetId)?.dataset.title ?? datasetId,
      periodLabel: figure.periodLabel,
      href: `#dataset-${datasetId}`,
    })),
    laterFiguresLabel: copy.laterFiguresAbove,
    nothingLater: entry.hasLater ? null : copy.nothingLater(entry.force.name, end),
    sourceIds: [...new Set(entry.statements.map((facts) => facts.statement.sourceId))],
  };
}

export interface GapView {
  heading: string;
  /** No all-forces figures since, how many forces have a later figure and how many have none. */
  sentence: string;
  more: string;
  link: { text: string; href: string };
}

/** The gap, said plainly on the home and methodology pages, with the counts taken from the data. */
export function gapView(metrics: Metrics): GapView {
  const { withLater, withoutLater } = metrics.since;
  const end = endPhrase(metrics);
  const heading = copy.heading(end);
  return {
    heading,
    sentence: copy.gap(end, withLater.length, withoutLater.length, metrics.forces.length),
    more: copy.gapMore(heading),
    link: { text: copy.gapLink, href: PAGES.forces },
  };
}

export interface LatestFigureView {
  text: string;
  /** For sorting the table: the first day the figure reaches, "" when undated or none. */
  sortValue: string;
  /** The force page's section; null when there is nothing to link to. */
  href: string | null;
  state: 'dated' | 'undated' | 'none';
}

/** The /forces/ table's "latest public figure" cell for one force. */
export function latestFigureView(entry: ForceSince, forcePath: string): LatestFigureView {
  const { latest } = entry;
  const href = `${forcePath}#${copy.anchor}`;
  if (latest === null) return { text: copy.latestNone, sortValue: '', href: null, state: 'none' };
  if (!latest.dated) return { text: copy.latestUndated(latest.periodLabel), sortValue: '', href, state: 'undated' };
  const also = entry.undatedAlso.length > 0 ? copy.alsoUndated : null;
  return { text: also === null ? formatPartialDate(latest.date) : `${formatPartialDate(latest.date)}; ${also}`, sortValue: earliestDay(latest.date), href, state: 'dated' };
}

/** The /forces/ table's column of latest public figures: after which date they count. */
export function latestColumn(metrics: Metrics): { id: string; label: string; detail: string } {
  return { id: 'latest-public-figure', label: copy.latestColumn, detail: copy.latestDetail(endPhrase(metrics)) };
}
