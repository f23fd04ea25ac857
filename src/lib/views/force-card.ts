// What a force's embeddable card shows, from its force page's view: one
// sourced sentence (the first of the page's headline), where the force stands
// against every force in England and Wales on the headline measure, with that
// measure's source in plain words and the months it covers, and each
// disagreement between sources over comparable months, side by side.

import { forceCardCopy } from '../copy/embed.ts';
import type { ForceCode, IsoDate } from '../data/types.ts';
import type { Metrics } from '../metrics/index.ts';
import type { ForcePageView, StandingView } from './force.ts';

export interface ForceCardView {
  finding: string;
  /**
   * The headline measure, with every force's value for the strip; null when
   * the force has none there. `ranked` only for a count: a rate on a handful of
   * applications gets no rank.
   */
  standing: (StandingView & { basis: string; ranked: boolean }) | null;
  /** One sentence per pair of sources that disagree about this force. */
  disagreements: string[];
}

/** The number format of a standing that counts (applications), not a rate. */
const COUNT_FORMAT = ',d';

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const month = (date: IsoDate) => monthFormat.format(new Date(`${date}T00:00:00Z`));

/** The months a dataset's figures span across forces: "Jan 2020", "May 2021". */
function span(metrics: Metrics, datasetId: string): { from: string; to: string } | null {
  const figures = [...(metrics.datasetById.get(datasetId)?.figures.values() ?? [])];
  const starts = figures.flatMap((figure) => (figure.periodStart === null ? [] : [figure.periodStart])).sort();
  const ends = figures.flatMap((figure) => (figure.periodEnd === null ? [] : [figure.periodEnd])).sort();
  const from = starts[0];
  const to = ends.at(-1);
  return from === undefined || to === undefined ? null : { from: month(from), to: month(to) };
}

/**
 * @param headlineMeasure The standing the card leads with when the force has a value there (the map's default measure);
 *   otherwise the first standing in which it has one.
 */
export function buildForceCard(page: ForcePageView, metrics: Metrics, headlineMeasure: string): ForceCardView {
  const code: ForceCode = page.force.code;
  const withValue = page.standings.filter((standing) => standing.value.value.value !== null);
  const standing = withValue.find((candidate) => candidate.id === headlineMeasure) ?? withValue[0] ?? null;
  const dataset = metrics.datasetById.get(page.primaryDatasetId)?.dataset;
  const months = span(metrics, page.primaryDatasetId);
  const sourceName = (id: string) => {
    const found = metrics.datasetById.get(id)?.dataset;
    return found === undefined ? id : forceCardCopy.sourceName(found);
  };
  return {
    finding: page.headline[0]?.[0] ?? page.description,
    standing:
      standing === null
        ? null
        : {
            ...standing,
            ranked: standing.format === COUNT_FORMAT,
            basis:
              dataset !== undefined && months !== null && standing.basis === dataset.shortTitle
                ? forceCardCopy.basis(dataset, months.from, months.to)
                : standing.basis,
          },
    disagreements: metrics.comparisons.disagreements
      .filter((pair) => pair.force.code === code)
      .map((pair) => forceCardCopy.disagree(sourceName(pair.first.datasetId), sourceName(pair.second.datasetId), pair)),
  };
}
