// Ordering of table rows for the sortable-table script, kept apart from the
// DOM so it can be tested. A cell without a value (an empty sort key) always
// sorts after every cell with one, whichever way the column is sorted: a
// missing figure is never the smallest number.

export type SortType = 'number' | 'text';
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** Compares two sort keys (as written in data-sort-value or the cell's text). */
export function compareSortKeys(a: string, b: string, type: SortType, direction: SortDirection): number {
  const aMissing = a.trim() === '';
  const bMissing = b.trim() === '';
  if (aMissing || bMissing) return Number(aMissing) - Number(bMissing);
  const order = type === 'number' ? Number(a) - Number(b) : collator.compare(a, b);
  return direction === 'ascending' ? order : -order;
}

/** Indexes of `keys` in sorted order; equal keys keep their original order. */
export function sortedOrder(keys: readonly string[], type: SortType, direction: SortDirection): number[] {
  return keys
    .map((key, index) => ({ key, index }))
    .sort((a, b) => compareSortKeys(a.key, b.key, type, direction) || a.index - b.index)
    .map(({ index }) => index);
}
