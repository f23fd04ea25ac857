// What a force's embeddable card shows, from its force page's view: one
// sourced sentence worded from the claim metrics allows about the force in the
// headline round (the most, its rank, one of the forces that made none, or just
// its figure), where the force stands against every force in England and Wales
// on the headline measure, with that measure's source in plain words and the
// months it covers, and each disagreement between sources, side by side with
// their periods (the card's picture carries the same caveat).

import { type CaveatSide, cardDisagreement, cardFinding, forceCardCopy } from '../copy/embed.ts';
import { datasetVoice } from '../copy/force.ts';
import type { ForceCode, SpoDataset } from '../data/types.ts';
import { type ComparedFigure, type Metrics, forceFinding, formatMonthYear, headlineDataset, monthRangeLabel } from '../metrics/index.ts';
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

// Metrics' month names, so every date on the site abbreviates alike (Node's formatter writes "Sept").
const month = formatMonthYear;

/** The months a dataset's reported figures span across forces (metrics' span): "Jan 2020", "May 2021". */
function span(metrics: Metrics, datasetId: string): { from: string; to: string } | null {
  const reported = metrics.datasetById.get(datasetId)?.reportedSpan;
  return reported?.start == null || reported.lastEnd === null ? null : { from: month(reported.start), to: month(reported.lastEnd) };
}

/**
 * Each pair of sources that give the force different counts, as the caveat its
 * card and its picture carry: plain source names, each figure's own months,
 * and whether the periods make it a contradiction (metrics decides).
 */
export function forceDisagreements(metrics: Metrics, code: ForceCode): string[] {
  const side = ({ datasetId, figure }: ComparedFigure): CaveatSide => {
    const dataset = metrics.datasetById.get(datasetId)?.dataset;
    return {
      source: dataset === undefined ? datasetId : forceCardCopy.sourceName(dataset),
      months: figure.periodStart !== null && figure.periodEnd !== null ? monthRangeLabel(figure.periodStart, figure.periodEnd) : figure.periodLabel,
    };
  };
  return metrics.comparisons.disagreements.filter((pair) => pair.force.code === code).map((pair) => cardDisagreement(pair, side(pair.first), side(pair.second)));
}

/**
 * @param attribution The credit line of a dataset's source, for the finding's wording (as on the force page).
 * @param headlineMeasure The standing the card leads with when the force has a value there (the map's default measure);
 *   otherwise the first standing in which it has one.
 */
export function buildForceCard(page: ForcePageView, metrics: Metrics, headlineMeasure: string, attribution: (dataset: SpoDataset) => string): ForceCardView {
  const code: ForceCode = page.force.code;
  const withValue = page.standings.filter((standing) => standing.value.value.value !== null);
  const standing = withValue.find((candidate) => candidate.id === headlineMeasure) ?? withValue[0] ?? null;
  const dataset = metrics.datasetById.get(page.primaryDatasetId)?.dataset;
  const months = span(metrics, page.primaryDatasetId);
  const round = headlineDataset(metrics.datasets);
  const finding = forceFinding(round, { code, name: page.force.name });
  const voice = datasetVoice(round.dataset, attribution(round.dataset));
  return {
    finding: cardFinding(finding, voice, finding.period === null ? '' : monthRangeLabel(finding.period.start, finding.period.end)),
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
    disagreements: forceDisagreements(metrics, code),
  };
}
