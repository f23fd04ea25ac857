// What an embed tells the page around it. The embed posts this message to its
// parent on load and whenever its size changes; the host script
// (public/embed.js, which repeats these names because it is a plain file
// served as it is) accepts only this shape, from this site's origin.

export const HEIGHT_MESSAGE_TYPE = 'spo-embed-height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  /** The embed's content height in CSS pixels. */
  height: number;
  /** The view's id, e.g. "forces/kent". */
  id: string;
}
