// The equal-area tile layout (data/geo/tile-grid.csv): one square per force,
// placed by hand so that most neighbouring forces share an edge. Read and
// checked here like every other data file; the map only draws it.
import { z } from 'zod';
import { forceCode, patterned } from './cells.ts';
import { IssueList, formatIssue, quoteCell } from './issues.ts';
import { DATA_FILES, type TableSpec } from './schemas.ts';
import { type ParsedTable, parseTable } from './table.ts';
import type { Force, ForceCode } from './types.ts';

export const TILE_GRID_FILE = DATA_FILES.tileGrid;

export interface TileCell {
  code: ForceCode;
  /** Column from the left, 0-based. */
  col: number;
  /** Row from the top, 0-based. */
  row: number;
  /** Short label printed on the tile, e.g. "MET", "CoL", "TVP". */
  abbr: string;
}

/** Grid positions beyond this are typing slips: the layout is about 8 columns by 11 rows. */
const MAX_GRID_INDEX = 99;

const gridIndex = z.string().transform((raw, ctx) => {
  if (!/^\d+$/.test(raw)) {
    ctx.addIssue(`${quoteCell(raw)} is not a whole number; expected a grid position from 0 to ${MAX_GRID_INDEX}`);
    return z.NEVER;
  }
  const value = Number(raw);
  if (value > MAX_GRID_INDEX) {
    ctx.addIssue(`${value} is off the grid; expected a grid position from 0 to ${MAX_GRID_INDEX}`);
    return z.NEVER;
  }
  return value;
});

export const tileGridTable: TableSpec<TileCell> = {
  file: TILE_GRID_FILE,
  columns: ['code', 'col', 'row', 'abbr'],
  row: z.object({
    code: forceCode,
    col: gridIndex,
    row: gridIndex,
    abbr: patterned(/^\S{2,4}$/, 'a short label for the tile, 2 to 4 characters without spaces, e.g. MET'),
  }),
};

/**
 * The tiles in file order, each force and each grid cell and label once;
 * problems added to `issues`. With `forces`, every force must have a tile
 * and every tile a force.
 */
export function checkTileGrid(table: ParsedTable<TileCell>, issues: IssueList, forces?: readonly Pick<Force, 'code' | 'name'>[]): TileCell[] {
  const cells: TileCell[] = [];
  const lineByCode = new Map<string, number>();
  const lineByPosition = new Map<string, number>();
  const lineByLabel = new Map<string, number>();
  for (const { line, value } of table.rows) {
    if (value === null) continue;
    const position = `${value.col},${value.row}`;
    const [codeLine, positionLine, labelLine] = [lineByCode.get(value.code), lineByPosition.get(position), lineByLabel.get(value.abbr)];
    if (codeLine !== undefined) {
      issues.add(TILE_GRID_FILE, line, 'code', `${value.code} is already placed on line ${codeLine}; expected each force once`);
    } else if (positionLine !== undefined) {
      issues.add(TILE_GRID_FILE, line, 'col', `column ${value.col}, row ${value.row} is already taken on line ${positionLine}; expected one force per cell (move one of them to an empty cell)`);
    } else if (labelLine !== undefined) {
      issues.add(TILE_GRID_FILE, line, 'abbr', `${quoteCell(value.abbr)} is already the label on line ${labelLine}; expected each label once, so readers can tell the tiles apart`);
    } else {
      lineByCode.set(value.code, line);
      lineByPosition.set(position, line);
      lineByLabel.set(value.abbr, line);
      cells.push(value);
    }
  }
  // A tile placed twice has taken another's place: that is already the problem to fix.
  if (forces === undefined || !table.complete || table.rows.some((row) => row.value === null) || issues.hasIssueIn(TILE_GRID_FILE)) return cells;
  const known = new Set(forces.map((force) => force.code));
  for (const { line, value } of table.rows) {
    if (value !== null && !known.has(value.code)) {
      issues.add(TILE_GRID_FILE, line, 'code', `${value.code} is not a force in forces.csv; expected only the codes of forces.csv, each once`);
    }
  }
  for (const force of forces) {
    if (lineByCode.has(force.code)) continue;
    issues.add(
      TILE_GRID_FILE,
      0,
      '',
      `has no tile for ${force.name} (${force.code}); expected one row per force in forces.csv: add a row ${force.code},col,row,label with a free cell`,
    );
  }
  return cells;
}

/**
 * Reads tile-grid.csv on its own (for tools and tests). Throws one error
 * listing every problem: bad cells, a force placed twice, or two forces in the
 * same cell.
 *
 * @param text The file's contents.
 * @returns The cells in file order.
 * @example parseTileGrid(readFileSync('data/geo/tile-grid.csv', 'utf8'))
 */
export function parseTileGrid(text: string): TileCell[] {
  const issues = new IssueList();
  const cells = checkTileGrid(parseTable(tileGridTable, text, issues), issues);
  if (issues.count > 0) throw new Error(`${TILE_GRID_FILE} has problems:\n${issues.all.map(formatIssue).join('\n')}`);
  return cells;
}
