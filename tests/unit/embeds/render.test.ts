// Every view as a standalone picture, from the real data: the story's charts
// framed with their title, source, licence and a link back to their place on
// the page, and each force's card; all in concrete colours.
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/lib/data/load.ts';
import { svgSize } from '../../../src/lib/downloads/image.ts';
import { SHARE_CARD_HEIGHT, SHARE_CARD_WIDTH } from '../../../src/lib/downloads/share-card.ts';
import { buildEmbedViews } from '../../../src/lib/embeds/catalogue.ts';
import { PICTURE_WIDTH, standaloneSvg } from '../../../src/lib/embeds/render.ts';
import { storyEmbeds } from '../../../src/lib/embeds/story-views.ts';
import { frameCreditText, pageLink } from '../../../src/lib/embeds/views.ts';
import { computeMetrics } from '../../../src/lib/metrics/index.ts';
import { buildStory } from '../../../src/lib/views/home.ts';
import { dataDir } from '../../../scripts/lib/paths.ts';

const model = loadData(dataDir).model!;
const metrics = computeMetrics(model);
const charts = storyEmbeds(buildStory(model, metrics), (ids) => frameCreditText(model.sources.filter((source) => ids.includes(source.id))));
const views = buildEmbedViews(model, metrics, charts.map(({ view }) => view), () => 500);
const origin = 'https://spo.example.org';
const drawings = new Map(charts.map(({ view, chart }) => [view.id, (width: number) => chart.render({ width, idPrefix: view.id, colours: 'light' as const })]));
const context = { model, metrics, origin, drawings };

describe('the catalogue', () => {
  it('has every story chart and a card for each of the 43 forces, each id once', () => {
    expect(views.filter((view) => view.kind === 'force-card')).toHaveLength(43);
    expect(views.filter((view) => view.kind === 'ranking')).toHaveLength(2);
    for (const kind of ['zero-applications', 'court-vs-foi', 'trend'] as const) {
      expect(views.filter((view) => view.kind === kind), kind).toHaveLength(1);
    }
    expect(new Set(views.map((view) => view.id)).size).toBe(views.length);
  });

  it('points each story chart back to its place on the home page, or for a chart the home page does not draw to the page with the full picture, with its sources', () => {
    for (const { view, chart } of charts) {
      expect(pageLink(view)).toMatch(view.page.path === '/' ? `/#${chart.id}` : /^\/(forces|methodology)\/(#[a-z-]+)?$/);
      expect(view.sourceIds.length).toBeGreaterThan(0);
      expect(view.height).toBeGreaterThan(200);
    }
  });
});

describe('standaloneSvg', () => {
  it.each(charts.map(({ view }) => [view.id, view] as const))('frames %s with its title, credit and link back', (_, view) => {
    const svg = standaloneSvg(view, context);
    expect(svgSize(svg).width).toBe(PICTURE_WIDTH);
    expect(svg).toContain('>Source: ');
    expect(svg).toContain('>Licence: ');
    expect(svg).toContain(`>${origin}${pageLink(view)}</text>`);
    expect(svg).not.toContain('var(--');
  });

  it('draws a force’s card at share-card size', () => {
    const card = views.find((view) => view.id === 'forces/lincolnshire')!;
    const svg = standaloneSvg(card, context);
    expect(svgSize(svg)).toEqual({ width: SHARE_CARD_WIDTH, height: SHARE_CARD_HEIGHT });
    expect(svg).toContain('>No response</text>');
  });
});
