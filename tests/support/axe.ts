// Runs axe-core (WCAG 2 A and AA rules) inside a page opened by useSite().
// axe's "incomplete" results (checks it could not finish, such as the contrast
// of text it cannot place) count as problems too, unless the list below says
// why that one is fine: a gate that passes what it could not check misses
// real defects (a zero on a card's surface was one).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeProblem {
  rule: string;
  /** "violation", or "incomplete" for a check axe could not finish. */
  kind: 'violation' | 'incomplete';
  impact: string | null;
  /** CSS selectors of the offending elements, and axe's explanation for the first. */
  targets: string[];
  summary: string;
}

/**
 * A kind of incomplete result that has been looked at and is fine, with the reason: by the
 * element's selector as axe gives it, or by axe's own reason for giving up (its messageKey).
 * Keep this list short.
 */
export interface ReviewedIncomplete {
  rule: string;
  target?: RegExp;
  messageKey?: string;
  reason: string;
}

export const REVIEWED_INCOMPLETE: readonly ReviewedIncomplete[] = [
  {
    rule: 'color-contrast',
    messageKey: 'imgNode',
    reason:
      'Text inside an SVG chart with role="img": axe does not check text in images. Every chart text colour is checked ' +
      'from the stylesheet tokens (tests/dist/contrast.test.ts), and labels on map fills by the palette tests.',
  },
  {
    rule: 'color-contrast',
    messageKey: 'shortTextContent',
    reason:
      'Text of one or two characters (a "0", a "3"), which axe cannot tell from an icon. HTML_CodeSniffer checks the ' +
      'contrast of every text element on the same page load, and the stylesheet test every declared pair: together ' +
      'they caught the zero figures on the card surface that axe let through.',
  },
  {
    rule: 'color-contrast',
    messageKey: 'elmPartiallyObscured',
    reason:
      'A cell of a wide table partly outside its scrolling box at this width. HTML_CodeSniffer checks its text against ' +
      'its background on the same page load, and the stylesheet test the table colours.',
  },
  {
    rule: 'color-contrast',
    messageKey: 'bgOverlap',
    reason:
      "Text whose box axe finds overlapped by a neighbour's box (grid and flex neighbours, SVG labels over map shapes); " +
      'those looked at on screen (a force page\'s neighbour links, a map page\'s table) are not hidden. HTML_CodeSniffer ' +
      'checks its text against its background on the same page load, and the stylesheet test every declared pair.',
  },
  {
    rule: 'label-content-name-mismatch',
    target: /__caveat\b/,
    reason:
      'A footnote marker (a symbol such as *, not words) whose accessible name is the note it points to: there is no ' +
      'visible text label for the name to contain.',
  },
];

type AxeNode = Result['nodes'][number];

function messageKeysOf(node: AxeNode): string[] {
  return [...node.any, ...node.all, ...node.none].flatMap((check) => {
    const data = check.data as { messageKey?: unknown } | null;
    return typeof data?.messageKey === 'string' ? [data.messageKey] : [];
  });
}

function isReviewed(rule: string, node: AxeNode): boolean {
  const target = node.target.join(' ');
  const keys = messageKeysOf(node);
  return REVIEWED_INCOMPLETE.some(
    (reviewed) =>
      reviewed.rule === rule &&
      (reviewed.target === undefined || reviewed.target.test(target)) &&
      (reviewed.messageKey === undefined || keys.includes(reviewed.messageKey)),
  );
}

function problem(result: Result, kind: AxeProblem['kind'], nodes: readonly AxeNode[]): AxeProblem {
  const keys = [...new Set(nodes.flatMap(messageKeysOf))];
  return {
    rule: result.id,
    kind,
    impact: result.impact ?? null,
    targets: nodes.map((node) => node.target.join(' ')),
    summary: `${nodes[0]?.failureSummary ?? result.help}${keys.length > 0 ? ` (${keys.join(', ')})` : ''}`,
  };
}

/** Every WCAG A/AA violation on the page, and every incomplete check not on the reviewed list, readable in a failed assertion. */
export async function axeProblems(page: Page): Promise<AxeProblem[]> {
  // Evaluated through the DevTools protocol, not as a <script> tag, which the page's CSP would refuse.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(
    () =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        resultTypes: ['violations', 'incomplete'],
      }),
  );
  return [
    ...results.violations.map((violation) => problem(violation, 'violation', violation.nodes)),
    ...results.incomplete.flatMap((incomplete) => {
      const unreviewed = incomplete.nodes.filter((node) => !isReviewed(incomplete.id, node));
      return unreviewed.length === 0 ? [] : [problem(incomplete, 'incomplete', unreviewed)];
    }),
  ];
}
