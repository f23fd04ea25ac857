// /oembed/<view>.json: a static oEmbed response per embeddable view, so a CMS
// given a page's address can turn it into the embed code by itself.
import type { APIRoute, GetStaticPaths } from 'astro';
import { site as siteCopy } from '../../lib/copy/common.ts';
import { embedViews } from '../../lib/embeds/site-views.ts';
import { type EmbedView, oembedResponse } from '../../lib/embeds/views.ts';
import { viewFileName } from '../../lib/views/routes.ts';

export const getStaticPaths = (() =>
  embedViews.map((view) => ({ params: { file: viewFileName(view) }, props: { view } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: EmbedView }> = ({ props, site }) =>
  new Response(`${JSON.stringify(oembedResponse(props.view, String(site), siteCopy.name), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
