// How each state of a force's figure is drawn. A value gets a ramp colour by
// class; a real zero gets its own hue; the three kinds of absence get
// textures, so none of them can be read as zero or as a low value.

import { rampStep } from '../classify.ts';
import { attributes } from './markup.ts';

export type MapState = 'value' | 'zero' | 'no_response' | 'not_covered' | 'no_data';
export type MissingState = Exclude<MapState, 'value' | 'zero'>;

/** Legend and reading order of the states that are not values. */
export const STATE_ORDER: readonly Exclude<MapState, 'value'>[] = ['zero', 'no_response', 'not_covered', 'no_data'];

/** Diagonal hatch, dots and horizontal lines, in that order. */
const TEXTURES: Record<MissingState, (size: number) => string> = {
  no_response: (size) =>
    `<rect class="pattern-ground" width="${size}" height="${size}"/><rect class="pattern-ink" width="1.5" height="${size}"/>`,
  not_covered: (size) =>
    `<rect class="pattern-ground" width="${size}" height="${size}"/><circle class="pattern-ink" cx="1.5" cy="1.5" r="1"/><circle class="pattern-ink" cx="4.5" cy="4.5" r="1"/>`,
  no_data: (size) =>
    `<rect class="pattern-ground" width="${size}" height="${size}"/><rect class="pattern-ink" width="${size}" height="1.25"/>`,
};
const TEXTURE_SIZE = 6;

export function isMissingState(state: MapState): state is MissingState {
  return state in TEXTURES;
}

/** `no_response` → `state-no-response` */
export function stateClass(state: MapState): string {
  return `state-${state.replaceAll('_', '-')}`;
}

export function patternId(idPrefix: string, state: MissingState): string {
  return `${idPrefix}-${state.replaceAll('_', '-')}`;
}

/** <pattern> elements for the textures (default all three), ids scoped by idPrefix. */
export function patternDefs(idPrefix: string, states: readonly MissingState[] = Object.keys(TEXTURES) as MissingState[]): string {
  return states
    .map((state) => {
      const rotate = state === 'no_response' ? { patternTransform: 'rotate(45)' } : {};
      return `<pattern${attributes({ id: patternId(idPrefix, state), patternUnits: 'userSpaceOnUse', width: TEXTURE_SIZE, height: TEXTURE_SIZE, ...rotate })}>${TEXTURES[state](TEXTURE_SIZE)}</pattern>`;
    })
    .join('');
}

/** The class list of an area or swatch: "area state-value q3", "area state-zero", … */
export function areaClasses(state: MapState, classIndex: number | null, classCount: number): string {
  const step = state === 'value' && classIndex !== null ? ` q${rampStep(classIndex, classCount)}` : '';
  return `area ${stateClass(state)}${step}`;
}

/** A `fill` attribute pointing at the state's texture; textures cannot be set from shared CSS because their ids differ per chart. */
export function textureFill(idPrefix: string, state: MapState): string | null {
  return isMissingState(state) ? `url(#${patternId(idPrefix, state)})` : null;
}
