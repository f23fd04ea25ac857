// The site's colours as data: one palette per theme, token -> hex. Charts never
// write a colour into their SVG; they emit classes, and CSS maps the classes to
// `var(--chart-<token>)`. Pages declare the variables once per theme with
// cssVariables(); downloadable SVGs embed concrete colours with standaloneStyle(),
// because many SVG tools ignore CSS custom properties.
//
// Every colour that marks something on a chart on its own (bars, dots, lines,
// the zero hue, textures, the coast) is at least 3:1 against its theme's
// background (WCAG 1.4.11, non-text contrast). The map's sequential ramp runs
// from a pale tint to a dark shade in even lightness steps, as newsroom
// choropleths do: its pale classes need not reach 3:1 because no area is told
// by its fill alone (the coast outlines the land, and every area's value is in
// its name, the panel, the key and the table). Ink drawn on a fill (tile
// labels) is at least 4.5:1 against it. tests/unit/charts/map-palette.test.ts
// checks all of this, and that the special states stay apart from every ramp
// class under simulated colour-vision deficiencies.
//
// Orange means "no applications" and nothing else: the zero token. A selected
// force (locators, strips) and a second series take neutral accents.

export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];

/** Classes of the sequential ramp, palest-to-darkest in light theme (dimmest-to-strongest in dark). */
export const RAMP_STEPS = 5;

export const TOKENS = [
  'background',
  'text',
  'text-muted',
  /** Focus and hover ring, drawn with a halo in focus-halo so it shows on any fill. */
  'focus',
  'focus-halo',
  // Sequential ramp in one blue hue: pale tint to dark navy in light; in dark,
  // from a dim navy near the background to a vivid sky blue, so the top class
  // stays the strongest colour and never turns near-white (which reads as
  // "no data"). Lightness alone orders the classes, in even steps.
  'seq-1',
  'seq-2',
  'seq-3',
  'seq-4',
  'seq-5',
  // Text drawn on each ramp class (tile labels).
  'seq-1-ink',
  'seq-2-ink',
  'seq-3-ink',
  'seq-4-ink',
  'seq-5-ink',
  /** No applications (a real zero): orange, a hue the ramp never uses and nothing else on the site takes. */
  'zero',
  'zero-ink',
  // No response, not covered and no data are textures (hatch, dots, lines) in
  // pattern-ink on pattern-ground: absence reads as absence, never as a colour.
  'pattern-ink',
  'pattern-ground',
  /** Internal borders between areas: the background colour, so areas separate cleanly. */
  'border',
  /** Coastline and the outline of the London inset. */
  'coast',
  // Tokens the Plot charts use (src/lib/charts/plot.ts COLOUR).
  'bar',
  'highlight',
  'muted',
  'series-1',
  'series-2',
  'area',
] as const;

export type Token = (typeof TOKENS)[number];
export type Palette = Readonly<Record<Token, string>>;

/** CIE L* 84, 69, 55, 41, 27 at hue 265°: even steps from a pale tint to a dark shade. */
const LIGHT_RAMP = ['#b2d5fe', '#71ade9', '#0b8ad3', '#05659d', '#01436a'] as const;
/** CIE L* 31, 42, 53, 64, 75 with chroma rising from 30 to 62: dim navy to vivid sky blue. */
const DARK_RAMP = ['#194b78', '#0167a5', '#0185c7', '#07a5e8', '#52c4ff'] as const;
const INK_DARK = '#111111';
const INK_LIGHT = '#ffffff';

export const PALETTES: Readonly<Record<Theme, Palette>> = {
  light: {
    background: '#ffffff',
    text: '#1b1c1f',
    'text-muted': '#585c64',
    focus: '#111111',
    'focus-halo': '#ffffff',
    'seq-1': LIGHT_RAMP[0],
    'seq-2': LIGHT_RAMP[1],
    'seq-3': LIGHT_RAMP[2],
    'seq-4': LIGHT_RAMP[3],
    'seq-5': LIGHT_RAMP[4],
    'seq-1-ink': INK_DARK,
    'seq-2-ink': INK_DARK,
    'seq-3-ink': INK_DARK,
    'seq-4-ink': INK_LIGHT,
    'seq-5-ink': INK_LIGHT,
    zero: '#c25100',
    'zero-ink': INK_LIGHT,
    'pattern-ink': '#656871',
    'pattern-ground': '#f4f2ee',
    border: '#ffffff',
    coast: '#585c64',
    bar: '#3d6a99',
    highlight: '#1b1c1f',
    muted: '#7b838d',
    'series-1': '#3d6a99',
    'series-2': '#3b3f46',
    area: '#3d6a99',
  },
  dark: {
    background: '#15171a',
    text: '#ececef',
    'text-muted': '#a4a8b0',
    focus: '#ffffff',
    'focus-halo': '#15171a',
    'seq-1': DARK_RAMP[0],
    'seq-2': DARK_RAMP[1],
    'seq-3': DARK_RAMP[2],
    'seq-4': DARK_RAMP[3],
    'seq-5': DARK_RAMP[4],
    'seq-1-ink': INK_LIGHT,
    'seq-2-ink': INK_LIGHT,
    'seq-3-ink': INK_DARK,
    'seq-4-ink': INK_DARK,
    'seq-5-ink': INK_DARK,
    zero: '#e5853f',
    'zero-ink': INK_DARK,
    'pattern-ink': '#787f88',
    'pattern-ground': '#25282d',
    border: '#15171a',
    coast: '#a4a8b0',
    bar: '#6d9fd1',
    highlight: '#ececef',
    muted: '#7f8791',
    'series-1': '#6d9fd1',
    'series-2': '#d5d8dd',
    area: '#6d9fd1',
  },
};

/** The CSS custom property that carries a token: `--chart-<token>`. */
export function cssVariableName(token: Token): string {
  return `--chart-${token}`;
}

/** A reference to a token for page CSS: `var(--chart-<token>)`. */
export function cssVar(token: Token): string {
  return `var(${cssVariableName(token)})`;
}

/**
 * CSS rules written against a colour lookup, so the same rules serve the page
 * (with `cssVar`) and standalone SVG files (with concrete hex values).
 */
export type StyleRules = (colour: (token: Token) => string) => string;

/**
 * The custom-property declarations for one theme, for a page stylesheet to put
 * inside `:root { … }` (and a dark-theme selector or media query).
 *
 * @example `:root { ${cssVariables('light')} }`
 * @returns Declarations only, e.g. "--chart-background: #ffffff; --chart-text: #1b1c1f; …".
 */
export function cssVariables(theme: Theme): string {
  const palette = PALETTES[theme];
  return TOKENS.map((token) => `${cssVariableName(token)}: ${palette[token]};`).join(' ');
}

const STANDALONE_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

/**
 * A `<style>` element with concrete colours, for an SVG that has to look right
 * outside the site (downloads, embeds in other tools).
 *
 * @param theme Which palette to bake in.
 * @param rules The chart's rules, e.g. mapStyleRules from ./map/style.ts.
 * @example standaloneStyle('light', mapStyleRules)
 */
export function standaloneStyle(theme: Theme, rules: StyleRules): string {
  const palette = PALETTES[theme];
  const root = `svg{font-family:${STANDALONE_FONT};color:${palette.text}}`;
  return `<style>${root}${rules((token) => palette[token])}</style>`;
}
