// Open Graph share cards: the 1,200 × 630 picture a social network or chat
// app shows beside a link. Drawn from data at build time, so a card always
// shows the figures the page shows; a missing figure reads as its state
// ("No response", "Not covered"), never as 0.

import { PALETTES, type Theme } from '../charts/palette.ts';
import { escapeXml } from '../charts/map/markup.ts';
import type { Credit } from './credit.ts';
import { STANDALONE_FONT_STACK } from './image.ts';

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
  /** At most three; each gets a column. */
  stats: readonly ShareStat[];
  /** Source and licence lines, printed at the foot. */
  credit: Credit;
  /** The site's address without the scheme, printed top right. */
  host: string;
}

const PAD = 64;
const ACCENT_HEIGHT = 14;
const MAX_STATS = 3;
const CREDIT_SIZE = 16;
const CREDIT_LINE = 21;

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

/**
 * @returns A 1,200 × 630 SVG with concrete colours, ready for svgToPng.
 * @example shareCardSvg({ kicker: site.name, title: "Kent", stats: [{ value: "25", kind: "number", label: "SPO applications …" }], credit, host })
 */
export function shareCardSvg(card: ShareCard, theme: Theme = 'light'): string {
  if (card.stats.length > MAX_STATS) throw new Error(`a share card has room for ${MAX_STATS} figures, got ${card.stats.length}`);
  const palette = PALETTES[theme];
  const innerWidth = SHARE_CARD_WIDTH - 2 * PAD;
  const parts: string[] = [
    `<rect width="${SHARE_CARD_WIDTH}" height="${SHARE_CARD_HEIGHT}" fill="${palette.background}"/>`,
    `<rect width="${SHARE_CARD_WIDTH}" height="${ACCENT_HEIGHT}" fill="${palette.bar}"/>`,
    text(PAD, 84, card.kicker.toUpperCase(), `font-size="24" font-weight="600" letter-spacing="1.5" fill="${palette['text-muted']}"`),
    text(SHARE_CARD_WIDTH - PAD, 84, card.host, `font-size="24" font-weight="600" text-anchor="end" fill="${palette.text}"`),
  ];

  const titleSize = textWidth(card.title, 72, true) <= innerWidth ? 72 : 56;
  const titleLines = fitLines(card.title, innerWidth, titleSize, 2, true);
  let top = 84 + 24 + titleSize;
  for (const line of titleLines) {
    parts.push(text(PAD, top, line, `font-size="${titleSize}" font-weight="700" fill="${palette.text}"`));
    top += Math.round(titleSize * 1.1);
  }
  if (card.subtitle) {
    top += 4;
    for (const line of fitLines(card.subtitle, innerWidth, 30, titleLines.length > 1 ? 1 : 2)) {
      parts.push(text(PAD, top, line, `font-size="30" fill="${palette['text-muted']}"`));
      top += 38;
    }
  }

  const creditLines = [
    ...fitLines(card.credit.source, innerWidth, CREDIT_SIZE, 2),
    ...fitLines(card.credit.licence, innerWidth, CREDIT_SIZE, 2),
  ];
  const footerTop = SHARE_CARD_HEIGHT - 44 - creditLines.length * CREDIT_LINE;
  if (card.stats.length > 0) {
    const gap = 40;
    const columnWidth = (innerWidth - gap * (card.stats.length - 1)) / card.stats.length;
    const valueBaseline = Math.max(top + 76, footerTop - 130);
    card.stats.forEach((stat, i) => {
      const x = Math.round(PAD + i * (columnWidth + gap));
      const missing = stat.kind === 'missing';
      const fill = stat.kind === 'zero' ? palette.zero : missing ? palette['text-muted'] : palette.text;
      const size = missing ? 40 : textWidth(stat.value, 64, true) <= columnWidth - 22 ? 64 : 44;
      parts.push(
        `<rect x="${x}" y="${valueBaseline - 66}" width="6" height="${66 + 16 + 3 * 26}" fill="${stat.kind === 'zero' ? palette.zero : palette.bar}"/>`,
        text(x + 22, valueBaseline, stat.value, `font-size="${size}" font-weight="700"${missing ? ' font-style="italic"' : ''} fill="${fill}"`),
      );
      fitLines(stat.label, columnWidth - 22, 21, 3).forEach((line, lineIndex) => {
        parts.push(text(x + 22, valueBaseline + 34 + lineIndex * 26, line, `font-size="21" fill="${palette['text-muted']}"`));
      });
    });
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
