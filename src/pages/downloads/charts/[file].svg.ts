// /downloads/charts/<view>.svg: every embeddable view as a standalone SVG with its title, source and licence.
import type { APIRoute, GetStaticPaths } from 'astro';
import { embedViews, renderContext } from '../../../lib/embeds/site-views.ts';
import { standaloneSvg } from '../../../lib/embeds/render.ts';
import { type EmbedView } from '../../../lib/embeds/views.ts';
import { viewFileName } from '../../../lib/views/routes.ts';

export const getStaticPaths = (() =>
  embedViews.map((view) => ({ params: { file: viewFileName(view) }, props: { view } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: EmbedView }> = ({ props, site }) =>
  new Response(standaloneSvg(props.view, renderContext(String(site))), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
