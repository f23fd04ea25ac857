// Every text colour in the built stylesheets, against every background it can
// sit on, in the light and the dark theme, computed from the stylesheets' own
// tokens (tests/support/css-contrast.ts says how a colour finds its
// background): 4.5:1 for text, 3:1 for large text. This holds pairs that no
// sampled page happens to show, such as a zero figure on a card.
import { describe, expect, it } from 'vitest';
import { builtStyleRules, contrastFailures, contrastPairs, SVG_TEXT_ON_OWN_FILL, THEMES } from '../support/css-contrast.ts';
import { distDir } from '../support/dist.ts';

const pairs = contrastPairs(builtStyleRules(distDir));

describe('text contrast from the stylesheet tokens', () => {
  it('finds the text colours, including body text on the page background, in both themes', () => {
    for (const theme of THEMES) {
      expect(pairs.some((pair) => pair.theme === theme && pair.textRule === 'body' && pair.groundRule === 'body')).toBe(true);
      expect(new Set(pairs.filter((pair) => pair.theme === theme).map((pair) => pair.textRule)).size).toBeGreaterThan(20);
    }
  });

  it('every text colour meets 4.5:1 (3:1 when large) on every background it can sit on, light and dark', () => {
    expect(contrastFailures(pairs)).toEqual([]);
  });

  it('leaves out only SVG labels drawn on their own fill, which the palette tests check', () => {
    expect(SVG_TEXT_ON_OWN_FILL.test('.spo-map .q1 .tile-label')).toBe(true);
    expect(pairs.filter((pair) => SVG_TEXT_ON_OWN_FILL.test(pair.textRule))).toEqual([]);
  });
});
