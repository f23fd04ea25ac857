import type { DataIssue } from './types.ts';

/**
 * `file:line:column: message`, `file:line: message` when no single column is
 * at fault, and `file: message` (or `file, column name: message`) for a
 * problem with the whole file, which has no line to point at.
 */
export function formatIssue(issue: DataIssue): string {
  if (issue.line === 0) return `${issue.column === '' ? issue.file : `${issue.file}, column ${issue.column}`}: ${issue.message}`;
  const place = issue.column === '' ? `${issue.file}:${issue.line}` : `${issue.file}:${issue.line}:${issue.column}`;
  return `${place}: ${issue.message}`;
}

/** Problems shown per file before the rest are counted, so one broken file fits on a screen. */
export const SHOWN_PER_FILE = 12;

/**
 * What an issue says once the cell it quotes and the place are left out: two
 * issues with the same kind are "like" each other ("is not a whole number").
 */
function kindOf(issue: DataIssue): string {
  return `${issue.column}\u0000${issue.message.replace(/"(?:[^"\\]|\\.)*"/g, '"…"').replace(/\d[\d,./-]*/g, '#')}`;
}

/** Kinds of problem summarised per file after the first ones; the rest are only counted. */
const KINDS_SUMMARISED = 4;

/**
 * Every issue, formatted, at most `shown` per file, then one line per kind of
 * problem left ("and 199,990 more like this: …"), so a file with 200,000 bad
 * rows still fits on a screen and still names each kind of problem.
 */
export function formatIssues(issues: readonly DataIssue[], shown = SHOWN_PER_FILE): string[] {
  const byFile = new Map<string, DataIssue[]>();
  for (const issue of issues) {
    const fileIssues = byFile.get(issue.file);
    if (fileIssues) fileIssues.push(issue);
    else byFile.set(issue.file, [issue]);
  }
  return [...byFile.entries()].flatMap(([file, fileIssues]) => {
    const lines = fileIssues.slice(0, shown).map(formatIssue);
    const kinds = new Map<string, { example: DataIssue; count: number }>();
    for (const issue of fileIssues.slice(shown)) {
      const entry = kinds.get(kindOf(issue));
      if (entry) entry.count += 1;
      else kinds.set(kindOf(issue), { example: issue, count: 1 });
    }
    const summarised = [...kinds.values()].slice(0, KINDS_SUMMARISED);
    for (const { example, count } of summarised) {
      lines.push(`${file}: and ${countFormat.format(count)} more like this: ${formatIssue(example)}`);
    }
    const others = [...kinds.values()].slice(KINDS_SUMMARISED).reduce((sum, { count }) => sum + count, 0);
    if (others > 0) lines.push(`${file}: and ${countFormat.format(others)} more of other kinds`);
    return lines;
  });
}

const countFormat = new Intl.NumberFormat('en-GB');

/**
 * Collects issues for one pass over a data folder. Remembers which cells
 * already have a problem so that later checks do not pile a second complaint
 * onto a cell an editor has to fix anyway. Warnings are kept apart: they never
 * stop a build.
 */
export class IssueList {
  readonly all: DataIssue[] = [];
  readonly warnings: DataIssue[] = [];
  readonly #cellsWithIssues = new Set<string>();
  readonly #cellsWithWarnings = new Set<string>();

  add(file: string, line: number, column: string, message: string): void {
    this.all.push({ file, line, column, message });
    this.#cellsWithIssues.add(cellKey(file, line, column));
  }

  /** One warning per cell: the first check to notice it says it best. */
  warn(file: string, line: number, column: string, message: string): void {
    const key = cellKey(file, line, column);
    if (this.#cellsWithWarnings.has(key)) return;
    this.#cellsWithWarnings.add(key);
    this.warnings.push({ file, line, column, message });
  }

  hasIssueAt(file: string, line: number, column: string): boolean {
    return this.#cellsWithIssues.has(cellKey(file, line, column));
  }

  /** True when any problem (not warning) names this file. */
  hasIssueIn(file: string): boolean {
    return this.all.some((issue) => issue.file === file);
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
