// Makes tables marked data-sortable sortable by column. Each header cell with
// data-sort="number" or data-sort="text" gets a button; pressing it sorts the
// body rows by that column (data-sort-value on the cell, else its text) and
// sets aria-sort on the header. Without JavaScript the table is complete, in
// its original order. Sortable headers sit in the last header row, or anywhere
// in the head with data-sort-column naming the column they sort (a header
// spanning two rows above grouped columns). As in the WAI-ARIA sortable table
// pattern, screen readers learn the new order from aria-sort on the header
// whose button has focus.
import { type SortDirection, type SortType, sortedOrder } from '../lib/table-sort.ts';

function columnIndex(cell: HTMLTableCellElement): number {
  const named = cell.dataset['sortColumn'];
  if (named !== undefined) return Number(named);
  let index = 0;
  for (let previous = cell.previousElementSibling; previous; previous = previous.previousElementSibling) {
    index += (previous as HTMLTableCellElement).colSpan;
  }
  return index;
}

function cellAt(row: HTMLTableRowElement, column: number): HTMLTableCellElement | null {
  let index = 0;
  for (const cell of Array.from(row.cells)) {
    if (index === column) return cell;
    index += cell.colSpan;
  }
  return null;
}

export function enhance(table: HTMLTableElement): void {
  const headerRow = table.tHead?.rows[table.tHead.rows.length - 1];
  const body = table.tBodies[0];
  if (!headerRow || !body) return;
  const sortable = (cell: HTMLTableCellElement) => cell.dataset['sort'] === 'number' || cell.dataset['sort'] === 'text';
  const headers = Array.from(table.tHead?.querySelectorAll<HTMLTableCellElement>('th') ?? []).filter(
    (cell) => sortable(cell) && (cell.parentElement === headerRow || cell.dataset['sortColumn'] !== undefined),
  );

  for (const header of headers) {
    const type = header.dataset['sort'] as SortType;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...Array.from(header.childNodes));
    header.append(button);
    button.addEventListener('click', () => {
      // Numbers start highest first, names A to Z; pressing again reverses.
      const current = header.getAttribute('aria-sort');
      const direction: SortDirection = current === 'ascending' ? 'descending' : current === 'descending' ? 'ascending' : type === 'number' ? 'descending' : 'ascending';
      const column = columnIndex(header);
      const rows = Array.from(body.rows);
      const keys = rows.map((row) => {
        const cell = cellAt(row, column);
        return cell?.dataset['sortValue'] ?? cell?.textContent?.trim() ?? '';
      });
      body.append(...sortedOrder(keys, type, direction).map((index) => rows[index] as HTMLTableRowElement));
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', direction);
    });
  }
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhance(table);
