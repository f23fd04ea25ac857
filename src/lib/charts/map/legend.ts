// The map's key as HTML lists (readable by screen readers as lists, text
// stays text). The value classes form a horizontal stepped key, palest to
// darkest, each step with its range under it: an ordered list, because the
// order is the point. The states that are not values (no applications, no
// response, not covered, no figure) follow as a list of their own, apart
// from the steps, so none of them reads as a point on the scale. Counts come
// from the same MapDatum[] the map is drawn from, so key and map cannot
// disagree.
//
// Which entries appear: every value class, then zero, no response and not
// covered always, each with its count, because "0 forces did not respond" is
// itself a finding; "no figure" (no_data) only when some force has it, since
// most metrics never produce it.

import { mapCopy } from '../../copy/map.ts';
import type { MapDatum } from '../map.ts';
import { attributes, escapeXml } from './markup.ts';
import { type MapState, STATE_ORDER, areaClasses, isMissingState, patternDefs, textureFill } from './states.ts';
import { LEGEND_CLASS } from './style.ts';

export interface LegendOptions {
  /** Labels of the value classes, lowest first: the same list given to renderMap. */
  classes: readonly string[];
  /** Prefix for ids inside the swatches; unique on the page. */
  idPrefix: string;
  /** Heading for the list, e.g. the metric and its unit; also names the list for assistive technology. */
  title?: string;
  /** Wording of the state entries; defaults from mapCopy.stateLabel. */
  stateLabels?: Partial<Record<Exclude<MapState, 'value'>, string>>;
  /** States listed even when no force has them. Default zero, no_response and not_covered. */
  alwaysShow?: readonly Exclude<MapState, 'value'>[];
}

const SWATCH_WIDTH = 28;
const SWATCH_HEIGHT = 18;

/**
 * The legend for one map.
 *
 * @param areas The data given to renderMap.
 * @returns HTML: an optional title and a <ul> of swatch, label and force count.
 * @example renderLegend(areas, { classes, idPrefix: 'map-rate-legend', title: 'Applications per 1,000 offences' })
 */
export function renderLegend(areas: readonly MapDatum[], options: LegendOptions): string {
  const { classes, idPrefix, title, alwaysShow = ['zero', 'no_response', 'not_covered'] } = options;
  const stateLabels = { ...mapCopy.stateLabel, ...options.stateLabels };
  const classCount = classes.length;
  const countWhere = (match: (datum: MapDatum) => boolean) => areas.filter(match).length;

  const valueItems = classes.map((label, index) =>
    item(label, countWhere((d) => d.state === 'value' && d.classIndex === index), 'value', index, classCount, idPrefix),
  );
  const stateItems = STATE_ORDER.map((state) => ({ state, count: countWhere((d) => d.state === state) }))
    .filter(({ state, count }) => count > 0 || alwaysShow.includes(state))
    .map(({ state, count }) => item(stateLabels[state], count, state, null, classCount, idPrefix));

  const titleId = `${idPrefix}-title`;
  const labelledBy = title === undefined ? null : titleId;
  const heading = title === undefined ? '' : `<p${attributes({ class: `${LEGEND_CLASS}__title`, id: titleId })}>${escapeXml(title)}</p>`;
  const steps = `<ol${attributes({ class: `${LEGEND_CLASS}__items ${LEGEND_CLASS}__steps`, 'aria-labelledby': labelledBy, 'data-steps': classCount })}>${valueItems.join('')}</ol>`;
  const states =
    stateItems.length === 0 ? '' : `<ul${attributes({ class: `${LEGEND_CLASS}__items ${LEGEND_CLASS}__states`, 'aria-labelledby': labelledBy })}>${stateItems.join('')}</ul>`;
  return `<div class="${LEGEND_CLASS}">${heading}${steps}${states}</div>`;
}

function item(label: string, count: number, state: MapState, classIndex: number | null, classCount: number, idPrefix: string): string {
  const swatch = [
    // A step of the key stretches to its share of the width; the swatch's fill is flat, so stretching it distorts nothing.
    `<svg${attributes({ class: `${LEGEND_CLASS}__swatch`, viewBox: `0 0 ${SWATCH_WIDTH} ${SWATCH_HEIGHT}`, preserveAspectRatio: state === 'value' ? 'none' : null, 'aria-hidden': 'true', focusable: 'false' })}>`,
    isMissingState(state) ? `<defs>${patternDefs(idPrefix, [state])}</defs>` : '',
    `<g${attributes({ class: areaClasses(state, classIndex, classCount) })}>`,
    `<rect${attributes({ class: 'shape', fill: textureFill(idPrefix, state), width: SWATCH_WIDTH, height: SWATCH_HEIGHT, rx: state === 'value' ? 0 : 2 })}/>`,
    '</g></svg>',
  ].join('');
  return `<li${attributes({ class: `${LEGEND_CLASS}__item`, 'data-state': state, 'data-class': classIndex })}>${swatch}<span class="${LEGEND_CLASS}__text"><span class="${LEGEND_CLASS}__label">${escapeXml(label)}</span> <span class="${LEGEND_CLASS}__count">${escapeXml(mapCopy.forceCount(count))}</span></span></li>`;
}
