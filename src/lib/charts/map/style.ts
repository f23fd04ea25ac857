// The CSS that turns the map's classes into colours. The same rules serve the
// page (colours as var(--chart-*), so light and dark themes follow the page)
// and standalone SVG files (concrete colours via palette.standaloneStyle).

import { RAMP_STEPS, type StyleRules, type Token, cssVar } from '../palette.ts';

/** Class on the root of every map SVG. */
export const MAP_CLASS = 'spo-map';
/** Class on the legend's wrapper; its swatches use the map's area classes. */
export const LEGEND_CLASS = 'map-legend';

const PATTERNED_STATES = ['no-response', 'not-covered', 'no-data'] as const;

/**
 * Map and legend rules against a colour lookup.
 * Lines keep their screen width at any size (non-scaling strokes), so the
 * coast stays a crisp hairline at 320 px and at 1,200 px.
 */
export const mapStyleRules: StyleRules = (colour) => {
  const map = `.${MAP_CLASS}`;
  /** A selector for the map and the legend swatches alike. */
  const fills = (selector: string) => `${map} ${selector},.${LEGEND_CLASS} ${selector}`;
  const line = 'fill:none;vector-effect:non-scaling-stroke;stroke-linejoin:round;pointer-events:none';
  const active = ['a.area:hover', 'a.area:focus-visible', '.area.is-active'];
  return [
    `${map}{display:block;width:100%;height:auto}`,
    // Forty-three equal tiles need no more than this; wider, they only push the page down.
    `${map}--tiles{max-width:36rem;margin-inline:auto}`,
    `${map} .background{fill:${colour('background')}}`,
    `${map} .shape{stroke:none}`,
    ...Array.from({ length: RAMP_STEPS }, (_, i) => {
      const step = i + 1;
      return `${fills(`.q${step} .shape`)}{fill:${colour(`seq-${step}` as Token)}}${map} .q${step} .tile-label{fill:${colour(`seq-${step}-ink` as Token)}}`;
    }),
    `${fills('.state-zero .shape')}{fill:${colour('zero')}}${map} .state-zero .tile-label{fill:${colour('zero-ink')}}`,
    `${fills('.pattern-ground')}{fill:${colour('pattern-ground')}}${fills('.pattern-ink')}{fill:${colour('pattern-ink')}}`,
    // On a texture a label needs a solid halo to stay readable.
    `${PATTERNED_STATES.map((state) => `${map} .state-${state} .tile-label`).join(',')}{fill:${colour('text')};stroke:${colour('pattern-ground')};stroke-width:4px;paint-order:stroke;stroke-linejoin:round}`,
    `${map} .borders{${line};stroke:${colour('border')};stroke-width:.75px}`,
    `${map} .coast{${line};stroke:${colour('coast')};stroke-width:.75px}`,
    `${map} .locator{${line};stroke:${colour('text')};stroke-width:1px}`,
    `${map} .inset-frame{fill:${colour('background')};stroke:${colour('text-muted')};stroke-width:1px;vector-effect:non-scaling-stroke}`,
    `${map} .inset-label{fill:${colour('text')};font-weight:600}`,
    // A ring around an area too small to see or tap (the City of London in the inset); its inside is the hit area.
    `${map} .target{fill:transparent;stroke:${colour('text')};stroke-width:1px;vector-effect:non-scaling-stroke}`,
    // The call-out of an area too small to tap: its box is the hit area, the leader joins it to the ring.
    `${map} .callout-box{fill:transparent;stroke:none}`,
    `${map} .callout-leader{${line};stroke:${colour('text')};stroke-width:1px}`,
    `${map} .callout-label{fill:${colour('text')};pointer-events:none}`,
    `${map} .callout-name{font-weight:600}`,
    `${map} .tile-label{font-weight:600;text-anchor:middle;dominant-baseline:central;pointer-events:none}`,
    `${map} a.area{cursor:pointer;outline:none}`,
    `${active.map((state) => `${map} ${state} .shape,${map} ${state} .target,${map} ${state} .callout-box`).join(',')}{stroke:${colour('focus')};stroke-width:2.5px;vector-effect:non-scaling-stroke;filter:drop-shadow(0 0 1px ${colour('focus-halo')}) drop-shadow(0 0 1px ${colour('focus-halo')})}`,
    `.${LEGEND_CLASS}__items{list-style:none;margin:0;padding:0;max-width:none}`,
    // The stepped key: equal steps side by side, touching, each range under its colour.
    `.${LEGEND_CLASS}__steps{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(0,1fr);max-width:34rem}`,
    `.${LEGEND_CLASS}__steps .${LEGEND_CLASS}__item{display:flex;flex-direction:column;gap:.2rem;line-height:1.25}`,
    `.${LEGEND_CLASS}__steps .${LEGEND_CLASS}__swatch{display:block;width:100%;height:.9rem}`,
    `.${LEGEND_CLASS}__steps .${LEGEND_CLASS}__text{padding-right:.35rem;border-left:1px solid ${colour('text-muted')};padding-left:.25rem}`,
    `.${LEGEND_CLASS}__steps .${LEGEND_CLASS}__label{display:block;font-weight:600}`,
    `.${LEGEND_CLASS}__steps .${LEGEND_CLASS}__count{display:block;font-size:.8rem}`,
    `.${LEGEND_CLASS}__states{display:flex;flex-wrap:wrap;gap:.35rem 1.25rem;margin-top:.6rem}`,
    `.${LEGEND_CLASS}__states .${LEGEND_CLASS}__item{display:flex;align-items:center;gap:.4rem}`,
    `.${LEGEND_CLASS}__states .${LEGEND_CLASS}__swatch{flex:none;width:1.75rem;height:1.1rem}`,
    `.${LEGEND_CLASS}__states .${LEGEND_CLASS}__swatch .shape{stroke:${colour('coast')};stroke-width:1px;vector-effect:non-scaling-stroke}`,
    `.${LEGEND_CLASS}__count{color:${colour('text-muted')};font-variant-numeric:tabular-nums}`,
  ].join('');
};

/** The map rules for the page stylesheet, with colours from the --chart-* variables. */
export function mapCss(): string {
  return mapStyleRules(cssVar);
}
