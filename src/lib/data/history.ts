// Warnings that need the last good version of the data (the last commit, or
// the last successful build's copy): edits that are valid on their own but
// break something that was right before.
import { quoteCell, type IssueList } from './issues.ts';
import type { Tables } from './cross-checks.ts';
import type { DataModel } from './types.ts';

export function comparePrevious(previous: DataModel, tables: Tables, issues: IssueList): void {
  warnSlugChanges(previous, tables, issues);
  warnNationalFigureValues(previous, tables, issues);
}

/**
 * A force's page lives at /forces/<slug>/: a new slug breaks every link and
 * pasted embed code to the old address unless the old slug is kept as an
 * alias that redirects to the new one.
 */
function warnSlugChanges(previous: DataModel, tables: Tables, issues: IssueList): void {
  const oldSlug = new Map(previous.forces.map((force) => [force.code, force.slug]));
  for (const { line, value } of tables.forces.rows) {
    if (value === null) continue;
    const before = oldSlug.get(value.code);
    if (before === undefined || before === value.slug) continue;
    if (value.oldSlugs.includes(before)) continue;
    issues.warn(
      tables.forces.file,
      line,
      'slug',
      `changed from ${quoteCell(before)} to ${quoteCell(value.slug)}: links and embed codes to /forces/${before}/ will break; keep the old address working by adding ${before} to this row's old_slugs column (|-separated), which redirects it to the new page, or change the slug back`,
    );
  }
}

/** Letters and digits only, lower case: "+382", "382" and "382." compare the same. */
function bare(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function inQuote(value: string, quote: string): boolean {
  return quote.toLowerCase().includes(value.toLowerCase());
}

/**
 * National figures are text, printed as the source printed them ("59,950",
 * "+382", "January 2022"). A spreadsheet round trip turns them into numbers
 * and dates ("59950", "382", "01/01/22"); the site would then print a form the
 * source never used, or a value its own quote no longer contains.
 */
function warnNationalFigureValues(previous: DataModel, tables: Tables, issues: IssueList): void {
  const before = new Map(previous.nationalFigures.map((figure) => [figure.id, figure]));
  for (const { line, value } of tables.nationalFigures.rows) {
    if (value === null) continue;
    const old = before.get(value.id);
    if (old === undefined || old.value === value.value) continue;
    const warn = (message: string) => issues.warn(tables.nationalFigures.file, line, 'value', message);
    if (bare(old.value) === bare(value.value)) {
      warn(`was ${quoteCell(old.value)}, as the source printed it, and is now ${quoteCell(value.value)} (a spreadsheet may have read it as a number); expected the value exactly as printed: put back ${quoteCell(old.value)}`);
    } else if (inQuote(old.value, old.quote) && !inQuote(value.value, value.quote)) {
      warn(`${quoteCell(value.value)} no longer appears in the figure's own quote (${quoteCell(value.quote)}); expected the value as the quote prints it, or the quote updated with it (it was ${quoteCell(old.value)})`);
    }
  }
}
