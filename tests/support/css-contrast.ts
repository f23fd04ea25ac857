// Text contrast computed from the built stylesheets' own tokens, in the light
// and the dark theme, for every text colour the CSS declares and every
// background that text can sit on. It needs no page to show the pair: a zero
// figure on a card's surface is checked even if no sampled page has one.
//
// How a text colour finds its background:
// - a rule that sets both `color` and `background` is checked as that pair;
// - a rule that sets only `color` is checked against the background of the
//   nearest ancestor its selector names (".site-header a" -> ".site-header"),
//   or, when it names none, against every ground: the page background and
//   every background that a rule sets without a colour (cards, panels, the
//   footer), since it could sit on any of them;
// - the colour of body (which every element inherits) is checked on every ground.
// Text at 24 px, or 18.66 px and bold, needs 3:1; any other text 4.5:1 (WCAG 1.4.3).
// Sizes given in em or % are not known here, so such text is held to 4.5:1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type AtRule, type Container, type Rule } from 'postcss';
import { siteFiles } from '../../src/integrations/security-headers.ts';
import { contrast } from '../unit/charts/colour-science.ts';

export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];

const ROOT_FONT_PX = 16;
const LARGE_PX = 24;
const LARGE_BOLD_PX = 18.66;

interface StyleRule {
  selector: string;
  declarations: Map<string, string>;
  /** Conditions of the @media blocks around the rule, outermost first. */
  media: string[];
}

export interface ContrastPair {
  theme: Theme;
  /** The rule whose text colour this is, and the rule whose background it sits on. */
  textRule: string;
  groundRule: string;
  text: string;
  ground: string;
  ratio: number;
  required: number;
}

/** Every style rule of every stylesheet in a built site, one per selector. */
export function builtStyleRules(siteDir: string): StyleRule[] {
  return siteFiles(siteDir)
    .filter((file) => file.endsWith('.css'))
    .sort()
    .flatMap((file) => styleRules(readFileSync(join(siteDir, file), 'utf8')));
}

export function styleRules(css: string): StyleRule[] {
  const rules: StyleRule[] = [];
  const walk = (container: Container, media: string[]) => {
    for (const node of container.nodes ?? []) {
      if (node.type === 'atrule') {
        const atRule = node as AtRule;
        // Keyframes are not selectors; print styles are not what a reader sees on screen.
        if (atRule.name === 'media' && !/^\s*print\s*$/.test(atRule.params)) walk(atRule, [...media, atRule.params]);
        else if (atRule.name === 'supports' || atRule.name === 'layer') walk(atRule, media);
      } else if (node.type === 'rule') {
        const rule = node as Rule;
        const declarations = new Map<string, string>();
        rule.walkDecls((declaration) => {
          if (declaration.parent === rule) declarations.set(declaration.prop.toLowerCase(), declaration.value.trim());
        });
        for (const selector of rule.selectors) rules.push({ selector: selector.trim(), declarations, media });
      }
    }
  };
  walk(postcss.parse(css), []);
  return rules;
}

/**
 * Whether a rule can hold in a theme: colour-scheme queries must match it (width and other
 * queries may hold), and so must a data-theme the selector asks for (outside :not()).
 */
function appliesIn(rule: Pick<StyleRule, 'media' | 'selector'>, theme: Theme): boolean {
  const schemes = rule.media.map((condition) => /prefers-color-scheme:\s*(light|dark)/.exec(condition)?.[1]);
  const asked = /(?<!:not\()\[data-theme=['"]?(light|dark)['"]?\]/.exec(rule.selector)?.[1];
  return schemes.every((scheme) => scheme === undefined || scheme === theme) && (asked === undefined || asked === theme);
}

/** The custom properties on the root element in one theme, in cascade order (the later rule wins). */
export function rootTokens(rules: readonly StyleRule[], theme: Theme): Map<string, string> {
  const other = theme === 'light' ? 'dark' : 'light';
  const isRoot = (selector: string) =>
    selector === ':root' ||
    selector === 'html' ||
    new RegExp(`^:root\\[data-theme=['"]?${theme}['"]?\\]$`).test(selector) ||
    new RegExp(`^:root:not\\(\\[data-theme=['"]?${other}['"]?\\]\\)$`).test(selector);
  const tokens = new Map<string, string>();
  for (const rule of rules) {
    if (!isRoot(rule.selector) || !appliesIn(rule, theme)) continue;
    for (const [property, value] of rule.declarations) if (property.startsWith('--')) tokens.set(property, value);
  }
  return tokens;
}

/** Splits "a, b" at top-level commas (not inside brackets). */
function topLevelArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of text) {
    if (character === '(') depth += 1;
    if (character === ')') depth -= 1;
    if (character === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += character;
  }
  return [...parts, current.trim()];
}

/** The function call `name(...)` at the start of `value`, with its arguments, or null. */
function call(value: string, name: string): string[] | null {
  if (!value.startsWith(`${name}(`) || !value.endsWith(')')) return null;
  return topLevelArguments(value.slice(name.length + 1, -1));
}

const NAMED: Record<string, string> = { white: '#ffffff', black: '#000000' };

/**
 * A colour value in one theme as #rrggbb, following var() and light-dark();
 * null for values that are not a new colour (inherit, currentColor, transparent, none).
 * Throws on a colour it cannot read, so a new colour syntax is noticed rather than skipped.
 */
export function resolveColour(value: string, tokens: ReadonlyMap<string, string>, theme: Theme, seen: string[] = []): string | null {
  const trimmed = value.trim().replace(/\s*!important$/, '');
  const variable = call(trimmed, 'var');
  if (variable !== null) {
    const [name = '', fallback] = variable;
    if (seen.includes(name)) throw new Error(`custom property cycle: ${[...seen, name].join(' -> ')}`);
    const token = tokens.get(name) ?? fallback;
    if (token === undefined) throw new Error(`${name} is not defined on :root in the ${theme} theme`);
    return resolveColour(token, tokens, theme, [...seen, name]);
  }
  const lightDark = call(trimmed, 'light-dark');
  if (lightDark !== null) return resolveColour(lightDark[theme === 'light' ? 0 : 1] ?? '', tokens, theme, seen);
  const lower = trimmed.toLowerCase();
  if (['inherit', 'currentcolor', 'transparent', 'none', 'initial', 'unset'].includes(lower)) return null;
  if (NAMED[lower] !== undefined) return NAMED[lower];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(lower);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^#[0-9a-f]{6}$/.test(lower)) return lower;
  throw new Error(`cannot read the colour "${value}"`);
}

/** The background colour a rule paints, or null when it paints none (or only an image). */
function backgroundOf(rule: StyleRule): string | null {
  const value = rule.declarations.get('background-color') ?? rule.declarations.get('background');
  if (value === undefined) return null;
  // A shorthand may carry more than the colour; the colour is then its last part.
  if (/url\(|gradient\(/.test(value)) return null;
  return value;
}

/** The pixel size of a length in rem or px; clamp() and min() count their smallest argument. */
function pixels(value: string): number | null {
  const clamp = call(value, 'clamp') ?? call(value, 'min');
  if (clamp !== null) {
    const sizes = clamp.map(pixels).filter((size): size is number => size !== null);
    return sizes.length === 0 ? null : Math.min(...sizes);
  }
  const match = /^(\d*\.?\d+)(rem|px)$/.exec(value.trim());
  if (!match) return null;
  return Number(match[1]) * (match[2] === 'rem' ? ROOT_FONT_PX : 1);
}

/** 3 for text WCAG counts as large (from the rule's own size and weight), else 4.5. */
function requiredRatio(rule: StyleRule): number {
  const size = pixels(rule.declarations.get('font-size') ?? '');
  const weight = rule.declarations.get('font-weight') ?? '';
  const bold = weight === 'bold' || Number(weight) >= 700;
  if (size !== null && (size >= LARGE_PX || (bold && size >= LARGE_BOLD_PX))) return 3;
  return 4.5;
}

/** "a.b[data-astro-cid-x]:hover" -> "a.b": the part of a compound that names an element. */
function plainCompound(compound: string): string {
  return compound
    .replace(/\[data-astro-cid-[\w-]+\]/g, '')
    .replace(/:where\(\.astro-[\w-]+\)/g, '')
    .replace(/::?[\w-]+(\([^)]*\))?/g, '')
    .trim();
}

/** The compounds of a selector, outermost first: ".a > .b c" -> [".a", ".b", "c"]. */
function compounds(selector: string): string[] {
  return selector
    .replace(/\s*[>+~]\s*/g, ' ')
    .split(/\s+/)
    .map(plainCompound)
    .filter((compound) => compound !== '');
}

/** SVG text, which takes its colour from fill: <text>, <tspan>, or a class named for text, a label or ink. */
const SVG_TEXT = /^(text|tspan)\b|[-_](text|label|ink)\b/;

/**
 * SVG labels drawn on a fill of their own (a map area's class, the zero disc) rather than on a
 * page background: tests/unit/charts/map-palette.test.ts checks each ink on its fill.
 */
export const SVG_TEXT_ON_OWN_FILL = /\.(q\d+|state-zero) \.tile-label$|[-_]ink$/;

function isTextColourRule(rule: StyleRule): boolean {
  if (rule.declarations.has('color')) return true;
  const last = compounds(rule.selector).at(-1) ?? '';
  return rule.declarations.has('fill') && SVG_TEXT.test(last) && !SVG_TEXT_ON_OWN_FILL.test(compounds(rule.selector).join(' '));
}

const INHERITED_BY_ALL = new Set(['html', 'body', ':root']);

/** Every text colour in the stylesheets against the backgrounds it can sit on, in both themes. */
export function contrastPairs(rules: readonly StyleRule[]): ContrastPair[] {
  const pairs: ContrastPair[] = [];
  for (const theme of THEMES) {
    const tokens = rootTokens(rules, theme);
    const live = rules.filter((rule) => appliesIn(rule, theme));
    const colour = (value: string) => resolveColour(value, tokens, theme);
    const page = live.find((rule) => rule.selector === 'body' && backgroundOf(rule) !== null);
    if (page === undefined) throw new Error('no background on body: cannot tell what the page is drawn on');
    const grounds = live.filter((rule) => backgroundOf(rule) !== null && (!rule.declarations.has('color') || rule === page));
    const backgroundFor = (compound: string) =>
      live.filter((rule) => backgroundOf(rule) !== null && compounds(rule.selector).join(' ') === compound).at(-1);

    for (const rule of live.filter(isTextColourRule)) {
      const textValue = rule.declarations.get('color') ?? rule.declarations.get('fill') ?? '';
      const text = colour(textValue);
      if (text === null) continue;
      const own = backgroundOf(rule) !== null && !INHERITED_BY_ALL.has(rule.selector) ? rule : undefined;
      const ancestor = compounds(rule.selector).slice(0, -1).reverse().map(backgroundFor).find((found) => found !== undefined);
      const candidates = own !== undefined ? [own] : ancestor !== undefined ? [ancestor] : grounds;
      for (const groundRule of candidates) {
        const ground = colour(backgroundOf(groundRule) ?? '');
        if (ground === null) continue;
        pairs.push({ theme, textRule: rule.selector, groundRule: groundRule.selector, text, ground, ratio: contrast(text, ground), required: requiredRatio(rule) });
      }
    }
  }
  return pairs;
}

/** Pairs under the contrast their text needs, one readable line each. */
export function contrastFailures(pairs: readonly ContrastPair[]): string[] {
  return pairs
    .filter((pair) => pair.ratio < pair.required)
    .map(
      (pair) =>
        `${pair.theme}: "${pair.textRule}" ${pair.text} on "${pair.groundRule}" ${pair.ground} is ${pair.ratio.toFixed(2)}:1, needs ${pair.required}:1`,
    );
}
