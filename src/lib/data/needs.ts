// Rows that the site's pages refer to by id, beyond each file's own rules: a
// national figure the home page prints, for example. The pages declare them
// (src/lib/site-needs.ts); the loader checks them like any other rule, so a
// deleted row is a message at its file, not a build that stops halfway.
import type { IssueList } from './issues.ts';
import type { ParsedTable } from './table.ts';
import type { NationalFigure } from './types.ts';

export interface DataNeeds {
  /** National figures cited by id, each with what cites it ("the home page's headline figures"). */
  nationalFigures: readonly { id: string; usedBy: string }[];
}

export function checkNeeds(nationalFigures: ParsedTable<NationalFigure>, needs: DataNeeds, issues: IssueList): void {
  if (!nationalFigures.complete || nationalFigures.rows.some((row) => !row.wellFormed || issues.hasIssueAt(nationalFigures.file, row.line, 'id'))) return;
  const ids = new Set(nationalFigures.rows.map((row) => row.cells['id']));
  for (const { id, usedBy } of needs.nationalFigures) {
    if (ids.has(id)) continue;
    issues.add(
      nationalFigures.file,
      0,
      'id',
      `has no row with id ${id}, which ${usedBy} cite${usedBy.endsWith('s') ? '' : 's'}; expected that row: restore it from the last commit or the last build (or rename the row whose id was changed back to ${id})`,
    );
  }
}
