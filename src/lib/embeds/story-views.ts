// The home page's charts as embeddable views. Each view is the story's own
// chart spec (same data, words and renderer as the page), so an embed can
// never say something the page does not.

import { PAGES } from '../views/routes.ts';
import { home, storyCopy } from '../copy/home.ts';
import { forcesIndex } from '../copy/forces-index.ts';
import { methodologyCopy } from '../copy/methodology.ts';
import { CHART_WIDTHS, type ChartSpec, type RankingSection, type Story, type UnavailableLink } from '../views/home.ts';
import { svgSize } from '../downloads/image.ts';
import { NARROWEST_LINE, compactRankingPhoneHeight, phoneFrameHeight, phoneTextHeight } from './heights.ts';
import type { EmbedView, ViewKind } from './views.ts';
import { type CompactRanking, compactRanking } from './compact-ranking.ts';
import { rankingEmbedCopy } from '../copy/embed.ts';

interface StoryViewDefinition {
  kind: ViewKind;
  section: EmbedView['section'];
  chart: (story: Story) => ChartSpec;
  /** Forces the chart draws no bar for, listed under it so a missing figure never reads as zero. */
  unavailable?: (story: Story) => UnavailableLink[];
  /** A ranking's section: the embed shows its top and bottom as a compact table, headed by the measure. */
  ranking?: { section: (story: Story) => RankingSection; valueHeading: string };
  /** Where the full picture is, for a chart the home page does not draw (default: the chart on the home page). */
  page?: EmbedView['page'];
}

/** Every force's figures, sortable by any of them: the full ranking behind a ranking's top and bottom. */
const ALL_FORCES_PAGE = { path: PAGES.forces, title: forcesIndex.title, anchor: null };

const DEFINITIONS: readonly StoryViewDefinition[] = [
  {
    kind: 'ranking',
    section: 'ranking',
    chart: (story) => story.applications.chart,
    unavailable: (story) => story.applications.unavailable,
    ranking: { section: (story) => story.applications, valueHeading: rankingEmbedCopy.applicationsHeading },
    page: ALL_FORCES_PAGE,
  },
  {
    kind: 'ranking',
    section: 'ranking',
    chart: (story) => story.rate.chart,
    unavailable: (story) => story.rate.unavailable,
    ranking: { section: (story) => story.rate, valueHeading: rankingEmbedCopy.rateHeading },
    page: ALL_FORCES_PAGE,
  },
  { kind: 'zero-applications', section: 'comparison', chart: (story) => story.zeros.chart },
  {
    kind: 'court-vs-foi',
    section: 'comparison',
    chart: (story) => story.courtVsFoi.chart,
    page: { path: PAGES.methodology, title: methodologyCopy.title, anchor: 'court-vs-foi' },
  },
  { kind: 'trend', section: 'trend', chart: (story) => story.trend.chart },
];

/** The space under a chart's drawing (ResponsiveChart's margin). */
const CHART_MARGIN = 8;

export interface StoryEmbed {
  view: EmbedView;
  chart: ChartSpec;
  unavailable: UnavailableLink[];
  /** For a ranking, what its embed shows instead of every bar. */
  compact: { ranking: CompactRanking; valueHeading: string } | null;
}

/**
 * Every story chart as a view, with the spec that draws it.
 * @param creditText What the embed's credit line says for the given sources (frameCreditText).
 */
export function storyEmbeds(story: Story, creditText: (sourceIds: readonly string[]) => string): StoryEmbed[] {
  return DEFINITIONS.map(({ kind, section, chart: pick, unavailable, ranking, page }) => {
    const chart = pick(story);
    const missing = unavailable?.(story) ?? [];
    const compact = ranking === undefined ? null : { ranking: compactRanking(ranking.section(story).ranked), valueHeading: ranking.valueHeading };
    const chartHeight = compact === null ? svgSize(chart.render({ width: CHART_WIDTHS.narrow, idPrefix: 'measure' })).height : compactRankingPhoneHeight(compact.ranking);
    const sourceIds = chart.sources.map((source) => source.id);
    const missingText = missing.length === 0 ? '' : `${storyCopy.rankings.unavailableHeading} ${missing.map((force) => `${force.name}: ${force.text}`).join(' ')}`;
    const figure = chartHeight + CHART_MARGIN + phoneTextHeight(missingText, 'small', compact === null ? 1 : NARROWEST_LINE);
    return {
      chart,
      unavailable: missing,
      compact,
      view: {
        id: chart.id,
        kind,
        title: chart.title,
        subtitle: chart.subtitle,
        description: chart.description,
        sourceIds,
        page: page ?? { path: PAGES.home, title: home.title, anchor: chart.id },
        height: phoneFrameHeight({ title: chart.title, subtitle: chart.subtitle, credit: creditText(sourceIds) }, figure, compact === null),
        section,
      },
    };
  });
}
