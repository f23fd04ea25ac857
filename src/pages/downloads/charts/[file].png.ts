// /downloads/charts/<view>.png: the same picture as the SVG, drawn with the shipped font.
import type { APIRoute, GetStaticPaths } from 'astro';
import { svgToPngAsync } from '../../../lib/downloads/image.ts';
import { embedViews, renderContext } from '../../../lib/embeds/site-views.ts';
import { pngScale, standaloneSvg } from '../../../lib/embeds/render.ts';
import { type EmbedView, viewFileName } from '../../../lib/embeds/views.ts';

export const getStaticPaths = (() =>
  embedViews.map((view) => ({ params: { file: viewFileName(view) }, props: { view } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: EmbedView }> = async ({ props, site }) => {
  const svg = standaloneSvg(props.view, renderContext(String(site)));
  const png = await svgToPngAsync(svg, { scale: pngScale(props.view) });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
