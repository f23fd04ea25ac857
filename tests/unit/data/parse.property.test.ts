// Whatever an editor or a spreadsheet does to the files, the loader must not
// throw: it either accepts the folder or points at problems by file and line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOUNDARY_FILE, formatIssue, parseDataFiles } from '../../../src/lib/data/load.ts';
import { type Fixture, toFiles, topologyText, validFixture } from './fixture.ts';

const FILES = Object.keys(validFixture());
const JUNK = ['n/a', '-', '#DIV/0!', '-5', '3.5', '1,2', '', ' ', '"', '""', '\uFEFF', 'E23000099', 'S99', 'reported', '2021-02-30', '|'];
const STRAY = ['"', ',', '\n', '\r', '\r\n', '|', '-', ' ', '\uFEFF', 'x', '7', '.'];

const fileName = fc.constantFrom(...FILES);
const index = fc.nat({ max: 1000 });

/** Edits made on the cells, before the files are written out. */
const cellEdit = fc.oneof(
  fc.record({ kind: fc.constant('junk' as const), file: fileName, row: index, column: index, junk: fc.constantFrom(...JUNK) }),
  fc.record({ kind: fc.constant('swap' as const), file: fileName, row: index, a: index, b: index }),
  fc.record({ kind: fc.constant('dropColumn' as const), file: fileName, column: index }),
  fc.record({ kind: fc.constant('dropRow' as const), file: fileName, row: index }),
);

/** Edits made on the written text. */
const textEdit = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), file: fileName, at: index, length: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('insert' as const), file: fileName, at: index, text: fc.constantFrom(...STRAY) }),
  fc.record({ kind: fc.constant('crlf' as const), file: fileName }),
  fc.record({ kind: fc.constant('bom' as const), file: fileName }),
  fc.record({ kind: fc.constant('truncate' as const), file: fileName, at: index }),
  fc.record({ kind: fc.constant('remove' as const), file: fileName }),
);

type CellEdit = typeof cellEdit extends fc.Arbitrary<infer T> ? T : never;
type TextEdit = typeof textEdit extends fc.Arbitrary<infer T> ? T : never;

function pick<T>(items: readonly T[], at: number): T | undefined {
  return items.length === 0 ? undefined : items[at % items.length];
}

function applyCellEdit(fixture: Fixture, edit: CellEdit): void {
  const table = fixture[edit.file];
  if (!table) return;
  const row = pick(table.rows, 'row' in edit ? edit.row : 0);
  switch (edit.kind) {
    case 'junk':
      if (row) row[edit.column % row.length] = edit.junk;
      break;
    case 'swap': {
      if (!row) break;
      const [a, b] = [edit.a % row.length, edit.b % row.length];
      [row[a], row[b]] = [row[b] ?? '', row[a] ?? ''];
      break;
    }
    case 'dropColumn': {
      const column = edit.column % table.header.length;
      table.header.splice(column, 1);
      for (const cells of table.rows) cells.splice(column, 1);
      break;
    }
    case 'dropRow':
      if (table.rows.length > 0) table.rows.splice(edit.row % table.rows.length, 1);
      break;
  }
}

function applyTextEdit(files: Record<string, string>, edit: TextEdit): void {
  const text = files[edit.file];
  if (text === undefined) return;
  const at = 'at' in edit ? edit.at % (text.length + 1) : 0;
  switch (edit.kind) {
    case 'delete':
      files[edit.file] = text.slice(0, at) + text.slice(at + edit.length);
      break;
    case 'insert':
      files[edit.file] = text.slice(0, at) + edit.text + text.slice(at);
      break;
    case 'crlf':
      files[edit.file] = text.replaceAll('\n', '\r\n');
      break;
    case 'bom':
      files[edit.file] = `\uFEFF${text}`;
      break;
    case 'truncate':
      files[edit.file] = text.slice(0, at);
      break;
    case 'remove':
      delete files[edit.file];
      break;
  }
}

const topology = fc.oneof(
  fc.constant(topologyText()),
  fc.constant(topologyText(['E23000001'])),
  fc.constant('{"type":"Topology","objects":{}}'),
  fc.constant('not json'),
  fc.constant(undefined),
  fc.nat({ max: 200 }).map((cut) => topologyText().slice(0, cut)),
);

function lineCount(text: string | undefined): number {
  return text === undefined ? 0 : text.split(/\r\n|\r|\n/).length;
}

describe('parseDataFiles under random corruption', () => {
  // Two hundred folders parsed one after another: slow on a loaded machine, not a hang.
  it('never throws, and every issue names a file, a line that exists (or 0) and a message', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.array(cellEdit, { maxLength: 4 }),
        fc.array(textEdit, { maxLength: 4 }),
        topology,
        (cellEdits, textEdits, topoJson) => {
          const fixture = validFixture();
          for (const edit of cellEdits) applyCellEdit(fixture, edit);
          const files = toFiles(fixture);
          for (const edit of textEdits) applyTextEdit(files, edit);

          const result = parseDataFiles(files, topoJson);

          if (result.model !== null) {
            expect(result.issues).toEqual([]);
            return;
          }
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) {
            expect([...FILES, BOUNDARY_FILE]).toContain(issue.file);
            expect(Number.isInteger(issue.line)).toBe(true);
            expect(issue.line).toBeGreaterThanOrEqual(0);
            expect(issue.line).toBeLessThanOrEqual(lineCount(issue.file === BOUNDARY_FILE ? topoJson : files[issue.file]));
            expect(issue.message.trim()).not.toBe('');
            const at = issue.line === 0 ? '' : `:${issue.line}`;
            const place = issue.column === '' ? `${issue.file}${at}: ` : issue.line === 0 ? `${issue.file}, column ${issue.column}: ` : `${issue.file}${at}:${issue.column}: `;
            expect(formatIssue(issue).startsWith(place)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads the same model whatever line endings, byte order mark and padding a spreadsheet adds', () => {
    const expected = parseDataFiles(toFiles(validFixture()), topologyText()).model;
    expect(expected).not.toBeNull();
    fc.assert(
      fc.property(
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.constantFrom('', ' ', '  ', '\t'),
        (newline, bom, padding) => {
          const fixture = validFixture();
          for (const table of Object.values(fixture)) {
            table.rows = table.rows.map((row) => row.map((cell) => `${padding}${cell}${padding}`));
          }
          const files = Object.fromEntries(
            Object.entries(toFiles(fixture)).map(([name, text]) => [name, `${bom ? '\uFEFF' : ''}${text.replaceAll('\n', newline)}`]),
          );
          expect(parseDataFiles(files, topologyText()).model).toEqual(expected);
        },
      ),
      { numRuns: 50 },
    );
  });
});
