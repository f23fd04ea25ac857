// The /trend/ page: every force's recorded stalking, quarter by quarter, as
// small multiples beside the home page's national trend.

import { type TrendSeries, eventsWithin, renderTrendSmallMultiples } from '../charts/trend.ts';
import { trendPageCopy } from '../copy/trend.ts';
import type { DataModel } from '../data/types.ts';
import type { Metrics } from '../metrics/index.ts';
import { type ChartSpec, SPO_EVENT, nationalTrendPoints, quarterName, required, sourceLink } from './home.ts';

/** Every force's quarters as small multiples, in name order, for the /trend/ page. */
export function forceTrendsChart(model: DataModel, metrics: Metrics): ChartSpec {
  const offencesSource = required(model.offences[0]?.sourceId, 'recorded offences');
  const source = required(
    model.sources.find((candidate) => candidate.id === offencesSource),
    `source ${offencesSource} in data/sources.csv`,
  );
  const series: TrendSeries[] = [...model.forces]
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((force) => ({
      code: force.code,
      name: force.name,
      slug: force.slug,
      // A 0 that may be a suppressed count is a gap in the force's line, never a dip.
      points: (metrics.offences.byForce.get(force.code)?.quarterly ?? []).map((quarter) => ({
        start: quarter.start,
        value: quarter.mayBeSuppressed > 0 ? null : quarter.offences,
        label: quarterName(quarter.start, quarter.end),
        mayBeSuppressed: quarter.mayBeSuppressed > 0,
      })),
    }));
  const national = nationalTrendPoints(metrics);
  const title = trendPageCopy.chartTitle;
  const { possiblySuppressed } = metrics.offences;
  const description = [
    trendPageCopy.description(series.length, national[0]?.label ?? '', national.at(-1)?.label ?? ''),
    ...(possiblySuppressed.byForce.length === 0
      ? []
      : [trendPageCopy.suppressed(possiblySuppressed.byForce.map(({ force, quarters }) => ({ name: force.name, quarters: quarters.length })))]),
  ].join(' ');
  return {
    id: 'recorded-offences-by-force',
    title,
    subtitle: trendPageCopy.chartSubtitle,
    description,
    sources: [sourceLink(source)],
    render: ({ width, idPrefix, colours = 'page' }) =>
      renderTrendSmallMultiples(series, { width, idPrefix, colours, title, description, events: eventsWithin(national, [SPO_EVENT]) }),
  };
}

