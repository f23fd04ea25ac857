// Zod schemas for single CSV cells. Every cell arrives as trimmed text; each
// schema turns it into a typed value or explains, in an editor's terms, what
// was wrong and what was expected.
import { z } from 'zod';
import { quoteCell } from './issues.ts';
import type { IsoDate, StatementValue } from './types.ts';

type Ctx = z.RefinementCtx;

function cell<T>(parse: (raw: string, ctx: Ctx) => T | typeof z.NEVER) {
  return z.string().transform((raw, ctx) => parse(raw, ctx));
}

function reject(ctx: Ctx, message: string): typeof z.NEVER {
  ctx.addIssue(message);
  return z.NEVER;
}

export function requiredText(expected: string) {
  return cell((raw, ctx) => (raw === '' ? reject(ctx, `is blank; expected ${expected}`) : raw));
}

export const optionalText = z.string();

/** Plain digits, or digits in proper groups of three ("1,747"), as spreadsheets write counts. */
const WHOLE_NUMBER = /^(\d+|\d{1,3}(,\d{3})+)$/;

function readCount(raw: string, ctx: Ctx, expected: string): number | typeof z.NEVER {
  if (WHOLE_NUMBER.test(raw)) return Number(raw.replaceAll(',', ''));
  const problem = /^-\s*[\d.,]+$/.test(raw)
    ? 'is negative'
    : /^\d[\d,]*\.\d*$/.test(raw)
      ? 'is not a whole number (counts have no decimals)'
      : /^\d[\d,]*$/.test(raw)
        ? 'has misplaced thousands separators'
        : 'is not a whole number';
  return reject(ctx, `${quoteCell(raw)} ${problem}; expected ${expected}`);
}

/** A whole number of 0 or more, e.g. "0", "42", "1,747". */
export function count(expected = 'a whole number of 0 or more') {
  return cell((raw, ctx) => (raw === '' ? reject(ctx, `is blank; expected ${expected}`) : readCount(raw, ctx, expected)));
}

/** Words a spreadsheet or a source uses for "no answer" ("N/A", "-", "unknown"), which are never a number. */
const NOT_GIVEN_WORDS = /^(n\/?a|not applicable|not available|unknown|not known|tbc|-|–|—|\?)$/i;
/** Words for "none", which may mean zero. */
const NONE_WORDS = /^(none|nil|zero)$/i;

/**
 * Like `count`, but a blank means "not given" and becomes null, never 0.
 * `notGiven` is what to do when the cell holds a word such as "N/A".
 */
export function optionalCount(expected: string, notGiven?: string) {
  return cell((raw, ctx) => {
    if (raw === '') return null;
    if (notGiven !== undefined && NOT_GIVEN_WORDS.test(raw)) return reject(ctx, `${quoteCell(raw)} is not a number; ${notGiven}`);
    if (notGiven !== undefined && NONE_WORDS.test(raw)) return reject(ctx, `${quoteCell(raw)} is not a number; expected 0 if the source means none, otherwise ${notGiven.replace(/^expected /, '')}`);
    return readCount(raw, ctx, expected);
  });
}

export function positiveCount(expected: string) {
  return cell((raw, ctx) => {
    if (raw === '') return reject(ctx, `is blank; expected ${expected}`);
    const value = readCount(raw, ctx, expected);
    return value === 0 ? reject(ctx, `is 0; expected ${expected}`) : value;
  });
}

function readDate(raw: string, ctx: Ctx, expected: string): IsoDate | typeof z.NEVER {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!match) return reject(ctx, `${quoteCell(raw)} is not a date in the form YYYY-MM-DD; expected ${expected}`);
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? raw : reject(ctx, `${quoteCell(raw)} is not a real calendar date; expected ${expected}`);
}

export function isoDate(expected: string) {
  return cell((raw, ctx) => (raw === '' ? reject(ctx, `is blank; expected ${expected}`) : readDate(raw, ctx, expected)));
}

export function optionalIsoDate(expected: string) {
  return cell((raw, ctx) => (raw === '' ? null : readDate(raw, ctx, expected)));
}

export function oneOf<const T extends string>(values: readonly T[]) {
  const expected = `one of ${values.join(', ')}`;
  return cell((raw, ctx) =>
    (values as readonly string[]).includes(raw)
      ? (raw as T)
      : reject(ctx, `${raw === '' ? 'is blank' : `${quoteCell(raw)} is not allowed`}; expected ${expected}`),
  );
}

/** Blank (null) or one of `values`. */
export function optionalOneOf<const T extends string>(values: readonly T[]) {
  const expected = `a blank or one of ${values.join(', ')}`;
  return cell((raw, ctx) =>
    raw === '' ? null : (values as readonly string[]).includes(raw) ? (raw as T) : reject(ctx, `${quoteCell(raw)} is not allowed; expected ${expected}`),
  );
}

/** Text matching a pattern, e.g. a force code or slug. */
export function patterned(pattern: RegExp, expected: string) {
  return cell((raw, ctx) =>
    pattern.test(raw) ? raw : reject(ctx, `${raw === '' ? 'is blank' : `${quoteCell(raw)} is not valid`}; expected ${expected}`),
  );
}

export function splitList(raw: string): string[] {
  return raw
    .split('|')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A `|`-separated list; each entry must be one of `values` and appear once. */
export function listOf<const T extends string>(values: readonly T[], options: { required: boolean }) {
  const expected = `${options.required ? '' : 'a blank or '}a |-separated list of ${values.join(', ')}`;
  return cell((raw, ctx) => {
    const items = splitList(raw);
    if (items.length === 0 && options.required) return reject(ctx, `is blank; expected ${expected}`);
    const unknown = items.filter((item) => !(values as readonly string[]).includes(item));
    if (unknown.length > 0) return reject(ctx, `${unknown.map(quoteCell).join(', ')} not allowed; expected ${expected}`);
    const repeated = items.filter((item, index) => items.indexOf(item) !== index);
    if (repeated.length > 0) return reject(ctx, `${repeated.map(quoteCell).join(', ')} listed twice; expected ${expected}`);
    return items as T[];
  });
}

export const FORCE_CODE = /^(E23|W15)\d{6}$/;
export const forceCode = patterned(FORCE_CODE, 'an ONS police force area code: E23 or W15 then 6 digits, e.g. E23000001');
export const sourceId = patterned(/^S\d+$/, 'a source id: S then digits, e.g. S01');
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG_RULE = 'lower-case letters, digits and single hyphens, e.g. devon-and-cornwall';
export const slug = patterned(SLUG, SLUG_RULE);

/** A `|`-separated list of slugs, each listed once; a blank is an empty list. */
export const slugList = cell((raw, ctx) => {
  const expected = `a blank or a |-separated list of slugs: ${SLUG_RULE}`;
  const items = splitList(raw);
  const invalid = items.filter((item) => !SLUG.test(item));
  if (invalid.length > 0) return reject(ctx, `${invalid.map(quoteCell).join(', ')} not valid; expected ${expected}`);
  const repeated = items.filter((item, index) => items.indexOf(item) !== index);
  if (repeated.length > 0) return reject(ctx, `${repeated.map(quoteCell).join(', ')} listed twice; expected ${expected}`);
  return items;
});
export const snakeKey = patterned(
  /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/,
  'a snake_case key: lower-case letters, digits and underscores, e.g. court_spos_first_year',
);
export const httpsUrl = patterned(/^(https:\/\/\S+)?$/, 'a URL starting https:// or a blank');

/** "2020/21" -> 2020: a Home Office financial year, April to March. */
export const financialYear = cell((raw, ctx) => {
  const expected = 'a financial year written YYYY/YY, e.g. 2020/21';
  const match = /^(\d{4})\/(\d{2})$/.exec(raw);
  if (!match) return reject(ctx, `${raw === '' ? 'is blank' : `${quoteCell(raw)} is not valid`}; expected ${expected}`);
  const startYear = Number(match[1]);
  if ((startYear + 1) % 100 !== Number(match[2])) {
    return reject(ctx, `${quoteCell(raw)} does not span two consecutive years; expected ${expected}`);
  }
  return raw;
});

export const quarter = cell((raw, ctx) =>
  /^[1-4]$/.test(raw)
    ? (Number(raw) as 1 | 2 | 3 | 4)
    : reject(ctx, `${raw === '' ? 'is blank' : `${quoteCell(raw)} is not a quarter`}; expected 1, 2, 3 or 4`),
);

const PARTIAL_DATE_EXPECTED = 'a date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD';

function readPartialDate(raw: string, ctx: Ctx): string | typeof z.NEVER {
  if (/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(raw)) return raw;
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return readDate(raw, ctx, PARTIAL_DATE_EXPECTED);
  return reject(ctx, `${quoteCell(raw)} is not a date; expected ${PARTIAL_DATE_EXPECTED}`);
}

/** A blank (null) or a date to the precision the source gives: "2024", "2024-09", "2024-09-30". */
export const optionalPartialDate = cell((raw, ctx) => (raw === '' ? null : readPartialDate(raw, ctx)));

const STATEMENT_VALUE_EXPECTED = 'the value as the source prints it: a whole number ("42"), "<5" for "fewer than five" or "1-5" for "between one and five"';

/** A count as printed, keeping a suppressed value suppressed: "42", "<5", "1-5". */
export const statementValue = cell((raw, ctx): StatementValue | typeof z.NEVER => {
  if (raw === '') return reject(ctx, `is blank; expected ${STATEMENT_VALUE_EXPECTED}`);
  const fewer = /^<\s*(\d+)$/.exec(raw);
  if (fewer) {
    const limit = Number(fewer[1]);
    return limit > 0 ? { type: 'fewer_than', limit } : reject(ctx, `${quoteCell(raw)} cannot be fewer than 0; expected ${STATEMENT_VALUE_EXPECTED}`);
  }
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(raw);
  if (range) {
    const [low, high] = [Number(range[1]), Number(range[2])];
    return low < high ? { type: 'range', low, high } : reject(ctx, `${quoteCell(raw)} is not a range from low to high; expected ${STATEMENT_VALUE_EXPECTED}`);
  }
  const count = readCount(raw, ctx, STATEMENT_VALUE_EXPECTED);
  return typeof count === 'number' ? { type: 'count', count } : z.NEVER;
});
