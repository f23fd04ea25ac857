// Chart downloads and share cards as files that stand on their own: the chart
// with its title, source and licence written into the picture, in concrete
// colours, so a copy that travels without the page still says where it came
// from. PNGs are drawn by resvg with the Source Sans 3 files the project ships
// as an npm package and never with the machine's fonts, so every build draws
// the same letters.

import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { PALETTES, type Theme } from '../charts/palette.ts';
import { wrapText } from '../charts/plot.ts';
import { escapeXml } from '../charts/map/markup.ts';

/** The family name inside the shipped font files. */
const SHIPPED_FONT_FAMILY = 'Source Sans 3';
/** Font stack for standalone SVG: the shipped font first, so the PNG and a browser showing the SVG agree where they can. */
export const STANDALONE_FONT_STACK = `'${SHIPPED_FONT_FAMILY}', system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif`;

const FONT_PACKAGE = '@expo-google-fonts/source-sans-3';
const FONT_STYLES = ['400Regular', '400Regular_Italic', '600SemiBold', '700Bold'] as const;

/**
 * Paths of the shipped font files, resolved from the project's node_modules.
 * Resolved from the working directory (the project root in every build and
 * test) because bundled build chunks do not sit where this file does.
 */
export function shippedFontFiles(root: string = process.cwd()): string[] {
  const require = createRequire(join(root, 'package.json'));
  return FONT_STYLES.map((style) => require.resolve(`${FONT_PACKAGE}/${style}/SourceSans3_${style}.ttf`));
}

export interface FrameText {
  title: string;
  /** What, where and when, e.g. "Applications per 1,000 recorded stalking offences, 2020 to 2021". */
  subtitle?: string;
  /** "Source: …", one line per source or joined; printed under the chart. */
  source: string;
  /** "Licence: …" */
  licence: string;
  /** The full page on this site, printed last so a copy leads back to the context. */
  link: string;
}

export interface FrameOptions extends FrameText {
  /** Width of the whole picture in px; the chart is scaled to fit inside the padding. */
  width: number;
  theme: Theme;
}

const PADDING = 28;
const TITLE_SIZE = 26;
const SUBTITLE_SIZE = 17;
const FOOTER_SIZE = 14;
const LINE_HEIGHT = 1.3;

interface SvgSize {
  width: number;
  height: number;
}

/** The drawing size of an `<svg>` string, from its viewBox (or width and height). */
export function svgSize(svg: string): SvgSize {
  const openingTag = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (openingTag === undefined) throw new Error('not an SVG: no <svg> element');
  const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(openingTag)?.[1];
  const viewBox = attribute('viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (viewBox?.length === 4 && viewBox.every(Number.isFinite)) return { width: viewBox[2]!, height: viewBox[3]! };
  const width = Number(attribute('width'));
  const height = Number(attribute('height'));
  if (width > 0 && height > 0) return { width, height };
  throw new Error('the SVG has neither a viewBox nor a numeric width and height');
}

interface TextStyle {
  size: number;
  fill: string;
  weight?: number;
}

/** Wrapped `<text>` lines starting at `top`, and the height they take. */
function textLines(text: string, top: number, maxWidth: number, { size, fill, weight = 400 }: TextStyle) {
  const lineHeight = Math.round(size * LINE_HEIGHT);
  const lines = wrapText(text, maxWidth, size);
  const markup = lines
    .map(
      (line, i) =>
        `<text x="${PADDING}" y="${top + Math.round(size * 0.95) + i * lineHeight}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`,
    )
    .join('');
  return { markup, height: lines.length * lineHeight };
}

/**
 * Wraps a chart SVG into a standalone picture: title and subtitle above, the
 * source, licence and a link back below, on the theme's background with
 * concrete colours. The chart must itself carry concrete colours (render it
 * with `colours: theme`); it is scaled down if wider than the space inside
 * the padding.
 *
 * @example framedSvg(renderRanking(data, { ...options, colours: 'light', width: 744 }), { title, source, licence, link, width: 800, theme: 'light' })
 */
export function framedSvg(chartSvg: string, options: FrameOptions): string {
  const { width, theme, title, subtitle, source, licence, link } = options;
  const palette = PALETTES[theme];
  const innerWidth = width - 2 * PADDING;
  const chart = svgSize(chartSvg);
  const scale = Math.min(1, innerWidth / chart.width);

  const parts: string[] = [`<rect width="100%" height="100%" fill="${palette.background}"/>`];
  let top = PADDING;
  const write = (text: string, style: TextStyle, gapAfter: number) => {
    const block = textLines(text, top, innerWidth, style);
    parts.push(block.markup);
    top += block.height + gapAfter;
  };

  write(title, { size: TITLE_SIZE, fill: palette.text, weight: 700 }, subtitle ? 4 : 16);
  if (subtitle) write(subtitle, { size: SUBTITLE_SIZE, fill: palette['text-muted'] }, 18);

  const chartLeft = PADDING + Math.round((innerWidth - chart.width * scale) / 2);
  const transform = `translate(${chartLeft} ${top})${scale < 1 ? ` scale(${Number(scale.toFixed(4))})` : ''}`;
  parts.push(`<g transform="${transform}">${chartSvg.replace(/<\?xml[^>]*\?>/, '')}</g>`);
  top += Math.round(chart.height * scale) + 14;

  parts.push(
    `<line x1="${PADDING}" x2="${width - PADDING}" y1="${top}" y2="${top}" stroke="${palette['text-muted']}" stroke-opacity="0.45"/>`,
  );
  top += 10;
  write(source, { size: FOOTER_SIZE, fill: palette['text-muted'] }, 2);
  write(licence, { size: FOOTER_SIZE, fill: palette['text-muted'] }, 2);
  write(link, { size: FOOTER_SIZE, fill: palette.text, weight: 600 }, 0);
  const height = top + PADDING - 8;

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(STANDALONE_FONT_STACK)}" role="img" aria-label="${escapeXml(title)}">${parts.join('')}</svg>`
  );
}

export interface PngOptions {
  /** Font files to draw text with; default the shipped Source Sans 3. An empty list draws no text at all. */
  fonts?: readonly string[];
  /** Pixel density: 2 draws a 800-wide SVG as a 1600-pixel PNG. Default 1. */
  scale?: number;
}

function resvgOptions({ fonts = shippedFontFiles(), scale = 1 }: PngOptions): ResvgRenderOptions {
  return {
    font: {
      // Never the machine's fonts: the same build must draw the same picture anywhere.
      loadSystemFonts: false,
      fontFiles: [...fonts],
      defaultFontFamily: SHIPPED_FONT_FAMILY,
      sansSerifFamily: SHIPPED_FONT_FAMILY,
      serifFamily: SHIPPED_FONT_FAMILY,
    },
    fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
    textRendering: 1,
    shapeRendering: 2,
    logLevel: 'off',
  };
}

// Copied into a plain ArrayBuffer-backed array, which a Response body accepts (a Node Buffer's type does not say so).
const bytes = (png: Buffer): Uint8Array<ArrayBuffer> => new Uint8Array(png);

/** Draws an SVG as PNG bytes. */
export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array<ArrayBuffer> {
  return bytes(new Resvg(svg, resvgOptions(options)).render().asPng());
}

/** As svgToPng, off the main thread, so a build can draw several pictures at once. */
export async function svgToPngAsync(svg: string, options: PngOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  return bytes((await renderAsync(svg, resvgOptions(options))).asPng());
}
