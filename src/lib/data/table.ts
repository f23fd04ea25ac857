import { readCsv } from './csv.ts';
import type { IssueList } from './issues.ts';
import type { TableSpec } from './schemas.ts';

export interface ParsedRow<T> {
  line: number;
  /** Trimmed cell text, kept so cross-file checks can still use a row whose other cells are wrong. */
  cells: Record<string, string>;
  /** Null when any cell of the row is invalid (the problem is already in the issue list). */
  value: T | null;
  /** False when the row's cells could not be lined up with the columns; its cells are then not judged. */
  wellFormed: boolean;
}

export interface ParsedTable<T> {
  file: string;
  /** See CsvTable.complete. */
  complete: boolean;
  rows: ParsedRow<T>[];
}

export function parseTable<T>(spec: TableSpec<T>, text: string | undefined, issues: IssueList): ParsedTable<T> {
  const csv = readCsv(spec.file, text, spec.columns, issues);
  const rows = csv.rows.map(({ line, cells, wellFormed }): ParsedRow<T> => {
    if (!wellFormed) return { line, cells, value: null, wellFormed };
    const result = spec.row.safeParse(cells);
    if (!result.success) {
      for (const problem of result.error.issues) {
        issues.add(spec.file, line, String(problem.path[0] ?? ''), problem.message);
      }
    }
    return { line, cells, value: result.success ? result.data : null, wellFormed };
  });
  return { file: spec.file, complete: csv.complete, rows };
}
