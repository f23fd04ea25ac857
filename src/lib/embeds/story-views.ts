// The home page's charts as embeddable views. Each view is the story's own
// chart spec (same data, words and renderer as the page), so an embed can
// never say something the page does not.

import { PAGES } from '../views/routes.ts';
import { home, storyCopy } from '../copy/home.ts';
import { CHART_WIDTHS, HOME_PAGE_CHARTS, type ChartSpec, type Story, type UnavailableLink } from '../views/home.ts';
import { svgSize } from '../downloads/image.ts';
import { phoneFrameHeight, phoneTextHeight } from './heights.ts';
import type { EmbedView, ViewKind } from './views.ts';

interface StoryViewDefinition {
  kind: ViewKind;
  section: EmbedView['section'];
  chart: (story: Story) => ChartSpec;
  /** Forces the chart draws no bar for, listed under it so a missing figure never reads as zero. */
  unavailable?: (story: Story) => UnavailableLink[];
}

const DEFINITIONS: readonly StoryViewDefinition[] = [
  { kind: 'ranking', section: 'ranking', chart: (story) => story.applications.chart, unavailable: (story) => story.applications.unavailable },
  { kind: 'ranking', section: 'ranking', chart: (story) => story.rate.chart, unavailable: (story) => story.rate.unavailable },
  { kind: 'zero-applications', section: 'comparison', chart: (story) => story.zeros.chart },
  { kind: 'court-vs-foi', section: 'comparison', chart: (story) => story.courtVsFoi.chart },
  { kind: 'trend', section: 'trend', chart: (story) => story.trend.chart },
];

/** The space under a chart's drawing (ResponsiveChart's margin). */
const CHART_MARGIN = 8;

export interface StoryEmbed {
  view: EmbedView;
  chart: ChartSpec;
  unavailable: UnavailableLink[];
}

/**
 * Every story chart as a view, with the spec that draws it.
 * @param creditText What the embed's credit line says for the given sources (frameCreditText).
 */
export function storyEmbeds(story: Story, creditText: (sourceIds: readonly string[]) => string): StoryEmbed[] {
  return DEFINITIONS.map(({ kind, section, chart: pick, unavailable }) => {
    const chart = pick(story);
    const missing = unavailable?.(story) ?? [];
    const chartHeight = svgSize(chart.render({ width: CHART_WIDTHS.narrow, idPrefix: 'measure' })).height;
    const sourceIds = chart.sources.map((source) => source.id);
    const missingText = missing.length === 0 ? '' : `${storyCopy.rankings.unavailableHeading} ${missing.map((force) => `${force.name}: ${force.text}`).join(' ')}`;
    const figure = chartHeight + CHART_MARGIN + phoneTextHeight(missingText);
    return {
      chart,
      unavailable: missing,
      view: {
        id: chart.id,
        kind,
        title: chart.title,
        subtitle: chart.subtitle,
        description: chart.description,
        sourceIds,
        page: { path: PAGES.home, title: home.title, anchor: HOME_PAGE_CHARTS.has(chart.id) ? chart.id : null },
        height: phoneFrameHeight({ title: chart.title, subtitle: chart.subtitle, credit: creditText(sourceIds) }, figure),
        section,
      },
    };
  });
}
