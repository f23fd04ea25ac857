// The height the embed code gives its frame: what the embed needs on a phone
// (375 px wide), estimated from the length of its words and the height of its
// figure there. A wider frame needs less room for the words and gives the rest
// to the figure, which grows or shrinks to fit (src/layouts/Embed.astro), so
// one height serves every width. tests/browser/embed-host.test.ts holds each
// embed to it at 320, 375, 768 and 1,280 px; the bench prints the heights each
// embed asks for with a resize script.

/** Characters per line and line height in px of the frame's words on a phone, as the embed stylesheet sets them. */
const TEXT = {
  title: { characters: 35, line: 23.5, after: 8 },
  subtitle: { characters: 46, line: 19, after: 8 },
  credit: { characters: 52, line: 16, after: 0 },
} as const;
/** The frame's padding above the title, and the credit's rule, margin and padding. */
const FRAME = 16 + 21;

const lines = (text: string, characters: number) => Math.max(1, Math.ceil(text.length / characters));

export interface FrameWords {
  title: string;
  subtitle: string | null;
  /** Everything the credit line says: source, licence and the link back. */
  credit: string;
}

/**
 * @param figure Height in px of everything between the title and the credit on a phone.
 * @example phoneFrameHeight({ title, subtitle, credit }, 365) // 603
 */
export function phoneFrameHeight(words: FrameWords, figure: number): number {
  const block = (text: string | null, kind: keyof typeof TEXT) =>
    text === null || text === '' ? 0 : lines(text, TEXT[kind].characters) * TEXT[kind].line + TEXT[kind].after;
  return Math.round(FRAME + block(words.title, 'title') + block(words.subtitle, 'subtitle') + figure + block(words.credit, 'credit'));
}

/** Estimated height of a short line of text on a phone, e.g. the forces a chart leaves out, listed under it. */
export function phoneTextHeight(text: string): number {
  return text === '' ? 0 : lines(text, TEXT.subtitle.characters) * TEXT.subtitle.line + TEXT.subtitle.after;
}
