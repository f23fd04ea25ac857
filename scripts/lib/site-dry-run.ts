// The site's view models built in memory from a loaded data folder, every
// chart and card drawn once: what the build does, minus Astro writing files.
// check-data runs it after the data checks, so data the checker accepts is
// data the site can be built from; a failure here is a bug in the site.
import type { Geography } from '../../src/lib/data/load.ts';
import { REPORT_A_BUG } from './bug-report.ts';
import type { DataModel } from '../../src/lib/data/types.ts';
import { buildEmbedViews } from '../../src/lib/embeds/catalogue.ts';
import { mapEmbeds } from '../../src/lib/embeds/map-views.ts';
import { standaloneSvg } from '../../src/lib/embeds/render.ts';
import { storyEmbeds } from '../../src/lib/embeds/story-views.ts';
import { buildForcePages } from '../../src/lib/force-page.ts';
import { forceNeighbours } from '../../src/lib/geo/areas.ts';
import { buildMapViews } from '../../src/lib/map-view.ts';
import type { Metrics } from '../../src/lib/metrics/index.ts';
import { buildMethodology } from '../../src/lib/methodology.ts';
import { computeStandings } from '../../src/lib/standings.ts';
import { buildStory } from '../../src/lib/story.ts';


/** Builds every view model and draws every embeddable view; throws what the build would. */
export function buildSiteInMemory(model: DataModel, metrics: Metrics, geography: Geography): void {
  const story = buildStory(model, metrics);
  const maps = buildMapViews(model, metrics);
  buildForcePages({ model, metrics, neighbours: forceNeighbours(geography.topology) });
  computeStandings(metrics);
  buildMethodology(model, metrics, new Date());
  const storyCharts = storyEmbeds(story);
  const mapCharts = mapEmbeds(maps, geography.topology, geography.tileGrid);
  const views = buildEmbedViews(model, metrics, [...mapCharts.map(({ view }) => view), ...storyCharts.map(({ view }) => view)]);
  const drawings = new Map<string, (width: number) => string>([
    ...mapCharts.map(({ view, draw }) => [view.id, draw] as const),
    ...storyCharts.map(({ view, chart }) => [view.id, (width: number) => chart.render({ width, idPrefix: view.id, colours: 'light' })] as const),
  ]);
  const context = { model, metrics, origin: 'https://example.org', drawings };
  for (const view of views) standaloneSvg(view, context);
}

/** Null when the site builds from this data in memory; otherwise the message an editor needs. */
export function checkSiteBuilds(model: DataModel, metrics: Metrics, geography: Geography): string | null {
  try {
    buildSiteInMemory(model, metrics, geography);
    return null;
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return [
      'The data passed every check, but the site could not be built from it:',
      '',
      `  ${detail.split('\n').join('\n  ')}`,
      '',
      `This is a bug in the site, not in your data: ${REPORT_A_BUG}.`,
    ].join('\n');
  }
}
