// Every view another site can embed, and the addresses that belong to it:
// the chrome-less page under /embed/, its pictures under /downloads/charts/,
// its oEmbed JSON under /oembed/, and the embed code itself. One list feeds
// the embed pages, the downloads, the oEmbed files, the /embed/ index and
// the discovery links on full pages, so none of them can miss a view.

import { escapeXml } from '../charts/map/markup.ts';
import { embedCopy, forceCardCopy } from '../copy/embed.ts';
import type { Source } from '../data/types.ts';
import { credit } from '../downloads/credit.ts';
import { HOST_SCRIPT_PATH, embedPath, forcePath } from '../views/routes.ts';
import { HIGHLIGHT_PARAMETER } from './protocol.ts';

export type ViewKind = 'map' | 'ranking' | 'zero-applications' | 'court-vs-foi' | 'trend' | 'force-card';

export interface EmbedView {
  /** Path below /embed/, e.g. "trend" or "forces/kent". */
  id: string;
  kind: ViewKind;
  title: string;
  /** What, where and when, under the title. */
  subtitle: string | null;
  /** What the view shows, for the index and oEmbed consumers (a chart's text alternative). */
  description: string;
  /** Sources the view's figures come from, for the credit under it. */
  sourceIds: readonly string[];
  /** The full page the view comes from, where its context and caveats are, and the view's place on it. */
  page: { path: string; title: string; anchor: string | null };
  /** Height of the frame before the resize script runs (or where it never does), in px. */
  height: number;
  /** Which section of the /embed/ index lists it. */
  section: keyof typeof embedCopy.sectionHeadings;
}

/** Everything an embed's credit line says (src/layouts/Embed.astro), for estimating its height. */
export function frameCreditText(sources: readonly Source[]): string {
  const { source, licence } = credit(sources);
  return `${source}. ${licence}. ${embedCopy.linkBack}`;
}

/** Width oEmbed consumers are told the embed is designed for. */
const OEMBED_WIDTH = 640;

/** The link back from an embed or picture to where the view sits on its full page. */
export function pageLink(view: Pick<EmbedView, 'page'>): string {
  return view.page.anchor === null ? view.page.path : `${view.page.path}#${view.page.anchor}`;
}

/** The embed page's path on this site, with a force picked out when one is given: "/embed/…/?force=kent". */
export function embedSitePath(view: Pick<EmbedView, 'id'>, force: string | null = null): string {
  return force === null ? embedPath(view) : `${embedPath(view)}?${new URLSearchParams({ [HIGHLIGHT_PARAMETER]: force })}`;
}

/** The embed page's address, with a force picked out when one is given. */
export function embedUrl(view: Pick<EmbedView, 'id'>, origin: string, force: string | null = null): string {
  return new URL(embedSitePath(view, force), origin).href;
}

/**
 * The HTML a campaigner pastes: a full-width, lazily loaded iframe with a
 * title, and the host script that resizes it to its content. The iframe works
 * on its own at its initial height; the script only improves the fit. Its width
 * is set in the style attribute: HTML's width attribute takes whole pixels, not "100%".
 *
 * @param origin The site's public origin, e.g. "https://spo-by-force.example.org".
 * @param force A force's slug to pick out (a map or ranking), or null.
 */
export function embedCode(view: EmbedView, origin: string, force: string | null = null): string {
  return (
    `<iframe src="${escapeXml(embedUrl(view, origin, force))}" title="${escapeXml(embedCopy.frameTitle(view.title))}" ` +
    `loading="lazy" height="${view.height}" style="width:100%;border:0" data-spo-embed></iframe>\n` +
    `<script async src="${escapeXml(new URL(HOST_SCRIPT_PATH, origin).href)}"></script>`
  );
}

/**
 * The code for a page that already loads pym.js (v1), the resize helper many
 * newsroom CMSs carry: pym's own placeholder, which pym turns into an iframe
 * and resizes from the embed's messages. xdomain limits those messages to this
 * site's origin (pym's default accepts any); optionalparams false keeps pym
 * from sending the host page's address and title to this site.
 */
export function pymEmbedCode(view: Pick<EmbedView, 'id' | 'title'>, origin: string, force: string | null = null): string {
  const src = embedUrl(view, origin, force);
  const siteOrigin = new URL(origin).origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (
    `<div data-pym-src="${escapeXml(src)}" data-pym-title="${escapeXml(embedCopy.frameTitle(view.title))}" ` +
    `data-pym-xdomain="^${escapeXml(siteOrigin)}" data-pym-optionalparams="false"></div>`
  );
}

/** A static oEmbed 1.0 response ("rich" type) for the view. */
export function oembedResponse(view: EmbedView, origin: string, providerName: string) {
  return {
    version: '1.0',
    type: 'rich',
    title: view.title,
    provider_name: providerName,
    provider_url: new URL('/', origin).href,
    html: embedCode(view, origin),
    width: OEMBED_WIDTH,
    height: view.height,
  };
}

/** The id of a force's card among the embeddable views: "forces/kent". */
export function forceCardViewId(slug: string): string {
  return `forces/${slug}`;
}

/**
 * The card of one force: its figures from every source that covers all forces.
 * @param height The frame's height in the embed code (phoneFrameHeight).
 */
export function forceCardView(force: { name: string; slug: string }, sourceIds: readonly string[], height: number): EmbedView {
  return {
    id: forceCardViewId(force.slug),
    kind: 'force-card',
    title: forceCardCopy.title(force.name),
    subtitle: null,
    description: forceCardCopy.description(force.name),
    sourceIds,
    page: { path: forcePath(force.slug), title: force.name, anchor: null },
    height,
    section: 'forces',
  };
}
