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

/** An incomplete result that has been looked at and is fine, with the reason. Keep this list short. */
export interface ReviewedIncomplete {
  rule: string;
  /** Matches the element's selector as axe gives it. */
  target: RegExp;
  reason: string;
}

export const REVIEWED_INCOMPLETE: readonly ReviewedIncomplete[] = [];

function isReviewed(rule: string, target: string): boolean {
  return REVIEWED_INCOMPLETE.some((reviewed) => reviewed.rule === rule && reviewed.target.test(target));
}

function problem(result: Result, kind: AxeProblem['kind'], targets: string[]): AxeProblem {
  const first = result.nodes.find((node) => targets.includes(node.target.join(' ')));
  return { rule: result.id, kind, impact: result.impact ?? null, targets, summary: first?.failureSummary ?? result.help };
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
  const targetsOf = (result: Result) => result.nodes.map((node) => node.target.join(' '));
  return [
    ...results.violations.map((violation) => problem(violation, 'violation', targetsOf(violation))),
    ...results.incomplete.flatMap((incomplete) => {
      const unreviewed = targetsOf(incomplete).filter((target) => !isReviewed(incomplete.id, target));
      return unreviewed.length === 0 ? [] : [problem(incomplete, 'incomplete', unreviewed)];
    }),
  ];
}
