// HTML_CodeSniffer (the engine behind pa11y), WCAG 2 AA standard, run inside a
// page opened by useSite(): a second accessibility engine beside axe, written
// by other people with other heuristics. Its errors fail the gate; its
// warnings and notices ask for a human's judgement and are not collected.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const htmlcsSource = readFileSync(createRequire(import.meta.url).resolve('html_codesniffer/build/HTMLCS.js'), 'utf8');

export interface HtmlcsError {
  /** e.g. "WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail". */
  code: string;
  message: string;
  /** The element as tag#id.class, and the start of its text. */
  element: string;
}

interface HtmlcsMessage {
  type: number;
  code: string;
  msg: string;
  element: Element;
}

interface Htmlcs {
  process(standard: string, content: Document, callback: () => void, failCallback: () => void): void;
  getMessages(): HtmlcsMessage[];
}

/** Every error HTML_CodeSniffer reports for WCAG 2 AA on the page as it is now (theme and width included). */
export async function htmlcsErrors(page: Page): Promise<HtmlcsError[]> {
  // Evaluated through the DevTools protocol, not as a <script> tag, which the page's CSP would refuse.
  if (!(await page.evaluate(() => 'HTMLCS' in window))) await page.evaluate(htmlcsSource);
  return page.evaluate(
    () =>
      new Promise<HtmlcsError[]>((resolve, reject) => {
        const htmlcs = (window as unknown as { HTMLCS: Htmlcs }).HTMLCS;
        const ERROR = 1;
        const describe = (element: Element) => {
          const id = element.id ? `#${element.id}` : '';
          const classes = [...(element.classList ?? [])].map((name) => `.${name}`).join('');
          const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
          return `${element.localName ?? element.nodeName}${id}${classes}${text ? ` "${text}"` : ''}`;
        };
        htmlcs.process(
          'WCAG2AA',
          document,
          () =>
            resolve(
              htmlcs
                .getMessages()
                .filter((message) => message.type === ERROR)
                .map((message) => ({ code: message.code, message: message.msg, element: describe(message.element) })),
            ),
          () => reject(new Error('HTML_CodeSniffer could not run the WCAG2AA standard')),
        );
      }),
  );
}
