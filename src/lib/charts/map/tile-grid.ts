// The equal-area tile layout: one square per force, placed so that most
// neighbouring forces share an edge. The layout is data (data/geo/tile-grid.csv)
// so it can be edited and checked without touching code.

import { z } from 'zod';
import { forceCode, requiredText } from '../../data/cells.ts';
import { IssueList, formatIssue, quoteCell } from '../../data/issues.ts';
import type { TableSpec } from '../../data/schemas.ts';
import { parseTable } from '../../data/table.ts';
import type { ForceCode } from '../../data/types.ts';

export const TILE_GRID_FILE = 'geo/tile-grid.csv';

export interface TileCell {
  code: ForceCode;
  /** Column from the left, 0-based. */
  col: number;
  /** Row from the top, 0-based. */
  row: number;
  /** Short label printed on the tile, e.g. "MET", "CoL", "TVP". */
  abbr: string;
}

const gridIndex = z.string().transform((raw, ctx) => {
  if (!/^\d+$/.test(raw)) {
    ctx.addIssue(`${quoteCell(raw)} is not a whole number; expected a grid position of 0 or more`);
    return z.NEVER;
  }
  return Number(raw);
});

const tileGridTable: TableSpec<TileCell> = {
  file: TILE_GRID_FILE,
  columns: ['code', 'col', 'row', 'abbr'],
  row: z.object({
    code: forceCode,
    col: gridIndex,
    row: gridIndex,
    abbr: requiredText('a short label for the tile, e.g. MET'),
  }),
};

/**
 * Reads tile-grid.csv. Throws one error listing every problem: bad cells, a
 * force placed twice, or two forces in the same cell.
 *
 * @param text The file's contents.
 * @returns The cells in file order.
 * @example parseTileGrid(readFileSync('data/geo/tile-grid.csv', 'utf8'))
 */
export function parseTileGrid(text: string): TileCell[] {
  const issues = new IssueList();
  const table = parseTable(tileGridTable, text, issues);
  const cells: TileCell[] = [];
  const lineByCode = new Map<string, number>();
  const lineByPosition = new Map<string, number>();
  for (const { line, value } of table.rows) {
    if (value === null) continue;
    const position = `${value.col},${value.row}`;
    const codeLine = lineByCode.get(value.code);
    const positionLine = lineByPosition.get(position);
    if (codeLine !== undefined) {
      issues.add(TILE_GRID_FILE, line, 'code', `${value.code} is already placed on line ${codeLine}; expected each force once`);
    } else if (positionLine !== undefined) {
      issues.add(TILE_GRID_FILE, line, 'col', `column ${value.col}, row ${value.row} is already taken on line ${positionLine}; expected one force per cell`);
    } else {
      lineByCode.set(value.code, line);
      lineByPosition.set(position, line);
      cells.push(value);
    }
  }
  if (issues.count > 0) throw new Error(`${TILE_GRID_FILE} has problems:\n${issues.all.map(formatIssue).join('\n')}`);
  return cells;
}
