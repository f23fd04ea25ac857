// What the built site says, checked as a fact-checker would against data/:
// each test fails if a sentence the data cannot support comes back. Every
// expectation is worked out here from the CSVs, never written in as a number.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../scripts/lib/paths.ts';
import { builtPage, distDir } from '../support/dist.ts';

type Row = Record<string, string>;
const csv = (name: string) => Papa.parse<Row>(readFileSync(join(dataDir, name), 'utf8'), { header: true, skipEmptyLines: true }).data;

const forces = csv('forces.csv');
const datasets = csv('spo_datasets.csv');
const figures = csv('spo_figures.csv');
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const forceOf = (code: string | undefined) => {
  const force = forces.find((candidate) => candidate.code === code);
  if (force === undefined) throw new Error(`no force ${code}`);
  return force;
};
const count = (cell: string | undefined) => (cell === undefined || cell === '' ? null : Number(cell));
const measuresOf = (datasetId: string | undefined) => (datasets.find((dataset) => dataset.id === datasetId)?.measures ?? '').split('|');

describe('finding 6: the disagreement check compares refusals and grants, not only applications', () => {
  // Reported rows with exact dates, where one period lies inside another dataset's
  // period for the same force, and the inner figure has more refusals than the
  // outer one's applications minus its grants leave unsuccessful.
  const dated = figures.filter((row) => row.status === 'reported' && row.period_start && row.period_end);
  const conflicts = dated.flatMap((inner) =>
    dated.flatMap((outer) => {
      if (inner === outer || inner.dataset_id === outer.dataset_id || inner.force_code !== outer.force_code) return [];
      const inside = inner.period_start! >= outer.period_start! && inner.period_end! <= outer.period_end!;
      const same = inner.period_start === outer.period_start && inner.period_end === outer.period_end;
      const refused = count(inner.refused);
      const [applications, granted] = [count(outer.applications), count(outer.granted)];
      if (!inside || same || refused === null || applications === null || granted === null || measuresOf(outer.dataset_id).includes('refused')) return [];
      return refused > applications - granted ? [{ inner, outer, refused }] : [];
    }));

  it('finds such a pair in the data (Avon and Somerset: 1 refused by 2021, all 10 granted to 2023)', () => {
    expect(conflicts.length).toBeGreaterThan(0);
  });

  it('says on the force page that the two contradict each other over the refusals', () => {
    for (const { inner, refused } of conflicts) {
      const force = forceOf(inner.force_code);
      const page = builtPage(`/forces/${force.slug}/`);
      const sentence = text(page.querySelector('[data-headline]'));
      expect(sentence, force.name).toMatch(/contradict each other/);
      expect(sentence, force.name).toContain(`${refused} refused within the period of`);
    }
  });

  it('lists the pair among the conflicts on /methodology/ with the refusals shown', () => {
    const table = builtPage('/methodology/').getElementById('conflicts')?.closest('section');
    for (const { inner, refused } of conflicts) {
      const name = forceOf(inner.force_code).name;
      const group = [...(table?.querySelectorAll('tbody tr') ?? [])].filter((tr) => text(tr.querySelector('th')) === name);
      expect(group.map((tr) => text(tr)).join(' '), name).toMatch(new RegExp(`${refused} refused.*contradict each other`));
    }
  });
});

describe('finding 14: the apostrophe in front of formula-like text is explained in the data dictionary', () => {
  const download = (name: string) => Papa.parse<Row>(readFileSync(join(distDir, 'downloads', name), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const formulaLike = /^[=+\-@]/;
  const signed = csv('national_figures.csv').filter((row) => formulaLike.test(row.value ?? ''));

  it('writes each national figure that starts like a formula with one apostrophe in front, and the rest as they are', () => {
    const written = new Map(download('national-figures.csv').map((row) => [row.id, row.value]));
    for (const row of csv('national_figures.csv')) {
      expect(written.get(row.id), row.id).toBe(formulaLike.test(row.value ?? '') ? `'${row.value}` : row.value);
    }
  });

  it('says in the dictionary’s first row what the apostrophe is, whenever a download has one', () => {
    const [first] = download('data-dictionary.csv');
    const anyApostrophe = signed.length > 0;
    if (anyApostrophe) expect(first?.description).toMatch(/apostrophe.*formula|formula.*apostrophe/);
    expect(first?.description ?? '').toContain('not part of the value');
  });
});
