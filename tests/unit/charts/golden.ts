// Golden-file comparison for chart SVGs. The charts already round coordinates
// and scope ids, so normalising only puts one tag per line for readable diffs.
// Run with UPDATE_GOLDEN=1 to rewrite the files after reviewing a change.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { parseHTML } from 'linkedom';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), '__golden__');

export function normaliseSvg(svg: string): string {
  return `${svg.replace(/>\s*</g, '>\n<').trim()}\n`;
}

/** Fails when `svg` differs from __golden__/<name>.svg, or when that file does not exist yet. */
export function expectGolden(name: string, svg: string): void {
  const file = join(goldenDir, `${name}.svg`);
  const actual = normaliseSvg(svg);
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`No golden file ${file}; run the test with UPDATE_GOLDEN=1 to create it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** The chart as a DOM, for asserting on what it draws. */
export function parseSvg(svg: string): SVGSVGElement {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('svg');
  if (!root) throw new Error('no <svg> in the chart output');
  return root as unknown as SVGSVGElement;
}

/** Text content of every <text> inside elements matching the selector, in document order. */
export function texts(root: Element, selector: string): string[] {
  return Array.from(root.querySelectorAll(`${selector} text`)).map((t) => t.textContent ?? '');
}
