import { describe, expect, test } from 'vitest';
import {
  PALETTES,
  RAMP_STEPS,
  THEMES,
  TOKENS,
  type Token,
  cssVariables,
  standaloneStyle,
} from '../../../src/lib/charts/palette.ts';
import { VISIONS, chroma, colourDistance, contrast, lightness } from './colour-science.ts';

const rampTokens = Array.from({ length: RAMP_STEPS }, (_, i) => `seq-${i + 1}` as Token);
/** Everything that marks an area or a bar by its colour alone: must stand out from the page (WCAG 1.4.11). */
const markTokens: Token[] = ['zero', 'pattern-ink', 'coast', 'focus', 'bar', 'highlight', 'muted', 'series-1', 'series-2', 'area'];
/** Ink on a fill, by the fill it sits on: labels need text contrast (4.5:1). */
const inkPairs: [Token, Token][] = [
  ...rampTokens.map((token): [Token, Token] => [`${token}-ink` as Token, token]),
  ['zero-ink', 'zero'],
  ['text', 'background'],
  ['text-muted', 'background'],
  ['text', 'pattern-ground'],
];

describe.each(THEMES)('PALETTES.%s', (theme) => {
  const palette = PALETTES[theme];

  test('defines every token as a #rrggbb colour', () => {
    for (const token of TOKENS) expect(palette[token], token).toMatch(/^#[0-9a-f]{6}$/);
  });

  test.each(markTokens)('%s has at least 3:1 contrast against the background', (token) => {
    expect(contrast(palette[token], palette.background)).toBeGreaterThanOrEqual(3);
  });

  test('pattern ink has at least 3:1 contrast against the pattern ground, so textures read as marks', () => {
    expect(contrast(palette['pattern-ink'], palette['pattern-ground'])).toBeGreaterThanOrEqual(3);
  });

  test.each(inkPairs)('%s on %s has at least 4.5:1 text contrast', (ink, fill) => {
    expect(contrast(palette[ink], palette[fill])).toBeGreaterThanOrEqual(4.5);
  });

  test('the ramp is ordered by contrast with the background: higher classes stand out more', () => {
    const contrasts = rampTokens.map((token) => contrast(palette[token], palette.background));
    expect(contrasts).toEqual([...contrasts].sort((a, b) => a - b));
  });

  test('the ramp moves in even lightness steps, so no two classes look alike and none jumps', () => {
    const steps = rampTokens.slice(1).map((token, i) => Math.abs(lightness(palette[token]) - lightness(palette[rampTokens[i] as Token])));
    for (const step of steps) expect(step).toBeGreaterThanOrEqual(10);
    expect(Math.max(...steps) / Math.min(...steps)).toBeLessThanOrEqual(1.25);
  });

  test('the lowest class is a visible tint and the top class stands out at 3:1 or more', () => {
    for (const vision of VISIONS) expect(colourDistance(palette['seq-1'], palette.background, vision)).toBeGreaterThanOrEqual(25);
    expect(contrast(palette['seq-5'], palette.background)).toBeGreaterThanOrEqual(3);
  });

  test('the coast that outlines every area has 3:1 contrast with the background, so pale classes keep their shape', () => {
    expect(contrast(palette.coast, palette.background)).toBeGreaterThanOrEqual(3);
  });

  test('no colour other than zero is orange: orange means no applications', () => {
    const orangeish = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
      return r > g + 40 && g > b;
    };
    for (const token of TOKENS.filter((t) => t !== 'zero' && t !== 'zero-ink')) expect(orangeish(palette[token]), token).toBe(false);
    expect(orangeish(palette.zero)).toBe(true);
  });

  test.each(VISIONS)('neighbouring ramp classes stay apart with %s vision', (vision) => {
    for (let i = 1; i < RAMP_STEPS; i++) {
      const [lower, upper] = [rampTokens[i - 1] as Token, rampTokens[i] as Token];
      expect(colourDistance(palette[lower], palette[upper], vision), `${lower} vs ${upper}`).toBeGreaterThanOrEqual(10);
    }
  });

  test.each(VISIONS)('zero is unmistakable for any ramp class with %s vision', (vision) => {
    for (const token of rampTokens) {
      expect(colourDistance(palette.zero, palette[token], vision), `zero vs ${token}`).toBeGreaterThanOrEqual(20);
    }
  });

  test('the pattern ground is a neutral that no ramp class or zero resembles', () => {
    for (const token of [...rampTokens, 'zero'] as Token[]) {
      for (const vision of VISIONS) {
        expect(colourDistance(palette['pattern-ground'], palette[token], vision), `${token} ${vision}`).toBeGreaterThanOrEqual(25);
      }
    }
  });

  test('internal borders are drawn in the background colour', () => {
    expect(palette.border).toBe(palette.background);
  });
});

test('in the dark theme the top class is the strongest colour, a vivid hue and never a near-white that reads as "no data"', () => {
  const dark = PALETTES.dark;
  const contrasts = rampTokens.map((token) => contrast(dark[token], dark.background));
  expect(Math.max(...contrasts)).toBe(contrasts.at(-1));
  expect(lightness(dark['seq-5'])).toBeLessThan(80);
  expect(chroma(dark['seq-5'])).toBeGreaterThanOrEqual(35);
  expect(chroma(dark['seq-5'])).toBeGreaterThan(chroma(dark['seq-1']));
});

describe('cssVariables(theme)', () => {
  test('declares one --chart-<token> property per token with the theme colour', () => {
    const css = cssVariables('dark');
    expect(css.match(/--chart-[a-z0-9-]+:/g)).toHaveLength(TOKENS.length);
    expect(css).toContain(`--chart-zero: ${PALETTES.dark.zero};`);
    expect(css).toContain(`--chart-seq-1: ${PALETTES.dark['seq-1']};`);
  });
});

describe('standaloneStyle(theme, rules)', () => {
  test('bakes concrete colours into the rules and leaves no CSS variables behind', () => {
    const style = standaloneStyle('light', (colour) => `.q1{fill:${colour('seq-1')}}.zero{fill:${colour('zero')}}`);
    expect(style).toMatch(/^<style>.*<\/style>$/);
    expect(style).toContain(`.q1{fill:${PALETTES.light['seq-1']}}`);
    expect(style).toContain(`.zero{fill:${PALETTES.light.zero}}`);
    expect(style).not.toContain('var(');
  });
});
