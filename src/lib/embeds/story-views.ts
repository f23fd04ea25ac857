// The home page's charts as embeddable views. Each view is the story's own
// chart spec (same data, words and renderer as the page), so an embed can
// never say something the page does not.

import { PAGES } from '../views/routes.ts';
import { home } from '../copy/home.ts';
import { CHART_WIDTHS, type ChartSpec, type Story, type UnavailableLink, type ZeroSection } from '../views/home.ts';
import { svgSize } from '../downloads/image.ts';
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

/** Room the embed's title, subtitle, list of forces without a figure and credit take around the chart, roughly. */
const CHROME_HEIGHT = 240;
const UNAVAILABLE_LINE_HEIGHT = 26;

export interface StoryEmbed {
  view: EmbedView;
  chart: ChartSpec;
  unavailable: UnavailableLink[];
}

/** Every story chart as a view, with the spec that draws it. */
export function storyEmbeds(story: Story): StoryEmbed[] {
  return DEFINITIONS.map(({ kind, section, chart: pick, unavailable }) => {
    const chart = pick(story);
    const missing = unavailable?.(story) ?? [];
    const chartHeight = svgSize(chart.render({ width: CHART_WIDTHS.narrow, idPrefix: 'measure' })).height;
    return {
      chart,
      unavailable: missing,
      view: {
        id: chart.id,
        kind,
        title: chart.title,
        subtitle: chart.subtitle,
        description: chart.description,
        sourceIds: chart.sources.map((source) => source.id),
        page: { path: PAGES.home, title: home.title, anchor: chart.id },
        height: Math.round(chartHeight + CHROME_HEIGHT + (missing.length > 0 ? (missing.length + 1) * UNAVAILABLE_LINE_HEIGHT : 0)),
        section,
      },
    };
  });
}

/**
 * The zero table as an embed shows it: a source without a public address is
 * linked to its entry in the home page's source list, since the embed has no
 * source list of its own to point into.
 */
export function embeddedZeroSection(section: ZeroSection, pagePath: string): ZeroSection {
  const resolve = (href: string) => (href.startsWith('#') ? `${pagePath}${href}` : href);
  return { ...section, columns: section.columns.map((column) => ({ ...column, source: { ...column.source, href: resolve(column.source.href) } })) };
}
