// /og/<page>.png: the 1,200 × 630 share card of each main page (force pages
// use their force card, /downloads/charts/forces-<slug>.png).
import type { APIRoute, GetStaticPaths } from 'astro';
import { svgToPngAsync } from '../../lib/downloads/image.ts';
import { shareCardSvg } from '../../lib/downloads/share-card.ts';
import { MAIN_PAGES, type MainPage, leadMapPicture, mainPageShareCard } from '../../lib/downloads/share-cards.ts';
import { embedViews, mapCharts } from '../../lib/embeds/site-views.ts';
import { story } from '../../lib/views/site.ts';
import { metrics, model } from '../../lib/site-data.ts';

export const getStaticPaths = (() =>
  (Object.keys(MAIN_PAGES) as MainPage[]).map((page) => ({ params: { page }, props: { page } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: MainPage }> = async ({ props, site }) => {
  const host = new URL(String(site)).host;
  const card = mainPageShareCard({ model, metrics, host }, props.page, {
    headlines: story.headlines,
    embedViewCount: embedViews.length,
    lead: story.lead,
    leadMap: leadMapPicture(story.lead, mapCharts),
  });
  return new Response(await svgToPngAsync(shareCardSvg(card)), { headers: { 'Content-Type': 'image/png' } });
};
