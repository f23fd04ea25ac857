// Every address the site has, in one place: pages, per-force files, embeds,
// pictures and downloads. Pages link, and tests find pages, through these, so
// an address can change in one line. Free of Node and DOM APIs: the browser
// scripts use it too.

/**
 * A map measure, with a page per layout. Which measures exist follows the
 * data: each all-forces round of applications has its own (see roundMeasureId),
 * and recorded stalking per resident is 'offences-per-residents'.
 */
export type MapMetricId = string;

/** What the map can show of one round of applications. */
export type RoundMeasure = 'applications-per-offences' | 'applications' | 'grant-rate';

/**
 * The headline round's measures go by their plain names
 * (/map/applications-per-offences/); another round's counts by its dataset id
 * (/map/<dataset-id>/) and its rates by the id and the measure
 * (/map/<dataset-id>-applications-per-offences/).
 */
export function roundMeasureId(measure: RoundMeasure, datasetId: string | null): MapMetricId {
  if (datasetId === null) return measure;
  return measure === 'applications' ? datasetId : `${datasetId}-${measure}`;
}

/** The map drawn as the real areas, or as equal tiles. */
export const MAP_LAYOUTS = ['geo', 'tiles'] as const;
export type MapLayout = (typeof MAP_LAYOUTS)[number];

/** The site's top-level pages. */
export const PAGES = {
  home: '/',
  forces: '/forces/',
  trend: '/trend/',
  methodology: '/methodology/',
  embed: '/embed/',
} as const;

/** The force page: /forces/<slug>/. */
export function forcePath(slug: string): string {
  return `${PAGES.forces}${slug}/`;
}

/** A force's kit on /embed/: its card, the map and ranking with it picked out, its picture, data and a sentence to quote. */
export function forceKitPath(slug: string): string {
  return `${PAGES.embed}kit/${slug}/`;
}

/** Where a force finder leads: the force's page, or its kit on /embed/. */
export type FinderDestination = 'page' | 'kit';

export function finderHref(destination: FinderDestination, slug: string): string {
  return destination === 'kit' ? forceKitPath(slug) : forcePath(slug);
}

/** A finder's destination as its data-finder-destination attribute gives it; a force page by default. */
export function finderDestination(attribute: string | undefined): FinderDestination {
  return attribute === 'kit' ? 'kit' : 'page';
}

/** Where a map measure and layout have their own page: /map/<metric>/ and /map/<metric>/tiles/. */
export function mapPath(metric: MapMetricId, layout: MapLayout): string {
  return `/map/${metric}/${layout === 'tiles' ? 'tiles/' : ''}`;
}

/** /data/forces/<slug>-<download>.csv: one force's slice of the data. */
export function forceDownloadPath(slug: string, download: string): string {
  return `/data/forces/${slug}-${download}.csv`;
}

/** Where "use my location" downloads the force areas from. */
export const FORCE_AREAS_PATH = '/data/force-areas.json';

/** Where "find your force" downloads the places index from, once the reader starts typing. */
export const PLACES_PATH = '/data/places.json';

/** The folder of the whole dataset's CSV files. */
export const DOWNLOADS_PATH = '/downloads/';

/** The host script every embed code loads, at a stable address. */
export const HOST_SCRIPT_PATH = '/embed.js';

/** "forces/kent" -> "forces-kent": one flat name for an embeddable view's files. */
export function viewFileName(view: { id: string }): string {
  return view.id.replaceAll('/', '-');
}

/** The chrome-less page of an embeddable view: /embed/<id>/. */
export function embedPath(view: { id: string }): string {
  return `${PAGES.embed}${view.id}/`;
}

export function chartDownloadPath(view: { id: string }, format: 'svg' | 'png'): string {
  return `${DOWNLOADS_PATH}charts/${viewFileName(view)}.${format}`;
}

export function oembedPath(view: { id: string }): string {
  return `/oembed/${viewFileName(view)}.json`;
}

/** The share card (Open Graph image) of a main page, by the key in its file name. */
export function sharePicturePath(page: string): string {
  return `/og/${page}.png`;
}
