import type { DataIssue } from './types.ts';

/** `file:line:column: message`, or `file:line: message` when no single column is at fault. */
export function formatIssue(issue: DataIssue): string {
  const place = issue.column === '' ? `${issue.file}:${issue.line}` : `${issue.file}:${issue.line}:${issue.column}`;
  return `${place}: ${issue.message}`;
}

/**
 * Collects issues for one pass over a data folder. Remembers which cells
 * already have a problem so that later checks do not pile a second complaint
 * onto a cell an editor has to fix anyway.
 */
export class IssueList {
  readonly all: DataIssue[] = [];
  readonly #cellsWithIssues = new Set<string>();

  add(file: string, line: number, column: string, message: string): void {
    this.all.push({ file, line, column, message });
    this.#cellsWithIssues.add(cellKey(file, line, column));
  }

  hasIssueAt(file: string, line: number, column: string): boolean {
    return this.#cellsWithIssues.has(cellKey(file, line, column));
  }

  get count(): number {
    return this.all.length;
  }
}

function cellKey(file: string, line: number, column: string): string {
  return `${file}\u0000${line}\u0000${column}`;
}

/** Quotes a cell for a message, cut short so one runaway cell cannot flood the report. */
export function quoteCell(raw: string): string {
  const shown = raw.length > 40 ? `${raw.slice(0, 37)}...` : raw;
  return JSON.stringify(shown);
}
