// Every view another site can embed, and the addresses that belong to it:
// the chrome-less page under /embed/, its pictures under /downloads/charts/,
// its oEmbed JSON under /oembed/, and the embed code itself. One list feeds
// the embed pages, the downloads, the oEmbed files, the /embed/ index and
// the discovery links on full pages, so none of them can miss a view.

import { escapeXml } from '../charts/map/markup.ts';
import { embedCopy, forceCardCopy } from '../copy/embed.ts';
import { HOST_SCRIPT_PATH, embedPath, forcePath } from '../views/routes.ts';

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

/** Width oEmbed consumers are told the embed is designed for. */
const OEMBED_WIDTH = 640;

/** The link back from an embed or picture to where the view sits on its full page. */
export function pageLink(view: Pick<EmbedView, 'page'>): string {
  return view.page.anchor === null ? view.page.path : `${view.page.path}#${view.page.anchor}`;
}

/**
 * The HTML a campaigner pastes: a full-width, lazily loaded iframe with a
 * title, and the host script that resizes it to its content. The iframe works
 * on its own at its initial height; the script only improves the fit. Its width
 * is set in the style attribute: HTML's width attribute takes whole pixels, not "100%".
 *
 * @param origin The site's public origin, e.g. "https://spo-by-force.example.org".
 */
export function embedCode(view: EmbedView, origin: string): string {
  const src = new URL(embedPath(view), origin).href;
  return (
    `<iframe src="${escapeXml(src)}" title="${escapeXml(embedCopy.frameTitle(view.title))}" ` +
    `loading="lazy" height="${view.height}" style="width:100%;border:0" data-spo-embed></iframe>\n` +
    `<script async src="${escapeXml(new URL(HOST_SCRIPT_PATH, origin).href)}"></script>`
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

/** The card of one force: its figures from every source that covers all forces. */
export function forceCardView(force: { name: string; slug: string }, sourceIds: readonly string[]): EmbedView {
  return {
    id: `forces/${force.slug}`,
    kind: 'force-card',
    title: forceCardCopy.title(force.name),
    subtitle: null,
    description: forceCardCopy.description(force.name),
    sourceIds,
    page: { path: forcePath(force.slug), title: force.name, anchor: null },
    height: 460,
    section: 'forces',
  };
}
