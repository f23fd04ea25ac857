// Random edits an editor might make to a data folder, for property tests of
// the checker: a cell copied from another row, a number revised up or down, a
// cell retyped (a blank, "n/a", a date, text with markup or accents), a row
// deleted, copied or moved. Cells are edited as a
// spreadsheet would, on the parsed rows, and the files written back as CSV.
import fc from 'fast-check';
import Papa from 'papaparse';

const CELL_VALUES = [
  '', '0', '1', '7', '12', '250', '1,747', '3000', '007', 'n/a', '-', '+382', '59,950', 'January 2022',
  '2019-05-01', '2020-01-20', '2021-02-28', '2024-12-31', '2019/20', '2015/16', '2027/28',
  'reported', 'no_response', 'not_covered', 'applications', 'granted|refused', 'S01', 'S06', 'E23000001',
  'new-slug', 'Thames Valley', '<script>alert(1)</script>', 'Ünïcödé “quotes” & ampersands', 'A note, with a comma',
];

export type EditorEdit =
  | { kind: 'cell'; file: string; row: number; column: number; value: string }
  | { kind: 'copyCell'; file: string; row: number; column: number; from: number }
  | { kind: 'scaleNumber'; file: string; row: number; column: number; percent: number }
  | { kind: 'text'; file: string; row: number; column: number; text: string }
  | { kind: 'deleteRow'; file: string; row: number }
  | { kind: 'copyRow'; file: string; row: number }
  | { kind: 'moveRow'; file: string; row: number; to: number };

/** Up to three edits to the CSV files of `files`. */
export function editorEdits(files: Readonly<Record<string, string>>): fc.Arbitrary<EditorEdit[]> {
  const file = fc.constantFrom(...Object.keys(files).filter((name) => name.endsWith('.csv')));
  const index = fc.nat({ max: 5_000 });
  const edit: fc.Arbitrary<EditorEdit> = fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('copyCell' as const), file, row: index, column: index, from: index }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('scaleNumber' as const), file, row: index, column: index, percent: fc.integer({ min: 0, max: 300 }) }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('cell' as const), file, row: index, column: index, value: fc.constantFrom(...CELL_VALUES) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('text' as const), file, row: index, column: index, text: fc.string({ maxLength: 30 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteRow' as const), file, row: index }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('copyRow' as const), file, row: index }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('moveRow' as const), file, row: index, to: index }) },
  );
  return fc.array(edit, { minLength: 1, maxLength: 3 });
}

/** The files with the edits applied, each edited file written back as CSV. */
export function applyEdits(
  files: Readonly<Record<string, string>>,
  topology: string | undefined,
  edits: readonly EditorEdit[],
): { files: Record<string, string>; topology: string | undefined } {
  const tables = new Map<string, string[][]>();
  const rowsOf = (name: string) => {
    let table = tables.get(name);
    if (table === undefined) {
      table = Papa.parse<string[]>(files[name] ?? '', { skipEmptyLines: true }).data;
      tables.set(name, table);
    }
    return table;
  };
  for (const edit of edits) {
    const [header = [], ...rows] = rowsOf(edit.file);
    if (rows.length === 0) continue;
    const at = edit.row % rows.length;
    const row = rows[at] ?? [];
    switch (edit.kind) {
      case 'copyCell': {
        const column = edit.column % header.length;
        row[column] = rows[edit.from % rows.length]?.[column] ?? '';
        break;
      }
      case 'scaleNumber': {
        const column = edit.column % header.length;
        const value = row[column] ?? '';
        if (/^\d[\d,]*$/.test(value)) row[column] = String(Math.round((Number(value.replaceAll(',', '')) * edit.percent) / 100));
        break;
      }
      case 'cell':
        row[edit.column % header.length] = edit.value;
        break;
      case 'text':
        row[edit.column % header.length] = edit.text;
        break;
      case 'deleteRow':
        rows.splice(at, 1);
        break;
      case 'copyRow':
        rows.splice(at, 0, [...row]);
        break;
      case 'moveRow':
        rows.splice(at, 1);
        rows.splice(edit.to % (rows.length + 1), 0, row);
        break;
    }
    tables.set(edit.file, [header, ...rows]);
  }
  const edited = { ...files };
  for (const [name, table] of tables) edited[name] = `${Papa.unparse(table, { newline: '\n' })}\n`;
  return { files: edited, topology };
}
