// The map as one standalone picture: the map drawn with concrete colours and,
// beside it, its legend. The legend's entries (swatch, label, force count)
// are taken from the map's own HTML legend, so the picture lists exactly what
// the page does, including the states that are not values.

import { parseHTML } from 'linkedom';
import { escapeXml } from '../charts/map/markup.ts';
import { LEGEND_CLASS } from '../charts/map/style.ts';
import { PALETTES, type Theme } from '../charts/palette.ts';
import { wrapText } from '../charts/plot.ts';
import { svgSize } from './image.ts';

export interface MapPictureOptions {
  /** Width of the whole drawing (map and legend). */
  width: number;
  theme: Theme;
}

const GAP = 24;
/** The legend takes this share of the width; the map the rest. */
const LEGEND_SHARE = 0.34;
const TITLE_SIZE = 15;
const ITEM_SIZE = 14;
const ITEM_HEIGHT = 28;
const SWATCH = { width: 28, height: 18 };

/**
 * @param mapSvg renderMap(…, { standalone: theme, width: mapWidth(width) })
 * @param legendHtml renderLegend(…) for the same areas
 * @returns An SVG with the map on the left and the legend on the right, for framedSvg.
 */
export function mapPictureSvg(mapSvg: string, legendHtml: string, { width, theme }: MapPictureOptions): string {
  const palette = PALETTES[theme];
  const map = svgSize(mapSvg);
  const legendX = map.width + GAP;
  const legendWidth = width - legendX;
  const { document } = parseHTML(`<!doctype html><html><body>${legendHtml}</body></html>`);

  const parts: string[] = [];
  let top = 4;
  const title = document.querySelector(`.${LEGEND_CLASS}__title`)?.textContent?.trim();
  if (title) {
    for (const line of wrapText(title, legendWidth, TITLE_SIZE)) {
      parts.push(`<text x="0" y="${top + TITLE_SIZE}" font-size="${TITLE_SIZE}" font-weight="700" fill="${palette.text}">${escapeXml(line)}</text>`);
      top += Math.round(TITLE_SIZE * 1.35);
    }
    top += 8;
  }
  for (const item of document.querySelectorAll(`.${LEGEND_CLASS}__item`)) {
    const swatch = item.querySelector('svg');
    const label = item.querySelector(`.${LEGEND_CLASS}__label`)?.textContent?.trim() ?? '';
    const count = item.querySelector(`.${LEGEND_CLASS}__count`)?.textContent?.trim() ?? '';
    if (swatch !== null) {
      swatch.setAttribute('x', '0');
      swatch.setAttribute('y', String(top + (ITEM_HEIGHT - SWATCH.height) / 2 - 4));
      swatch.setAttribute('width', String(SWATCH.width));
      swatch.setAttribute('height', String(SWATCH.height));
      parts.push(swatch.outerHTML);
    }
    parts.push(
      `<text x="${SWATCH.width + 8}" y="${top + ITEM_HEIGHT / 2 + 1}" font-size="${ITEM_SIZE}" fill="${palette.text}">${escapeXml(label)} ` +
        `<tspan fill="${palette['text-muted']}">${escapeXml(count)}</tspan></text>`,
    );
    top += ITEM_HEIGHT;
  }

  const height = Math.ceil(Math.max(map.height, top));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    mapSvg +
    `<g class="${LEGEND_CLASS}" transform="translate(${legendX} 0)">${parts.join('')}</g></svg>`
  );
}

/** Equal tiles need less width than the geography to stay legible, and would only grow tall. */
const TILES_SHARE = 0.75;

/** How wide to draw the map so that it and its legend fill `width`. */
export function mapWidth(width: number, layout: 'geo' | 'tiles'): number {
  return Math.round((width * (1 - LEGEND_SHARE) - GAP) * (layout === 'tiles' ? TILES_SHARE : 1));
}
