// Dated local statements (spo_statements.csv) and what is known about each
// force after the newest all-forces figures. Statements are listed per force
// only: they count different things over different periods, so nothing here
// sums, ranks or compares them across forces. The one comparison made is
// within a force, against its own earlier figures, and only where the periods
// really nest.

import { earliestDay, latestDay } from '../data/partial-dates.ts';
import type { DataModel, IsoDate, PartialDate, SpoDataset, SpoFigure, SpoStatement, StatementValue } from '../data/types.ts';
import { forceRef } from './figures.ts';
import { SPO_COMMENCEMENT } from './offences.ts';
import type { ForceSince, LatestFigure, LaterDatasetFigure, SinceMetrics, StatementConflict, StatementFacts, StatementMeasure } from './types.ts';

/** The measures of spo_figures.csv a statement kind can be set against. */
const COMPARABLE_KINDS = { applications: 'applications', granted: 'granted' } as const satisfies Record<string, StatementMeasure>;

/** The lowest and highest count a value can be: "<5" is 0 to 4, "1-5" is 1 to 5. */
export function valueBounds(value: StatementValue): [number, number] {
  if (value.type === 'count') return [value.count, value.count];
  if (value.type === 'fewer_than') return [0, value.limit - 1];
  return [value.low, value.high];
}

function reachOf(statement: SpoStatement): PartialDate {
  const reach = statement.periodType === 'since' ? statement.statedOn : statement.periodEnd;
  // The checker guarantees an end for between/at and a statement date for since.
  if (reach === null) throw new Error(`spo_statements.csv:${statement.line}: statement ${statement.id} has no end date`);
  return reach;
}

const laterOf = (date: IsoDate, allForcesEnd: IsoDate | null) => allForcesEnd === null || date > allForcesEnd;
const notBeforeCommencement = (date: IsoDate) => (date < SPO_COMMENCEMENT ? SPO_COMMENCEMENT : date);

/** Conflicts between a flow statement and the force's earlier figures of the same measure; none for part-counts (full or interim only). */
function conflictsOf(statement: SpoStatement, figures: readonly SpoFigure[]): StatementConflict[] {
  if (statement.periodType === 'at' || statement.orders === 'full_only' || statement.orders === 'interim_only') return [];
  if (!Object.hasOwn(COMPARABLE_KINDS, statement.kind)) return [];
  const measure = COMPARABLE_KINDS[statement.kind as keyof typeof COMPARABLE_KINDS];
  // "Since January 2020" or "between 2020 and 2023" start when SPOs did: no order could be counted earlier.
  const start = statement.periodStart;
  const startEarliest = notBeforeCommencement(start === null ? SPO_COMMENCEMENT : earliestDay(start));
  const startLatest = start === null || earliestDay(start) <= SPO_COMMENCEMENT ? SPO_COMMENCEMENT : latestDay(start);
  const reach = reachOf(statement);
  const [endEarliest, endLatest] = [earliestDay(reach), latestDay(reach)];
  const [low, high] = valueBounds(statement.value);

  return figures.flatMap((figure): StatementConflict[] => {
    const count = figure[measure];
    if (figure.status !== 'reported' || count === null || figure.periodStart === null || figure.periodEnd === null) return [];
    const figureStart = notBeforeCommencement(figure.periodStart);
    const wider = startLatest <= figureStart && endEarliest >= figure.periodEnd;
    const narrower = figureStart <= startEarliest && figure.periodEnd >= endLatest;
    const relation = wider && high < count ? 'wider_but_lower' : narrower && low > count ? 'narrower_but_higher' : null;
    return relation === null ? [] : [{ datasetId: figure.datasetId, figure, measure, count, relation }];
  });
}

/** Newest first: by the day each figure reaches, then by statement date, then by line. */
function newestFirst(a: StatementFacts, b: StatementFacts): number {
  const statedFrom = (facts: StatementFacts) => (facts.statement.statedOn === null ? '' : earliestDay(facts.statement.statedOn));
  return b.reachesFrom.localeCompare(a.reachesFrom) || statedFrom(b).localeCompare(statedFrom(a)) || a.statement.line - b.statement.line;
}

/** The last day any all-forces dataset's reported, dated figures reach. */
export function allForcesEnd(datasets: readonly SpoDataset[], figures: readonly SpoFigure[]): IsoDate | null {
  const allForces = new Set(datasets.filter((dataset) => dataset.scope === 'all_forces').map((dataset) => dataset.id));
  const ends = figures.flatMap((figure) =>
    allForces.has(figure.datasetId) && figure.status === 'reported' && figure.periodEnd !== null ? [figure.periodEnd] : []);
  return ends.length === 0 ? null : ends.reduce((latest, end) => (end > latest ? end : latest));
}

function latestOf(statements: readonly StatementFacts[], laterFigures: readonly LaterDatasetFigure[]): LatestFigure | null {
  const dated: Array<{ from: IsoDate; latest: LatestFigure }> = [
    ...statements.filter((facts) => facts.later).map((facts) => ({
      from: facts.reachesFrom,
      latest: { dated: true, date: facts.reaches, statementId: facts.statement.id, datasetId: null } as const,
    })),
    ...laterFigures.flatMap(({ datasetId, figure }) =>
      figure.periodEnd === null ? [] : [{ from: figure.periodEnd, latest: { dated: true, date: figure.periodEnd, statementId: null, datasetId } as const }]),
  ];
  const newest = dated.sort((a, b) => b.from.localeCompare(a.from))[0];
  if (newest !== undefined) return newest.latest;
  const undated = laterFigures.find(({ figure }) => figure.periodEnd === null);
  return undated === undefined ? null : { dated: false, periodLabel: undated.figure.periodLabel, datasetId: undated.datasetId };
}

export function computeSince(model: Pick<DataModel, 'forces' | 'datasets' | 'figures' | 'statements'>): SinceMetrics {
  const end = allForcesEnd(model.datasets, model.figures);
  const local = new Set(model.datasets.filter((dataset) => dataset.scope !== 'all_forces').map((dataset) => dataset.id));
  const byForce = new Map<string, ForceSince>();
  for (const force of model.forces) {
    const ref = forceRef(force);
    const figures = model.figures.filter((figure) => figure.forceCode === force.code);
    const statements = model.statements
      .filter((statement) => statement.forceCode === force.code)
      .map((statement): StatementFacts => {
        const reaches = reachOf(statement);
        const reachesFrom = earliestDay(reaches);
        return { statement, force: ref, reaches, reachesFrom, later: laterOf(reachesFrom, end), conflicts: conflictsOf(statement, figures) };
      })
      .sort(newestFirst);
    const laterFigures = figures
      .filter((figure) => local.has(figure.datasetId) && figure.status === 'reported' && (figure.periodEnd === null || laterOf(figure.periodEnd, end)))
      .map((figure) => ({ datasetId: figure.datasetId, figure }));
    const latest = latestOf(statements, laterFigures);
    byForce.set(force.code, {
      force: ref,
      statements,
      laterFigures,
      latest,
      undatedAlso: latest?.dated === true ? laterFigures.filter(({ figure }) => figure.periodEnd === null) : [],
      hasLater: latest !== null,
    });
  }
  const all = [...byForce.values()];
  return {
    allForcesEnd: end,
    byForce,
    withLater: all.filter((entry) => entry.hasLater).map((entry) => entry.force),
    withoutLater: all.filter((entry) => !entry.hasLater).map((entry) => entry.force),
  };
}
