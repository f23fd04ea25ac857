// Small helpers for writing SVG and HTML as strings.

/** Escapes text for use in element content and double-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&${ENTITIES[character]};`);
}

const ENTITIES: Record<string, string> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' };

/** Attributes as ` name="value"`, skipping null and undefined values; values are escaped. */
export function attributes(values: Record<string, string | number | null | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

/**
 * The <title> and <desc> that name and describe an SVG, with ids under
 * `idPrefix` for the root's aria-labelledby and aria-describedby.
 */
export function titleAndDesc(idPrefix: string, title: string, description: string): { titleId: string; descId: string; markup: string } {
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  return {
    titleId,
    descId,
    markup: `<title id="${escapeXml(titleId)}">${escapeXml(title)}</title><desc id="${escapeXml(descId)}">${escapeXml(description)}</desc>`,
  };
}

/** A coordinate or length rounded to 0.1, printed without trailing zeros. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10 + 0;
}
