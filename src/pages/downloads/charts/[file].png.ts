// /downloads/charts/<view>.png: the same picture as the SVG, drawn with the shipped font.
import type { APIRoute, GetStaticPaths } from 'astro';
import { embedViews, viewPng } from '../../../lib/embeds/site-views.ts';
import { type EmbedView } from '../../../lib/embeds/views.ts';
import { viewFileName } from '../../../lib/views/routes.ts';

export const getStaticPaths = (() =>
  embedViews.map((view) => ({ params: { file: viewFileName(view) }, props: { view } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: EmbedView }> = async ({ props, site }) =>
  new Response(await viewPng(props.view, String(site)), { headers: { 'Content-Type': 'image/png' } });
