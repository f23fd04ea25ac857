// Standalone chart pictures: the frame carries title, source, licence and link
// as real text, scales a wide chart into its padding, and PNG text is drawn
// with the shipped font and never with the machine's.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTES } from '../../../src/lib/charts/palette.ts';
import { framedSvg, shippedFontFiles, svgSize, svgToPng, svgToPngAsync } from '../../../src/lib/downloads/image.ts';
import { pngSize } from '../../support/png.ts';

const chart = (width: number, height: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" class="spo-chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#3d6a99"/></svg>`;

const text = {
  title: 'Applications by force & <period>',
  subtitle: 'From police FOI replies',
  source: 'Source: BBC Shared Data Unit',
  licence: 'Licence: reuse terms not stated',
  link: 'https://example.org/forces/kent/',
};

describe('svgSize', () => {
  it('reads the viewBox, or width and height when there is none', () => {
    expect(svgSize(chart(640, 300))).toEqual({ width: 640, height: 300 });
    expect(svgSize('<svg width="12" height="34"></svg>')).toEqual({ width: 12, height: 34 });
    expect(() => svgSize('<svg></svg>')).toThrow(/viewBox/);
    expect(() => svgSize('<div></div>')).toThrow(/not an SVG/);
  });
});

describe('framedSvg', () => {
  const svg = framedSvg(chart(700, 300), { ...text, width: 800, theme: 'light' });

  it('bakes title, subtitle, source, licence and link in as escaped text', () => {
    expect(svg).toContain('Applications by force &amp; &lt;period&gt;');
    for (const line of [text.subtitle, text.source, text.licence, text.link]) expect(svg).toContain(`>${line}</text>`);
    expect(svg).not.toContain('<period>');
  });

  it('has the requested width, room for the chart, and the theme’s concrete background', () => {
    const size = svgSize(svg);
    expect(size.width).toBe(800);
    expect(size.height).toBeGreaterThan(300 + 100);
    expect(svg).toContain(`fill="${PALETTES.light.background}"`);
    expect(framedSvg(chart(700, 300), { ...text, width: 800, theme: 'dark' })).toContain(`fill="${PALETTES.dark.background}"`);
    expect(svg).not.toContain('var(--');
  });

  it('scales a chart wider than the frame into it, and leaves a narrower one at its own size', () => {
    expect(framedSvg(chart(1488, 600), { ...text, width: 800, theme: 'light' })).toMatch(/scale\(0\.5\)/);
    expect(svg).not.toMatch(/scale\(/);
  });

  it('is well-formed enough for resvg to draw at the frame’s size', () => {
    expect(pngSize(svgToPng(svg))).toEqual(svgSize(svg));
    expect(pngSize(svgToPng(svg, { scale: 2 }))).toEqual({ width: 1600, height: svgSize(svg).height * 2 });
  });
});

describe('svgToPng', () => {
  const blank = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#fff"/></svg>';
  const withText = blank.replace('</svg>', '<text x="10" y="40" font-family="sans-serif" font-size="30">Kent 25</text></svg>');

  it('finds the shipped Source Sans 3 files in node_modules', () => {
    const files = shippedFontFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(file).toMatch(/SourceSans3_\w+\.ttf$/);
      expect(existsSync(file)).toBe(true);
    }
  });

  it('draws text with the shipped font', () => {
    expect(Buffer.from(svgToPng(withText)).equals(Buffer.from(svgToPng(blank)))).toBe(false);
  });

  it('never falls back to the machine’s fonts: with no font given, text draws nothing', () => {
    expect(Buffer.from(svgToPng(withText, { fonts: [] })).equals(Buffer.from(svgToPng(blank, { fonts: [] })))).toBe(true);
  });

  it('draws the same picture on and off the main thread', async () => {
    expect(Buffer.from(await svgToPngAsync(withText)).equals(Buffer.from(svgToPng(withText)))).toBe(true);
  });
});
