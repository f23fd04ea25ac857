// A locator map for a force page: the force and its neighbours, zoomed to fit
// them, with a small England and Wales overview in a corner marking where
// that view is. It reuses the choropleth's projection and drawing
// (./map/geometry.ts), so shared borders match the main map exactly.
//
// The SVG is an image (role="img", named by <title>, described by <desc>)
// with nothing focusable inside: the page lists the neighbours as links, with
// their figures, beside the map. Each neighbour's shape carries its page in
// data-href, so a script can let a pointer click through to it as well.

import { forcePath } from '../views/routes.ts';
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { ForceCode } from '../data/types.ts';
import { type Drawing, type Placement, draw, projectAreas } from './map/geometry.ts';
import { attributes, escapeXml, round1, titleAndDesc } from './map/markup.ts';
import type { ChartOptions } from './plot.ts';

export interface LocatorArea {
  code: ForceCode;
  name: string;
  slug: string;
}

export interface LocatorOptions extends Pick<ChartOptions, 'title' | 'description' | 'idPrefix'> {
  /** The force to highlight. */
  focus: ForceCode;
  /** Forces to label and link; the view is zoomed to fit them and the focus. */
  neighbours: readonly ForceCode[];
  /** viewBox width; default 360. */
  width?: number;
  /** Page of a neighbour, for data-href; default `/forces/<slug>/`. */
  href?: (area: LocatorArea) => string;
}

export const LOCATOR_CLASS = 'spo-locator';
const DEFAULT_WIDTH = 360;
const HEIGHT_SHARE = 0.85;
/** Room left around the focus and neighbours inside the zoomed view. */
const VIEW_MARGIN = 14;
const OVERVIEW_SHARE = 0.24;
const OVERVIEW_PADDING = 4;
const FONT_SIZE = 12;
const LINE_HEIGHT = 15;
/** A focus area smaller than this share of the width gets a ring so it can be seen. */
const MIN_FOCUS_SHARE = 0.05;
const TOLERANCE_PER_WIDTH = 1 / 600;

type Point = [number, number];
type Box = { x: number; y: number; width: number; height: number };

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function boxOf([[x0, y0], [x1, y1]]: [Point, Point]): Box {
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Scale and shift so that `bounds` fits `box` (centred), leaving `margin` on every side. */
function fit(bounds: [Point, Point], box: Box, margin: number): Placement {
  const [[x0, y0], [x1, y1]] = bounds;
  const scale = Math.min((box.width - 2 * margin) / Math.max(x1 - x0, 1e-9), (box.height - 2 * margin) / Math.max(y1 - y0, 1e-9));
  return {
    scale,
    dx: box.x + (box.width - (x1 - x0) * scale) / 2 - x0 * scale,
    dy: box.y + (box.height - (y1 - y0) * scale) / 2 - y0 * scale,
  };
}

function place([x, y]: Point, { scale, dx, dy }: Placement): Point {
  return [x * scale + dx, y * scale + dy];
}

/** Planar centroids of every area in projected units, for labels. */
function centroids(topology: Topology, projectedArcs: Point[][], geometries: readonly GeometryObject[], codes: readonly string[]): Map<string, Point> {
  const planar = { ...topology, transform: undefined, arcs: projectedArcs } as unknown as Topology;
  const path = geoPath();
  return new Map(geometries.map((geometry, i) => {
    const shape = feature(planar, geometry as Parameters<typeof feature>[1]) as Feature<Polygon | MultiPolygon>;
    return [codes[i] as string, path.centroid(shape) as Point];
  }));
}

/** Puts a label where it overlaps none already placed, trying below then above its anchor. */
function placeLabel(anchor: Point, text: string, placed: Box[], frame: Box, bold = false): Box {
  // Average glyph widths of the sans-serif label font, in ems; bold runs wider.
  const width = text.length * FONT_SIZE * (bold ? 0.62 : 0.56);
  const clampX = (x: number) => Math.min(Math.max(x, frame.x + 2), frame.x + frame.width - width - 2);
  const clampY = (y: number) => Math.min(Math.max(y, frame.y + 2), frame.y + frame.height - LINE_HEIGHT - 2);
  // Below and above the anchor first, then the same rows shifted half a label to either side.
  const rows = [0, 1, -1, 2, -2, 3, -3];
  const shifts = [0, -0.5, 0.5];
  const candidates = shifts.flatMap((shift) =>
    rows.map((step) => ({
      x: clampX(anchor[0] - width / 2 + shift * width),
      y: clampY(anchor[1] - LINE_HEIGHT / 2 + step * LINE_HEIGHT),
      width,
      height: LINE_HEIGHT,
    })),
  );
  const box = candidates.find((candidate) => !placed.some((other) => overlaps(candidate, other))) ?? (candidates[0] as Box);
  placed.push(box);
  return box;
}

function label(box: Box, text: string, className: string): string {
  return `<text${attributes({ class: className, x: round1(box.x + box.width / 2), y: round1(box.y + LINE_HEIGHT * 0.78) })}>${escapeXml(text)}</text>`;
}

/**
 * @param areas Every force (name and slug for labels and links); the topology must have an area for each.
 * @example renderLocator(forces, topology, { focus: 'E23000008', neighbours: ['E23000013'], title, description, idPrefix: 'locator' })
 */
export function renderLocator(areas: readonly LocatorArea[], topology: Topology, options: LocatorOptions): string {
  const { focus, neighbours, width = DEFAULT_WIDTH, idPrefix } = options;
  const href = options.href ?? ((area: LocatorArea) => forcePath(area.slug));
  const byCode = new Map(areas.map((area) => [area.code, area]));
  const focusArea = byCode.get(focus);
  if (focusArea === undefined) throw new Error(`no area ${focus} to focus on`);
  for (const code of neighbours) if (!byCode.has(code)) throw new Error(`no area ${code} among the locator's areas`);

  const height = Math.round(width * HEIGHT_SHARE);
  const frame: Box = { x: 0, y: 0, width, height };
  const tolerance = width * TOLERANCE_PER_WIDTH;
  const projected = projectAreas(topology, width, 0);
  const whole = draw(projected, { scale: 1, dx: 0, dy: 0 }, tolerance);
  const zoom = fit(whole.bounds([focus, ...neighbours]), frame, VIEW_MARGIN);
  const view = draw(projected, zoom, tolerance);
  const inView = (code: string) => overlaps(boxOf(view.bounds([code])), frame);
  const visible = projected.codes.filter(inView);
  const centre = centroids(topology, projected.arcs, projected.areas.geometries as GeometryObject[], projected.codes);

  const clipId = `${idPrefix}-clip`;
  const shape = (drawing: Drawing, code: string) => `<path class="shape" d="${drawing.area(code)}"/>`;
  const role = (code: string) => (code === focus ? 'focus' : neighbours.includes(code) ? 'neighbour' : 'other');
  const areaMarkup = visible.map((code) => {
    const kind = role(code);
    const area = byCode.get(code);
    const data = { class: `area area--${kind}`, 'data-code': code };
    const link = kind === 'neighbour' && area !== undefined ? { 'data-href': href(area) } : {};
    const title = kind === 'neighbour' && area !== undefined ? `<title>${escapeXml(area.name)}</title>` : '';
    return `<g${attributes({ ...data, ...link })}>${title}${shape(view, code)}</g>`;
  });

  // A speck of a focus area (the City of London) gets a ring around it.
  const focusBox = boxOf(view.bounds([focus]));
  const ringRadius = Math.max(focusBox.width, focusBox.height) < width * MIN_FOCUS_SHARE
    ? Math.max(width * MIN_FOCUS_SHARE, Math.hypot(focusBox.width, focusBox.height)) / 2 + 3
    : 0;
  const focusCentre: Point = [focusBox.x + focusBox.width / 2, focusBox.y + focusBox.height / 2];

  // The overview goes in whichever corner hides the least of the focus and its neighbours.
  const overviewWidth = width * OVERVIEW_SHARE;
  const overviewHeight = (projected.height / projected.width) * overviewWidth;
  const keep = [focus, ...neighbours].map((code) => boxOf(view.bounds([code])));
  const corners: Box[] = [
    { x: width - overviewWidth, y: 0, width: overviewWidth, height: overviewHeight },
    { x: 0, y: 0, width: overviewWidth, height: overviewHeight },
    { x: width - overviewWidth, y: height - overviewHeight, width: overviewWidth, height: overviewHeight },
    { x: 0, y: height - overviewHeight, width: overviewWidth, height: overviewHeight },
  ];
  const hidden = (corner: Box) => keep.reduce((sum, box) => sum + overlapArea(corner, box), 0);
  const overviewBox = corners.reduce((best, corner) => (hidden(corner) < hidden(best) ? corner : best));
  const overviewPlacement = fit(whole.bounds(projected.codes), overviewBox, OVERVIEW_PADDING);
  const overview = draw(projected, overviewPlacement, tolerance / 2);
  const [[zx0, zy0], [zx1, zy1]] = [
    place([-zoom.dx / zoom.scale, -zoom.dy / zoom.scale], overviewPlacement),
    place([(width - zoom.dx) / zoom.scale, (height - zoom.dy) / zoom.scale], overviewPlacement),
  ];

  const placed: Box[] = [overviewBox];
  const focusAnchor: Point = ringRadius > 0 ? [focusCentre[0], focusCentre[1] + ringRadius + LINE_HEIGHT / 2 + 2] : place(centre.get(focus) ?? focusCentre, zoom);
  if (ringRadius > 0) placed.push({ x: focusCentre[0] - ringRadius, y: focusCentre[1] - ringRadius, width: 2 * ringRadius, height: 2 * ringRadius });
  const labels = [
    label(placeLabel(focusAnchor, focusArea.name, placed, frame, true), focusArea.name, 'label label--focus'),
    // A neighbour that is a speck at this zoom (the City of London beside the Met) is not labelled: its name
    // would sit across the force around it. It is named in the list of neighbours beside the map.
    ...neighbours.filter((code) => !isSpeck(boxOf(view.bounds([code])))).map((code) => {
      const area = byCode.get(code) as LocatorArea;
      const anchor = clampToBox(place(centre.get(code) ?? [0, 0], zoom), view.bounds([code]), frame);
      return label(placeLabel(anchor, area.name, placed, frame), area.name, 'label');
    }),
  ];

  const named = titleAndDesc(idPrefix, options.title, options.description);
  return [
    `<svg${attributes({ xmlns: 'http://www.w3.org/2000/svg', class: LOCATOR_CLASS, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${named.titleId} ${named.descId}`, 'font-size': FONT_SIZE })}>`,
    named.markup,
    `<defs><clipPath id="${escapeXml(clipId)}"><rect width="${width}" height="${height}"/></clipPath></defs>`,
    `<g clip-path="url(#${escapeXml(clipId)})">`,
    `<rect class="sea" width="${width}" height="${height}"/>`,
    `<g class="areas">${areaMarkup.join('')}</g>`,
    ringRadius > 0 ? `<circle${attributes({ class: 'ring', cx: round1(focusCentre[0]), cy: round1(focusCentre[1]), r: round1(ringRadius) })}/>` : '',
    `</g>`,
    `<g class="labels">${labels.join('')}</g>`,
    `<g class="overview">`,
    `<rect${attributes({ class: 'overview-frame', x: round1(overviewBox.x), y: round1(overviewBox.y), width: round1(overviewBox.width), height: round1(overviewBox.height) })}/>`,
    `<path class="overview-land" d="${overview.outline()}"/>`,
    `<path class="overview-focus" d="${overview.area(focus)}"/>`,
    `<rect${attributes({ class: 'overview-view', x: round1(zx0), y: round1(zy0), width: round1(Math.max(zx1 - zx0, 2)), height: round1(Math.max(zy1 - zy0, 2)) })}/>`,
    `</g>`,
    '</svg>',
  ].join('');
}

/** Smaller than a line of label text each way. */
function isSpeck(box: Box): boolean {
  return Math.max(box.width, box.height) < LINE_HEIGHT;
}

function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** A label anchor inside both the area's bounds and the frame, so a half-visible neighbour is labelled where it shows. */
function clampToBox([x, y]: Point, [[x0, y0], [x1, y1]]: [Point, Point], frame: Box): Point {
  const left = Math.max(x0, frame.x + VIEW_MARGIN);
  const right = Math.min(x1, frame.x + frame.width - VIEW_MARGIN);
  const top = Math.max(y0, frame.y + VIEW_MARGIN);
  const bottom = Math.min(y1, frame.y + frame.height - VIEW_MARGIN);
  return [Math.min(Math.max(x, left), Math.max(left, right)), Math.min(Math.max(y, top), Math.max(top, bottom))];
}
