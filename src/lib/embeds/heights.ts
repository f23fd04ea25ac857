// The height the embed code gives its frame: what the embed needs on a phone
// (375 px wide), estimated from the length of its words and the height of its
// figure there. A wider frame needs less room for the words and gives the rest
// to the figure, which grows or shrinks to fit (src/layouts/Embed.astro), so
// one height serves every width. tests/browser/embed-host.test.ts holds each
// embed to it at 320, 375, 768 and 1,280 px; the bench prints the heights each
// embed asks for with a resize script.

import { helplineCopy } from '../copy/common.ts';
import type { ForceCardView } from '../views/force-card.ts';
import type { CompactRanking } from './compact-ranking.ts';

/** Characters per line and line height in px of the frame's words on a phone, as the embed stylesheet sets them. */
const TEXT = {
  title: { characters: 35, line: 23.5, after: 8 },
  subtitle: { characters: 46, line: 19, after: 8 },
  credit: { characters: 52, line: 16, after: 0 },
  body: { characters: 38, line: 22.4, after: 8 },
  small: { characters: 46, line: 19, after: 8 },
  /** A caveat box (a force card's): narrower for its border and padding, with its margin above. */
  caveat: { characters: 38, line: 22, after: 16 },
} as const;
/** The frame's padding above the title, and the credit's rule, margin and padding. */
const FRAME = 16 + 21;
/**
 * How much of a phone's line a line holds at 320 px, the narrowest width the
 * embeds are held to (a text column of 288 px against 343 px at 375 px).
 */
export const NARROWEST_LINE = 288 / 343;

/** The helpline's one short line under the credit (src/components/Helpline.astro, compact). */
const HELPLINE = `${helplineCopy.compact.name}${helplineCopy.compact.runBy}${helplineCopy.number}${helplineCopy.compact.emergency}`;

const lines = (text: string, characters: number) => Math.max(1, Math.ceil(text.length / characters));

export interface FrameWords {
  title: string;
  subtitle: string | null;
  /** Everything the credit line says: source, licence and the link back. */
  credit: string;
}

/**
 * @param figure Height in px of everything between the title and the credit on a phone.
 * @example phoneFrameHeight({ title, subtitle, credit }, 365) // 619
 */
export function phoneFrameHeight(words: FrameWords, figure: number, figureGivesWay = true): number {
  // A figure that cannot give way (a table) leaves no room for the words' extra lines at 320 px, so they are counted at that width.
  const text = (value: string | null, kind: keyof typeof TEXT) => phoneTextHeight(value, kind, figureGivesWay ? 1 : NARROWEST_LINE);
  return Math.round(FRAME + text(words.title, 'title') + text(words.subtitle, 'subtitle') + figure + text(words.credit, 'credit') + text(HELPLINE, 'credit'));
}

/**
 * Estimated height of a paragraph on a phone: body text (a force card's sentence) or small text (the forces a
 * chart leaves out, a caveat).
 */
export function phoneTextHeight(text: string | null, kind: keyof typeof TEXT = 'small', lineShare = 1): number {
  return text === null || text === '' ? 0 : lines(text, Math.floor(TEXT[kind].characters * lineShare)) * TEXT[kind].line + TEXT[kind].after;
}

/** A force card's strip on a phone, and the line with the measure's value above it. */
const CARD_STRIP = 92;
const CARD_VALUE_LINE = 30;

/**
 * Everything between a force card's title and its credit, with its words
 * counted at 320 px: the strip gives way only down to its smallest size, so a
 * card's words must fit at the narrowest width (at wider ones the strip takes
 * the room they leave).
 */
export function forceCardPhoneHeight(card: ForceCardView): number {
  const { standing } = card;
  const text = (value: string | null, kind: keyof typeof TEXT) => phoneTextHeight(value, kind, NARROWEST_LINE);
  const measure =
    standing === null
      ? 0
      : text(standing.label, 'small') + CARD_VALUE_LINE + CARD_STRIP + text(standing.basis, 'small') + text(standing.caveat, 'caveat');
  return text(card.finding, 'body') + measure + card.disagreements.reduce((sum, sentence) => sum + text(sentence, 'caveat'), 0);
}

/** A compact ranking's rows on a phone (src/components/embed/CompactRanking.astro): its head, each row, the gap and the link to the full ranking. */
const RANKING = { head: 36, row: 22, gap: 14, more: 25, reference: 40 } as const;

/**
 * A compact ranking on a phone, with room for one force picked out of the gap
 * (?force=<slug> shows its row and a second gap), so the height in the code
 * fits the ranking with or without a force picked out.
 */
export function compactRankingPhoneHeight(ranking: CompactRanking): number {
  const shown = ranking.rows.filter((row) => row.band !== 'middle').length;
  const folds = ranking.rows.some((row) => row.band === 'middle');
  const rows = shown + (folds ? 1 : 0);
  return RANKING.head + rows * RANKING.row + (ranking.reference === null ? 0 : RANKING.reference) + (folds ? 2 * RANKING.gap + RANKING.more : 0);
}
