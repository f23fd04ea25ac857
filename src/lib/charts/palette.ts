// The site's colours as data: one palette per theme, token -> hex. Charts never
// write a colour into their SVG; they emit classes, and CSS maps the classes to
// `var(--chart-<token>)`. Pages declare the variables once per theme with
// cssVariables(); downloadable SVGs embed concrete colours with standaloneStyle(),
// because many SVG tools ignore CSS custom properties.
//
// Every colour that marks something on a chart is at least 3:1 against its
// theme's background (WCAG 1.4.11, non-text contrast), and ink drawn on a fill
// (tile labels) is at least 4.5:1 against it; tests/unit/charts/palette.test.ts
// checks both, and that the special states stay apart from every ramp class
// under simulated colour-vision deficiencies.

export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];

/** Classes of the sequential ramp, lightest-to-darkest in light theme (dimmest-to-brightest in dark). */
export const RAMP_STEPS = 5;

export const TOKENS = [
  'background',
  'text',
  'text-muted',
  /** Focus and hover ring, drawn with a halo in focus-halo so it shows on any fill. */
  'focus',
  'focus-halo',
  // Sequential ramp: one colour-vision-safe ramp (teal to navy in light, blue to
  // pale cyan in dark) whose lightness alone orders the classes.
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
  /** A real zero: a hue the ramp never uses, so it cannot pass for the lowest class. */
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

const LIGHT_RAMP = ['#409eac', '#007f9e', '#006190', '#004580', '#002767'] as const;
const DARK_RAMP = ['#2e72af', '#3695c7', '#54b6d5', '#7bd5e3', '#a6f4f4'] as const;
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
    'seq-2-ink': INK_LIGHT,
    'seq-3-ink': INK_LIGHT,
    'seq-4-ink': INK_LIGHT,
    'seq-5-ink': INK_LIGHT,
    zero: '#c25100',
    'zero-ink': INK_LIGHT,
    'pattern-ink': '#656871',
    'pattern-ground': '#eff0f2',
    border: '#ffffff',
    coast: '#585c64',
    bar: '#3d6a99',
    highlight: '#c25100',
    muted: '#7b838d',
    'series-1': '#3d6a99',
    'series-2': '#c25100',
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
    'seq-2-ink': INK_DARK,
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
    highlight: '#e5853f',
    muted: '#7f8791',
    'series-1': '#6d9fd1',
    'series-2': '#e5853f',
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
