// The choropleth of the 43 police force areas, as an SVG string built at
// build time. Two layouts: the real geography ('geo', transverse Mercator
// about 2°W like the British National Grid, with a London inset), and an
// equal-area tile grid ('tiles', one square per force).
//
// Accessibility and interaction (a client script may build on these; the
// map is complete without it):
// - The root is role="group" named by its <title> and described by its
//   <desc>, not role="img": it contains links, and role="img" would hide them
//   from assistive technology.
// - Every force is exactly one link, <a class="area" href="/forces/<slug>/">,
//   named by its <title> ("Name: value"), which is also the hover tooltip
//   without JS. No aria-label as well: browsers would then expose the title
//   again as the description, and screen readers read it twice. Tab order
//   follows the order of `areas`, then the inset.
// - In the geo layout the inset's Met and City are the links; their shapes
//   on the main map, where the City is a speck, are drawn as aria-hidden
//   <g class="area"> copies that carry the same data attributes and tooltip,
//   so hovering either highlights the force without adding a second tab stop.
// - Areas too small to see or tap in the inset get a ring (class "target")
//   whose inside is part of the link, and a labelled call-out under the
//   inset ("City of London" / "Not covered") whose box is part of the link
//   too: at least 44 × 44 px on a 375 px phone, where the map is 343 px wide.
// - data-code, data-slug, data-name, data-state, data-label and (when there is
//   a number) data-value sit on every area element, link or copy.

import { type MapLayout, forcePath } from '../views/routes.ts';
import type { Topology } from 'topojson-specification';
import { mapCopy } from '../copy/map.ts';
import type { ForceCode } from '../data/types.ts';
import { type Drawing, IDENTITY, type ProjectedAreas, draw, projectAreas } from './map/geometry.ts';
import { attributes, escapeXml, round1, titleAndDesc } from './map/markup.ts';
import { type MapState, areaClasses, patternDefs, textureFill } from './map/states.ts';
import { MAP_CLASS, mapStyleRules } from './map/style.ts';
import type { TileCell } from '../data/tile-grid.ts';
import { RAMP_STEPS, type Theme, standaloneStyle } from './palette.ts';
import type { ChartOptions } from './plot.ts';

export type { MapState } from './map/states.ts';
export { type TileCell, parseTileGrid } from '../data/tile-grid.ts';
export { type LegendOptions, renderLegend } from './map/legend.ts';
export { LEGEND_CLASS, MAP_CLASS, mapCss, mapStyleRules } from './map/style.ts';

/** One force on the map. */
export interface MapDatum {
  code: ForceCode;
  name: string;
  slug: string;
  /** The number behind the colour; 0 for a zero; null for every other state (never 0 for a missing figure). */
  value: number | null;
  state: MapState;
  /** The value or state as a reader sees it: "4.2 per 1,000 offences", "No response". */
  label: string;
  /** Position in options.classes when state is 'value'; null otherwise. */
  classIndex: number | null;
}

export type { MapLayout };

/** Areas to show enlarged in a box over the sea, top left. */
export interface InsetOptions {
  codes: readonly ForceCode[];
  label: string;
}

export const LONDON_INSET: InsetOptions = {
  codes: ['E23000001', 'E23000034'],
  label: mapCopy.londonInset,
};

export interface MapOptions extends Pick<ChartOptions, 'title' | 'description' | 'idPrefix'> {
  layout?: MapLayout;
  /** viewBox width; the SVG scales to its container (CSS width:100%). Default DEFAULT_MAP_WIDTH. */
  width?: number;
  /** Metric id, written to data-metric for the page script. */
  metric: string;
  /** Legend labels of the value classes, lowest first (at most RAMP_STEPS). */
  classes: readonly string[];
  /** Required for the tiles layout: data/geo/tile-grid.csv, parsed. */
  tileGrid?: readonly TileCell[];
  /** Geo layout only. Default LONDON_INSET; null for none. */
  inset?: InsetOptions | null;
  /** Link target of a force. Default `/forces/<slug>/`. */
  href?: (datum: MapDatum) => string;
  /** Bake in one theme's colours (and a background) for an SVG used outside the site. */
  standalone?: Theme | null;
}

export const DEFAULT_MAP_WIDTH = 600;

/** Space around the drawing, in viewBox units. */
const PADDING = 8;
/**
 * Simplification tolerance as a share of the width: 1.2 viewBox units, about 1.4 px where the map is drawn
 * widest (some 700 px on a desktop) and under 1 px on a phone. Finer lines weigh more than the rest of the
 * home page put together and cannot be told apart at these sizes.
 */
const TOLERANCE_PER_WIDTH = 1 / 500;
/** The inset box is this share of the width; its height follows the inset's shape. */
const INSET_WIDTH_SHARE = 0.33;
const INSET_MARGIN = 8;
const INSET_LABEL_SIZE = 15;
/** An inset area smaller than this (viewBox units, at the default width) gets a ring to see and tap it by. */
const MIN_TARGET_SHARE = 0.04;
/** A call-out's box: 44 px on a 375 px phone, where the map is drawn 343 px wide, as a share of the width. */
const CALLOUT_HEIGHT_SHARE = 44 / 343;
const CALLOUT_LABEL_SIZE = 15;
/** Rough width of a character of the call-out's label, in ems, to wrap it inside the inset. */
const CALLOUT_CHAR_EM = 0.55;
const LOCATOR_MARGIN = 3;
const TILE_GAP = 3;
const TILE_LABEL_SHARE = 0.27;

/**
 * Draws the choropleth.
 *
 * @param areas One datum per force; the set of codes must equal the topology's (geo) or the tile grid's (tiles).
 * @param topology The police force areas TopoJSON (object "police_force_areas").
 * @param options Layout, width, labels, id prefix, classes and (for tiles) the grid.
 * @returns SVG markup.
 * @example renderMap(areas, topology, { metric: 'apps-per-offences', title, description, idPrefix: 'map-rate', classes })
 */
export function renderMap(areas: readonly MapDatum[], topology: Topology, options: MapOptions): string {
  const { layout = 'geo', width = DEFAULT_MAP_WIDTH, idPrefix, standalone = null } = options;
  checkAreas(areas, options.classes.length);
  const body = layout === 'geo' ? geoBody(areas, topology, options, width) : tilesBody(areas, options, width);
  const named = titleAndDesc(idPrefix, options.title, options.description);
  const size = standalone ? { width, height: body.height } : {};
  return [
    `<svg${attributes({
      xmlns: 'http://www.w3.org/2000/svg',
      class: `${MAP_CLASS} ${MAP_CLASS}--${layout}`,
      viewBox: `0 0 ${width} ${body.height}`,
      ...size,
      role: 'group',
      'aria-labelledby': named.titleId,
      'aria-describedby': named.descId,
      'data-metric': options.metric,
      'data-layout': layout,
    })}>`,
    named.markup,
    standalone ? standaloneStyle(standalone, mapStyleRules) : '',
    `<defs>${patternDefs(idPrefix)}</defs>`,
    standalone ? `<rect class="background" width="${width}" height="${body.height}"/>` : '',
    body.markup,
    '</svg>',
  ].join('');
}

interface Body {
  markup: string;
  height: number;
}

function checkAreas(areas: readonly MapDatum[], classCount: number): void {
  if (classCount > RAMP_STEPS) throw new Error(`the map has ${RAMP_STEPS} colours for classes, got ${classCount} classes`);
  const seen = new Set<string>();
  for (const datum of areas) {
    const where = `${datum.name} (${datum.code})`;
    if (seen.has(datum.code)) throw new Error(`${where} appears twice in the map data`);
    seen.add(datum.code);
    const { state, value, classIndex } = datum;
    if (state === 'value') {
      if (value === null || !Number.isFinite(value)) throw new Error(`${where} has state value but no number`);
      if (classIndex === null || !Number.isInteger(classIndex) || classIndex < 0 || classIndex >= classCount) {
        throw new Error(`${where} has class ${classIndex}; expected 0 to ${classCount - 1}`);
      }
    } else if (classIndex !== null) {
      throw new Error(`${where} is ${state} but has class ${classIndex}; only values are classed`);
    } else if (state === 'zero' ? value !== 0 : value !== null) {
      throw new Error(`${where} is ${state} with value ${value}; a zero carries 0 and a missing figure carries null`);
    }
  }
}

function checkCodes(areas: readonly MapDatum[], expected: readonly string[], what: string): void {
  const given = new Set(areas.map((datum) => datum.code));
  const wanted = new Set(expected);
  const missing = expected.filter((code) => !given.has(code));
  const extra = [...given].filter((code) => !wanted.has(code));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(`map data and ${what} disagree: no datum for [${missing.join(', ')}]; not in ${what}: [${extra.join(', ')}]`);
  }
}

interface AreaContext {
  idPrefix: string;
  classCount: number;
  href: (datum: MapDatum) => string;
}

/** An area as a link (the one focusable element per force) or as an aria-hidden copy. */
function areaElement(datum: MapDatum, shapes: string, interactive: boolean, context: AreaContext): string {
  const label = mapCopy.areaLabel(datum.name, datum.label);
  const data = {
    class: areaClasses(datum.state, datum.classIndex, context.classCount),
    'data-code': datum.code,
    'data-slug': datum.slug,
    'data-name': datum.name,
    'data-state': datum.state,
    'data-value': datum.value,
    'data-label': datum.label,
  };
  const title = `<title>${escapeXml(label)}</title>`;
  return interactive
    ? `<a${attributes({ ...data, href: context.href(datum) })}>${title}${shapes}</a>`
    : `<g${attributes({ ...data, 'aria-hidden': 'true' })}>${title}${shapes}</g>`;
}

function shapePath(datum: MapDatum, d: string, idPrefix: string): string {
  return `<path${attributes({ class: 'shape', fill: textureFill(idPrefix, datum.state), d })}/>`;
}

function areaContext(options: MapOptions): AreaContext {
  return {
    idPrefix: options.idPrefix,
    classCount: options.classes.length,
    href: options.href ?? ((datum) => forcePath(datum.slug)),
  };
}

function geoBody(areas: readonly MapDatum[], topology: Topology, options: MapOptions, width: number): Body {
  const projected = projectAreas(topology, width, PADDING);
  checkCodes(areas, projected.codes, 'the topology');
  const tolerance = width * TOLERANCE_PER_WIDTH;
  const main = draw(projected, IDENTITY, tolerance);
  const context = areaContext(options);
  const inset = options.inset === undefined ? LONDON_INSET : options.inset;
  const insetCodes = new Set(inset?.codes.filter((code) => projected.codes.includes(code)) ?? []);

  const mainAreas = areas
    .map((datum) => areaElement(datum, shapePath(datum, main.area(datum.code), context.idPrefix), !insetCodes.has(datum.code), context))
    .join('');
  const parts = [
    `<g class="areas">${mainAreas}</g>`,
    `<path class="borders" d="${main.borders()}"/>`,
    `<path class="coast" d="${main.outline()}"/>`,
  ];
  if (inset && insetCodes.size > 0) {
    parts.push(insetMarkup(areas.filter((datum) => insetCodes.has(datum.code)), projected, main, inset, { width, tolerance, context }));
  }
  return { markup: parts.join(''), height: projected.height };
}

function insetMarkup(
  insetAreas: readonly MapDatum[],
  projected: ProjectedAreas,
  main: Drawing,
  inset: InsetOptions,
  { width, tolerance, context }: { width: number; tolerance: number; context: AreaContext },
): string {
  const codes = insetAreas.map((datum) => datum.code);
  const [[x0, y0], [x1, y1]] = main.bounds(codes);
  const boxX = PADDING;
  const boxY = PADDING;
  const boxWidth = round1(width * INSET_WIDTH_SHARE);
  const labelSpace = INSET_LABEL_SIZE + INSET_MARGIN;
  const scale = (boxWidth - 2 * INSET_MARGIN) / Math.max(x1 - x0, 1e-9);
  const drawnBottom = round1(boxY + labelSpace + (y1 - y0) * scale);
  const placement = {
    scale,
    dx: boxX + INSET_MARGIN - x0 * scale,
    dy: boxY + labelSpace - y0 * scale,
  };
  const drawing = draw(projected, placement, tolerance);
  const inInset = (code: string) => codes.includes(code);
  const minTarget = width * MIN_TARGET_SHARE;
  const calloutHeight = round1(width * CALLOUT_HEIGHT_SHARE);

  let calloutTop = drawnBottom + INSET_MARGIN;
  const links = insetAreas.map((datum) => {
    const [[ax, ay], [bx, by]] = drawing.bounds([datum.code]);
    const small = Math.max(bx - ax, by - ay) < minTarget;
    if (!small) return areaElement(datum, shapePath(datum, drawing.area(datum.code), context.idPrefix), true, context);
    const cx = round1((ax + bx) / 2);
    const cy = round1((ay + by) / 2);
    const r = round1(Math.max(minTarget / 2, Math.hypot(bx - ax, by - ay) / 2 + 3));
    const box = { x: boxX, y: round1(calloutTop), width: boxWidth, height: calloutHeight };
    calloutTop += calloutHeight;
    const ring = `<circle${attributes({ class: 'target', cx, cy, r })}/>`;
    return areaElement(datum, shapePath(datum, drawing.area(datum.code), context.idPrefix) + ring + callout(datum, { cx, cy, r }, box), true, context);
  });
  const boxHeight = round1(calloutTop - boxY);
  return [
    `<rect${attributes({ class: 'locator', x: round1(x0 - LOCATOR_MARGIN), y: round1(y0 - LOCATOR_MARGIN), width: round1(x1 - x0 + 2 * LOCATOR_MARGIN), height: round1(y1 - y0 + 2 * LOCATOR_MARGIN) })}/>`,
    `<g class="inset">`,
    `<rect${attributes({ class: 'inset-frame', x: boxX, y: boxY, width: boxWidth, height: boxHeight })}/>`,
    `<text${attributes({ class: 'inset-label', x: boxX + INSET_MARGIN, y: round1(boxY + INSET_MARGIN + INSET_LABEL_SIZE * 0.8), 'font-size': INSET_LABEL_SIZE })}>${escapeXml(inset.label)}</text>`,
    `<g class="areas">${links.join('')}</g>`,
    `<path class="borders" d="${drawing.borders(inInset)}"/>`,
    `<path class="coast" d="${drawing.outline(inInset)}"/>`,
    `</g>`,
  ].join('');
}

/**
 * The call-out of an area too small to tap: its name and value in a box under
 * the inset, joined to its ring by a leader line. The box is transparent but
 * part of the area's link, so it is the area's tap target. The words are for
 * the eye; the link is named by its <title>.
 */
function callout(datum: MapDatum, ring: { cx: number; cy: number; r: number }, box: { x: number; y: number; width: number; height: number }): string {
  const maxChars = Math.max(8, Math.floor((box.width - 2 * INSET_MARGIN) / (CALLOUT_LABEL_SIZE * CALLOUT_CHAR_EM)));
  const lines = [datum.name, ...wrapWords(datum.label, maxChars)];
  const lineHeight = CALLOUT_LABEL_SIZE * 1.15;
  const firstBaseline = round1(box.y + (box.height - lineHeight * lines.length) / 2 + CALLOUT_LABEL_SIZE * 0.85);
  const x = box.x + INSET_MARGIN;
  const tspans = lines
    .map((line, i) => `<tspan${attributes({ x, y: round1(firstBaseline + i * lineHeight), class: i === 0 ? 'callout-name' : null })}>${escapeXml(line)}</tspan>`)
    .join('');
  return [
    `<rect${attributes({ class: 'callout-box', ...box })}/>`,
    `<path${attributes({ class: 'callout-leader', d: `M${ring.cx},${round1(ring.cy + ring.r)}V${round1(box.y + 2)}` })}/>`,
    `<text${attributes({ class: 'callout-label', 'font-size': CALLOUT_LABEL_SIZE, 'aria-hidden': 'true' })}>${tspans}</text>`,
  ].join('');
}

/** Words into lines of at most maxChars characters (a longer word gets a line of its own). */
function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function tilesBody(areas: readonly MapDatum[], options: MapOptions, width: number): Body {
  const grid = options.tileGrid;
  if (!grid) throw new Error('the tiles layout needs options.tileGrid (data/geo/tile-grid.csv)');
  checkCodes(areas, grid.map((cell) => cell.code), 'the tile grid');
  const cellByCode = new Map(grid.map((cell) => [cell.code, cell]));
  const columns = Math.max(...grid.map((cell) => cell.col)) + 1;
  const rows = Math.max(...grid.map((cell) => cell.row)) + 1;
  const size = (width - 2 * PADDING) / columns;
  const context = areaContext(options);
  const fontSize = round1(size * TILE_LABEL_SHARE);

  const tiles = areas.map((datum) => {
    const cell = cellByCode.get(datum.code) as TileCell;
    const x = PADDING + cell.col * size;
    const y = PADDING + cell.row * size;
    const square = `<rect${attributes({ class: 'shape', fill: textureFill(context.idPrefix, datum.state), x: round1(x + TILE_GAP / 2), y: round1(y + TILE_GAP / 2), width: round1(size - TILE_GAP), height: round1(size - TILE_GAP), rx: 2 })}/>`;
    // The abbreviation is for the eye; the link is already named in full by its title.
    const label = `<text${attributes({ class: 'tile-label', x: round1(x + size / 2), y: round1(y + size / 2), 'aria-hidden': 'true' })}>${escapeXml(cell.abbr)}</text>`;
    return areaElement(datum, square + label, true, context);
  });
  return {
    markup: `<g class="areas" font-size="${fontSize}">${tiles.join('')}</g>`,
    height: Math.ceil(rows * size + 2 * PADDING),
  };
}
