// What an embed tells the page around it, in the three dialects hosts listen
// for. The embed posts its height to its parent on load, whenever the height
// it needs changes, and whenever a host asks for it:
// - our own message, which the host script (public/embed.js, which repeats
//   these names because it is a plain file served as it is) accepts only in
//   this shape and only from this site's origin;
// - pym.js's string message ("pymxPYMx<id>xPYMxheightxPYMx<px>"), for a host
//   page whose pym.js Parent made the frame and gave it its id (?childId=);
//   @newswire/frames and NPR's sidechain read it too;
// - AMP's embed-size message, which amp-iframe, @newswire/frames and
//   sidechain read.

export const HEIGHT_MESSAGE_TYPE = 'spo-embed-height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  /** The height the embed's content needs at its current width, in CSS pixels. */
  height: number;
  /** The view's id, e.g. "forces/kent". */
  id: string;
}

/**
 * While this class is on <html>, an embed page lays itself out at the height
 * it needs instead of fitting its frame (src/layouts/Embed.astro): the child
 * script measures that height with it for one synchronous layout.
 */
export const MEASURING_CLASS = 'embed-measuring';

/** The query parameter that picks out one force in a map or ranking embed: ?force=<slug>. */
export const HIGHLIGHT_PARAMETER = 'force';

/** The query parameter a pym.js Parent adds to the frame's address: the id its messages carry. */
export const PYM_ID_PARAMETER = 'childId';
const PYM_DELIMITER = 'xPYMx';

/** A message in pym.js's format, e.g. pymMessage("spo-1", "height", 700). */
export function pymMessage(id: string, type: string, value: string | number): string {
  return ['pym', id, type, String(value)].join(PYM_DELIMITER);
}

/** AMP's resize request, in the shape amp-iframe, @newswire/frames and sidechain accept. */
export function ampEmbedSize(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/**
 * Whether a message from the parent asks for the height: pym.js's Parent sends
 * the frame's width (on load and when the page resizes) and expects the
 * height back; @newswire/frames says it has started listening.
 */
export function asksForHeight(data: unknown, pymId: string | null): boolean {
  if (typeof data === 'string') return pymId !== null && data.startsWith(pymMessage(pymId, 'width', ''));
  if (typeof data !== 'object' || data === null) return false;
  const { sentinel, type } = data as { sentinel?: unknown; type?: unknown };
  return sentinel === 'amp' && type === 'frames-init';
}
