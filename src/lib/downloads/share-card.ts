// Open Graph share cards: the 1,200 × 630 picture a social network or chat
// app shows beside a link. Drawn from data at build time, so a card always
// shows the figures the page shows; a missing figure reads as its state
// ("No response", "Not covered"), never as 0.

import { PALETTES, type Theme } from '../charts/palette.ts';
import { escapeXml } from '../charts/map/markup.ts';
import type { Credit } from './credit.ts';
import { STANDALONE_FONT_STACK, svgSize } from './image.ts';

export const SHARE_CARD_WIDTH = 1200;
export const SHARE_CARD_HEIGHT = 630;

/** How a figure on a card is drawn: a number, a real zero (accent colour), or a state in words. */
export type StatKind = 'number' | 'zero' | 'missing';

export interface ShareStat {
  /** "25", "0", "No response", "about 80,000" */
  value: string;
  kind: StatKind;
  /** What the number is, with its period and source, e.g. "SPO applications, 20 Jan 2020 to 30 Apr 2021 (BBC FOI)". */
  label: string;
}

export interface ShareCard {
  /** Small line above the title: the site's name. */
  kicker: string;
  title: string;
  subtitle?: string;
  /** Any number: up to three share one row, more are laid out in a grid of smaller figures. */
  stats: readonly ShareStat[];
  /**
   * A caveat printed above the credit on a tinted band,
   * e.g. that two of the figures come from sources that disagree. A card with one leaves out its subtitle to make room.
   */
  note?: string;
  /** Source and licence lines, printed at the foot. */
  credit: Credit;
  /** The site's address without the scheme, printed top right. */
  host: string;
  /**
   * A drawing in concrete colours (an `<svg>` with a viewBox) for the right-hand side,
   * such as the home card's map with its key; the title and figures then keep to the left.
   */
  picture?: string;
}

const PAD = 64;
const ACCENT_HEIGHT = 14;
/** Figures that fit one row at full size. */
const ROW_OF_STATS = 3;
const STAT_GAP = 40;
const CREDIT_SIZE = 16;
const CREDIT_LINE = 21;
const NOTE_SIZE = 17;
const NOTE_LINE = 21;
const NOTE_MAX_LINES = 4;
/** Space between the figures, the note and the credit's rule. */
const NOTE_GAP = 14;
/** How far a card with a note draws its figures up into the room its subtitle would have taken. */
const NOTE_TITLE_PULL = 36;
/** A picture takes at most this width, and leaves this gap to the words on its left. */
const PICTURE_MAX_WIDTH = 480;
const PICTURE_GAP = 40;
/** Title sizes tried, largest first, for a card with a picture: the first that fits in as many lines as its room allows. */
const PICTURE_TITLE_SIZES = [56, 50, 44, 40, 36];
const PICTURE_TITLE_LINES = 5;

function text(x: number, y: number, content: string, attributes: string): string {
  return `<text x="${x}" y="${y}" ${attributes}>${escapeXml(content)}</text>`;
}

// Cards are only ever drawn as PNG with the shipped Source Sans 3, whose
// letters average 0.42 em in running text (bold 0.45, measured with resvg);
// a tenth more leaves room for wide words. Closer than the charts' estimate,
// which has to allow for any system font.
function textWidth(content: string, size: number, bold = false): number {
  return Math.ceil(content.length * size * (bold ? 0.5 : 0.46));
}

function wrapText(content: string, maxWidth: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, size, bold) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Lines that fit `width`, cut to `maxLines` with an ellipsis on the last one if the text is longer. */
function fitLines(content: string, width: number, size: number, maxLines: number, bold = false): string[] {
  const lines = wrapText(content, width, size, bold);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]}…`;
  while (textWidth(last, size, bold) > width && last.includes(' ')) last = `${last.slice(0, last.lastIndexOf(' '))}…`;
  kept[maxLines - 1] = last;
  return kept;
}

interface StatGrid {
  columns: number;
  rows: number;
  /** Vertical room for each row, from the top of its bar to the next row's. */
  rowHeight: number;
  /** Baseline of the first row's values. */
  firstBaseline: number;
}

function statColor(stat: ShareStat, palette: (typeof PALETTES)[Theme]): string {
  return stat.kind === 'zero' ? palette.zero : stat.kind === 'missing' ? palette['text-muted'] : palette.text;
}

/** One stat at (x, baseline): a bar, the value, and its label in as many lines as fit. */
function drawStat(
  stat: ShareStat,
  x: number,
  baseline: number,
  sizes: { width: number; value: number; label: number; labelLines: number; barHeight: number; valueRise: number },
  palette: (typeof PALETTES)[Theme],
): string[] {
  const missing = stat.kind === 'missing';
  const valueSize = missing ? Math.round(sizes.value * 0.625) : textWidth(stat.value, sizes.value, true) <= sizes.width - 22 ? sizes.value : Math.round(sizes.value * 0.6875);
  const labelStep = Math.round(sizes.label * 1.24);
  return [
    `<rect x="${x}" y="${baseline - sizes.valueRise}" width="6" height="${sizes.barHeight}" fill="${stat.kind === 'zero' ? palette.zero : palette.bar}"/>`,
    text(x + 22, baseline, stat.value, `font-size="${valueSize}" font-weight="700"${missing ? ' font-style="italic"' : ''} fill="${statColor(stat, palette)}"`),
    ...fitLines(stat.label, sizes.width - 22, sizes.label, sizes.labelLines).map((line, lineIndex) =>
      text(x + 22, baseline + Math.round(sizes.label * 1.6) + lineIndex * labelStep, line, `font-size="${sizes.label}" fill="${palette['text-muted']}"`)),
  ];
}

/**
 * Up to ROW_OF_STATS figures share one full-size row; more wrap onto rows
 * of at most four, drawn smaller so that every row fits above the credits.
 */
function statGrid(count: number, top: number, footerTop: number): StatGrid {
  if (count <= ROW_OF_STATS) return { columns: count, rows: 1, rowHeight: 0, firstBaseline: Math.max(top + 76, footerTop - 130) };
  const rows = count <= 8 ? 2 : Math.ceil(count / 4);
  const rowHeight = Math.floor((footerTop - 24 - top) / rows);
  return { columns: Math.ceil(count / rows), rows, rowHeight, firstBaseline: top + Math.round(rowHeight * 0.4) };
}

function drawStats(stats: readonly ShareStat[], top: number, footerTop: number, innerWidth: number, palette: (typeof PALETTES)[Theme]): string[] {
  const grid = statGrid(stats.length, top, footerTop);
  const width = (innerWidth - STAT_GAP * (grid.columns - 1)) / grid.columns;
  // One row keeps its labels above the foot (a card with a note has less room): up to three lines.
  const rowLabelLines = Math.max(1, Math.min(3, Math.floor((footerTop - grid.firstBaseline - 34) / 26) + 1));
  const sizes = grid.rows === 1
    ? { width, value: 64, label: 21, labelLines: rowLabelLines, barHeight: 66 + 16 + rowLabelLines * 26, valueRise: 66 }
    : {
        width,
        value: Math.max(20, Math.round(grid.rowHeight * 0.36)),
        label: grid.rowHeight >= 90 ? 18 : 15,
        labelLines: Math.max(1, Math.floor((grid.rowHeight * 0.6 - 14) / (grid.rowHeight >= 90 ? 22 : 19))),
        barHeight: grid.rowHeight - 14,
        valueRise: Math.round(grid.rowHeight * 0.36),
      };
  return stats.flatMap((stat, index) => {
    const column = index % grid.columns;
    const row = Math.floor(index / grid.columns);
    const x = Math.round(PAD + column * (width + STAT_GAP));
    return drawStat(stat, x, grid.firstBaseline + row * grid.rowHeight, sizes, palette);
  });
}

/** The picture scaled to fit between the kicker line and the credits, at the card's right edge. */
function placePicture(svg: string, footerTop: number): { width: number; markup: string } {
  const size = svgSize(svg);
  const top = 108;
  const scale = Math.min(PICTURE_MAX_WIDTH / size.width, (footerTop - 16 - top) / size.height);
  const width = Math.round(size.width * scale);
  const height = Math.round(size.height * scale);
  const x = SHARE_CARD_WIDTH - PAD - width;
  // Nested at its own viewBox, so the drawing scales without rewriting it.
  const markup = svg
    .replace(/<\?xml[^>]*\?>/, '')
    .replace(/<svg\b([^>]*)>/, (_, attributes: string) =>
      `<svg${attributes.replace(/\s(x|y|width|height)="[^"]*"/g, '')} x="${x}" y="${top}" width="${width}" height="${height}">`);
  return { width, markup };
}

/**
 * @returns A 1,200 × 630 SVG with concrete colours, ready for svgToPng.
 * @example shareCardSvg({ kicker: site.name, title: "Kent", stats: [{ value: "25", kind: "number", label: "SPO applications …" }], credit, host })
 */
export function shareCardSvg(card: ShareCard, theme: Theme = 'light'): string {
  const palette = PALETTES[theme];
  const cardWidth = SHARE_CARD_WIDTH - 2 * PAD;
  const creditLines = [
    ...fitLines(card.credit.source, cardWidth, CREDIT_SIZE, 2),
    ...fitLines(card.credit.licence, cardWidth, CREDIT_SIZE, 3),
  ];
  const footerTop = SHARE_CARD_HEIGHT - 44 - creditLines.length * CREDIT_LINE;
  const picture = card.picture === undefined ? null : placePicture(card.picture, footerTop);
  // With a picture, the words keep to the space on its left.
  const innerWidth = picture === null ? cardWidth : cardWidth - picture.width - PICTURE_GAP;
  const parts: string[] = [
    `<rect width="${SHARE_CARD_WIDTH}" height="${SHARE_CARD_HEIGHT}" fill="${palette.background}"/>`,
    `<rect width="${SHARE_CARD_WIDTH}" height="${ACCENT_HEIGHT}" fill="${palette.bar}"/>`,
    text(PAD, 84, card.kicker.toUpperCase(), `font-size="24" font-weight="600" letter-spacing="1.5" fill="${palette['text-muted']}"`),
    text(SHARE_CARD_WIDTH - PAD, 84, card.host, `font-size="24" font-weight="600" text-anchor="end" fill="${palette.text}"`),
  ];

  // A long title, or a card that needs room for a note, takes the smaller size; beside a picture, the largest that fits.
  // A card without a subtitle (one that states a finding) may take a third line, at a smaller size.
  const fitted = (sizes: readonly number[], maxLines: number) =>
    ({ size: sizes.find((size) => wrapText(card.title, innerWidth, size, true).length <= maxLines) ?? sizes.at(-1)!, maxLines });
  const title = picture !== null
    ? fitted(PICTURE_TITLE_SIZES, PICTURE_TITLE_LINES)
    : card.note === undefined && textWidth(card.title, 72, true) <= innerWidth
      ? { size: 72, maxLines: 1 }
      : card.subtitle === undefined && wrapText(card.title, innerWidth, 56, true).length > 2 ? fitted([48], 3) : { size: 56, maxLines: 2 };
  const titleSize = title.size;
  const titleLines = fitLines(card.title, innerWidth, titleSize, title.maxLines, true);
  let top = 84 + 24 + titleSize;
  for (const line of titleLines) {
    parts.push(text(PAD, top, line, `font-size="${titleSize}" font-weight="700" fill="${palette.text}"`));
    top += Math.round(titleSize * 1.1);
  }
  // With a note and no subtitle, the figures move up under the title to leave the note its room.
  if (card.note !== undefined) top -= NOTE_TITLE_PULL;
  if (card.subtitle && card.note === undefined) {
    top += 4;
    // A grid of figures needs the room a second subtitle line would take.
    const subtitleLines = titleLines.length > 1 || card.stats.length > ROW_OF_STATS ? 1 : 2;
    for (const line of fitLines(card.subtitle, innerWidth, 30, subtitleLines)) {
      parts.push(text(PAD, top, line, `font-size="30" fill="${palette['text-muted']}"`));
      top += 38;
    }
  }

  if (picture !== null) parts.push(picture.markup);
  const noteLines = card.note === undefined ? [] : fitLines(card.note, innerWidth - 24, NOTE_SIZE, NOTE_MAX_LINES);
  const noteTop = noteLines.length === 0 ? footerTop : footerTop - NOTE_GAP - noteLines.length * NOTE_LINE - 12;
  if (card.stats.length > 0) parts.push(...drawStats(card.stats, top, noteTop - (noteLines.length === 0 ? 0 : NOTE_GAP), innerWidth, palette));
  if (noteLines.length > 0) {
    const height = noteLines.length * NOTE_LINE + 12;
    parts.push(
      `<rect x="${PAD}" y="${noteTop}" width="${innerWidth}" height="${height}" fill="${palette['pattern-ground']}"/>`,
      `<rect x="${PAD}" y="${noteTop}" width="5" height="${height}" fill="${palette['text-muted']}"/>`,
      ...noteLines.map((line, i) => text(PAD + 18, noteTop + 6 + NOTE_SIZE + i * NOTE_LINE, line, `font-size="${NOTE_SIZE}" fill="${palette.text}"`)),
    );
  }

  parts.push(
    `<line x1="${PAD}" x2="${SHARE_CARD_WIDTH - PAD}" y1="${footerTop}" y2="${footerTop}" stroke="${palette['text-muted']}" stroke-opacity="0.4"/>`,
  );
  creditLines.forEach((line, i) => {
    parts.push(text(PAD, footerTop + 34 + i * CREDIT_LINE, line, `font-size="${CREDIT_SIZE}" fill="${palette['text-muted']}"`));
  });

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_CARD_WIDTH}" height="${SHARE_CARD_HEIGHT}" viewBox="0 0 ${SHARE_CARD_WIDTH} ${SHARE_CARD_HEIGHT}" ` +
    `font-family="${escapeXml(STANDALONE_FONT_STACK)}" role="img" aria-label="${escapeXml(card.title)}">${parts.join('')}</svg>`
  );
}
