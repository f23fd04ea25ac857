// What changed between two versions of the data folder, in lines an editor
// can read at a glance ("Durham, <dataset id> applications: 3 -> 5").
import {
  SPO_MEASURES,
  type DataModel,
  type ForceCode,
  type OffenceQuarter,
  type SpoFigure,
} from './types.ts';

const numberFormat = new Intl.NumberFormat('en-GB');

/** Text fields longer than this are reported as "changed" rather than quoted in full. */
const LONG_TEXT = 60;

/** Changed quarters listed by name for one force before the rest are counted. */
const QUARTERS_LISTED = 4;

type Field<T> = readonly [label: string, read: (record: T) => string | number | null];

function show(value: string | number | null): string {
  if (value === null || value === '') return 'blank';
  return typeof value === 'number' ? numberFormat.format(value) : JSON.stringify(value);
}

/** "subject label: old -> new" for each field that differs; an empty label reads "subject: old -> new". */
function fieldChanges<T>(subject: string, before: T, after: T, fields: readonly Field<T>[]): string[] {
  return fields.flatMap(([label, read]) => {
    const [old, now] = [read(before), read(after)];
    if (old === now) return [];
    const what = label === '' ? subject : `${subject} ${label}`;
    const long = [old, now].some((value) => typeof value === 'string' && value.length > LONG_TEXT);
    return [long ? `${what} changed` : `${what}: ${show(old)} -> ${show(now)}`];
  });
}

/**
 * Matches records by key and reports added, removed and changed ones.
 * `name` says how a record is introduced in a line, e.g. "Source S01".
 */
function diffByKey<T>(
  before: readonly T[],
  after: readonly T[],
  key: (record: T) => string,
  name: (record: T) => string,
  fields: readonly Field<T>[],
): string[] {
  const old = new Map(before.map((record) => [key(record), record]));
  const now = new Map(after.map((record) => [key(record), record]));
  const lines: string[] = [];
  for (const record of after) {
    const previous = old.get(key(record));
    if (previous === undefined) lines.push(`${name(record)}: added`);
    else lines.push(...fieldChanges(name(record), previous, record, fields));
  }
  for (const record of before) if (!now.has(key(record))) lines.push(`${name(record)}: removed`);
  return lines;
}

export function diffModels(before: DataModel, after: DataModel): string[] {
  const names = new Map<ForceCode, string>([
    ...before.forces.map((force) => [force.code, force.name] as const),
    ...after.forces.map((force) => [force.code, force.name] as const),
  ]);
  const forceName = (code: ForceCode) => names.get(code) ?? code;

  return [
    ...diffByKey(before.forces, after.forces, (force) => force.code, (force) => `Force ${force.name} (${force.code})`, [
      ['name', (force) => force.name],
      ['ONS name', (force) => force.onsName],
      ['slug', (force) => force.slug],
      ['country', (force) => force.country],
      ['aliases', (force) => force.aliases.join('|')],
      ['old slugs', (force) => force.oldSlugs.join('|')],
    ]),
    ...diffByKey(before.sources, after.sources, (source) => source.id, (source) => `Source ${source.id}`, [
      ['title', (source) => source.title],
      ['publisher', (source) => source.publisher],
      ['date', (source) => source.date],
      ['url', (source) => source.url],
      ['licence', (source) => source.licence],
      ['attribution', (source) => source.attribution],
      ['notes', (source) => source.notes],
    ]),
    ...diffByKey(before.datasets, after.datasets, (dataset) => dataset.id, (dataset) => `Dataset ${dataset.id}`, [
      ['source', (dataset) => dataset.sourceId],
      ['title', (dataset) => dataset.title],
      ['short title', (dataset) => dataset.shortTitle],
      ['basis', (dataset) => dataset.basis],
      ['scope', (dataset) => dataset.scope],
      ['measures', (dataset) => dataset.measures.join('|')],
      ['order', (dataset) => dataset.order],
      ['notes', (dataset) => dataset.notes],
    ]),
    ...diffFigures(before.figures, after.figures, forceName),
    ...diffOffences(before.offences, after.offences, forceName),
    ...diffByKey(
      before.population,
      after.population,
      (entry) => `${entry.forceCode} ${entry.referenceDate}`,
      (entry) => `Population, ${forceName(entry.forceCode)}, ${entry.referenceDate}`,
      [
        ['', (entry) => entry.population],
        ['source', (entry) => entry.sourceId],
      ],
    ),
    ...diffByKey(before.nationalFigures, after.nationalFigures, (figure) => figure.id, (figure) => `National figure ${figure.id}`, [
      ['label', (figure) => figure.label],
      ['value', (figure) => figure.value],
      ['period', (figure) => figure.period],
      ['geography', (figure) => figure.geography],
      ['source', (figure) => figure.sourceId],
      ['quote', (figure) => figure.quote],
      ['verification', (figure) => figure.verification],
    ]),
    ...diffBoundaries(before.boundaryCodes, after.boundaryCodes, forceName),
  ];
}

const FIGURE_FIELDS: readonly Field<SpoFigure>[] = [
  ['period', (figure) => figure.periodLabel],
  ['period start', (figure) => figure.periodStart],
  ['period end', (figure) => figure.periodEnd],
  ['status', (figure) => figure.status],
  ...SPO_MEASURES.map((measure): Field<SpoFigure> => [measure, (figure) => figure[measure]]),
  ['not reported', (figure) => figure.notReported.join('|')],
  ['note', (figure) => figure.note],
];

function periodKey(figure: SpoFigure): string {
  return JSON.stringify([figure.datasetId, figure.forceCode, figure.periodStart, figure.periodEnd, figure.periodLabel]);
}

function pairKey(figure: SpoFigure): string {
  return `${figure.datasetId} ${figure.forceCode}`;
}

function describeFigure(figure: SpoFigure): string {
  const values = SPO_MEASURES.filter((measure) => figure[measure] !== null).map(
    (measure) => `${measure} ${show(figure[measure])}`,
  );
  return [figure.status, ...values].join(', ');
}

/**
 * Rows match on dataset, force and period. When an edit changes a row's
 * period, the one unmatched row left for that dataset and force on each side
 * is treated as the same row, so the change reads as an edit, not as a row
 * removed and another added.
 */
function diffFigures(before: readonly SpoFigure[], after: readonly SpoFigure[], forceName: (code: ForceCode) => string): string[] {
  const exact = new Map(before.map((figure) => [periodKey(figure), figure]));
  const matched = new Set<SpoFigure>();
  const pairs: Array<[SpoFigure | undefined, SpoFigure]> = after.map((figure) => {
    const previous = exact.get(periodKey(figure));
    if (previous) matched.add(previous);
    return [previous, figure];
  });
  const leftoverBefore = groupBy(before.filter((figure) => !matched.has(figure)), pairKey);
  const leftoverAfter = groupBy(pairs.filter(([previous]) => !previous).map(([, figure]) => figure), pairKey);
  for (const pair of pairs) {
    const key = pairKey(pair[1]);
    const candidates = leftoverBefore.get(key);
    if (pair[0] || candidates?.length !== 1 || leftoverAfter.get(key)?.length !== 1) continue;
    pair[0] = candidates[0];
    leftoverBefore.delete(key);
  }

  const label = (figure: SpoFigure) => `${forceName(figure.forceCode)}, ${figure.datasetId}`;
  const lines = pairs.flatMap(([previous, figure]) =>
    previous
      ? fieldChanges(label(figure), previous, figure, FIGURE_FIELDS)
      : [`${label(figure)}: row added for ${figure.periodLabel} (${describeFigure(figure)})`],
  );
  for (const figure of [...leftoverBefore.values()].flat()) {
    lines.push(`${label(figure)}: row removed for ${figure.periodLabel} (was ${describeFigure(figure)})`);
  }
  return lines;
}

function quarterName(offence: OffenceQuarter): string {
  return `${offence.financialYear} Q${offence.quarter}`;
}

function quarterRange(offences: readonly OffenceQuarter[]): string {
  const sorted = [...offences].sort((a, b) => a.start.localeCompare(b.start));
  const [first, last] = [sorted[0], sorted[sorted.length - 1]];
  if (!first || !last) return '';
  return first === last ? quarterName(first) : `${quarterName(first)} to ${quarterName(last)}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** One line per force whose quarterly offence counts changed, with the net effect. */
function diffOffences(
  before: readonly OffenceQuarter[],
  after: readonly OffenceQuarter[],
  forceName: (code: ForceCode) => string,
): string[] {
  const key = (offence: OffenceQuarter) => `${offence.forceCode} ${offence.financialYear} ${offence.quarter}`;
  const old = new Map(before.map((offence) => [key(offence), offence]));
  const now = new Map(after.map((offence) => [key(offence), offence]));
  const forces = [...new Set([...after, ...before].map((offence) => offence.forceCode))];

  return forces.flatMap((code) => {
    const ofForce = (offences: readonly OffenceQuarter[]) => offences.filter((offence) => offence.forceCode === code);
    const added = ofForce(after).filter((offence) => !old.has(key(offence)));
    const removed = ofForce(before).filter((offence) => !now.has(key(offence)));
    const revised = ofForce(after).flatMap((offence) => {
      const previous = old.get(key(offence));
      if (!previous) return [];
      const changes = fieldChanges(quarterName(offence), previous, offence, [
        ['', (entry) => entry.offences],
        ['source', (entry) => entry.sourceId],
      ]);
      return changes.length > 0 ? [{ previous, offence, changes }] : [];
    });
    if (added.length + removed.length + revised.length === 0) return [];

    const parts: string[] = [];
    if (revised.length > 0) {
      const listed = revised.slice(0, QUARTERS_LISTED).flatMap(({ changes }) => changes);
      const more = revised.length > QUARTERS_LISTED ? `, and ${revised.length - QUARTERS_LISTED} more` : '';
      parts.push(`${plural(revised.length, 'quarter')} revised (${listed.join('; ')}${more})`);
    }
    if (added.length > 0) parts.push(`${plural(added.length, 'quarter')} added (${quarterRange(added)})`);
    if (removed.length > 0) parts.push(`${plural(removed.length, 'quarter')} removed (${quarterRange(removed)})`);
    const net = revised.reduce((sum, { previous, offence }) => sum + offence.offences - previous.offences, 0);
    if (revised.length > 0) parts.push(`revisions net ${net > 0 ? '+' : ''}${numberFormat.format(net)}`);
    return [`Stalking offences, ${forceName(code)}: ${parts.join('; ')}`];
  });
}

function diffBoundaries(before: readonly ForceCode[], after: readonly ForceCode[], forceName: (code: ForceCode) => string): string[] {
  const describe = (code: ForceCode) => (forceName(code) === code ? code : `${forceName(code)} (${code})`);
  return [
    ...after.filter((code) => !before.includes(code)).map((code) => `Boundary area ${describe(code)}: added`),
    ...before.filter((code) => !after.includes(code)).map((code) => `Boundary area ${describe(code)}: removed`),
  ];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
