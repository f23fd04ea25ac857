// The site's view models built in memory from a loaded data folder, every
// chart and card drawn once: what the build does, minus Astro writing files.
// check-data runs it after the data checks, so data the checker accepts is
// data the site can be built from; a failure here is a bug in the site.
// The embeds are wired as src/lib/embeds/site-views.ts wires them for the build.
import { forceCardCopy } from '../../src/lib/copy/embed.ts';
import type { Geography } from '../../src/lib/data/load.ts';
import type { DataModel, Force, Source } from '../../src/lib/data/types.ts';
import { buildEmbedViews } from '../../src/lib/embeds/catalogue.ts';
import { forceCardPhoneHeight, phoneFrameHeight } from '../../src/lib/embeds/heights.ts';
import { mapEmbeds } from '../../src/lib/embeds/map-views.ts';
import { standaloneSvg } from '../../src/lib/embeds/render.ts';
import { storyEmbeds } from '../../src/lib/embeds/story-views.ts';
import { frameCreditText } from '../../src/lib/embeds/views.ts';
import type { Metrics } from '../../src/lib/metrics/index.ts';
import { buildSiteViews } from '../../src/lib/views/build-site.ts';
import { buildForceCard } from '../../src/lib/views/force-card.ts';
import { DEFAULT_MAP_METRIC } from '../../src/lib/views/map.ts';
import { REPORT_A_BUG } from './bug-report.ts';

/** Builds every view model and draws every embeddable view; throws what the build would. */
export function buildSiteInMemory(model: DataModel, metrics: Metrics, geography: Geography): void {
  const views = buildSiteViews(model, metrics, geography);
  views.trendChart.render({ width: 720, idPrefix: 'trend' });
  const source = (id: string): Source => {
    const found = model.sources.find((candidate) => candidate.id === id);
    if (found === undefined) throw new Error(`No source ${id} in data/`);
    return found;
  };
  const creditText = (sourceIds: readonly string[]) => frameCreditText(sourceIds.map(source));
  const storyCharts = storyEmbeds(views.story, creditText);
  const mapCharts = mapEmbeds(views.mapViews, geography.topology, geography.tileGrid, creditText);
  const card = (force: Force) => {
    const page = views.forcePages.find((candidate) => candidate.force.code === force.code);
    if (page === undefined) throw new Error(`no force page for ${force.name}`);
    return buildForceCard(page, metrics, DEFAULT_MAP_METRIC);
  };
  const embedViews = buildEmbedViews(
    model,
    metrics,
    [...mapCharts.map(({ view }) => view), ...storyCharts.map(({ view }) => view)],
    (force, sourceIds) => phoneFrameHeight({ title: forceCardCopy.title(force.name), subtitle: null, credit: creditText(sourceIds) }, forceCardPhoneHeight(card(force))),
  );
  const drawings = new Map<string, (width: number) => string>([
    ...mapCharts.map(({ view, draw }) => [view.id, draw] as const),
    ...storyCharts.map(({ view, chart }) => [view.id, (width: number) => chart.render({ width, idPrefix: view.id, colours: 'light' })] as const),
  ]);
  const context = { model, metrics, origin: 'https://example.org', drawings };
  for (const view of embedViews) standaloneSvg(view, context);
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
