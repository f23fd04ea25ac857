// What the built site says, checked as a fact-checker would against data/:
// each test fails if a sentence the data cannot support comes back. Every
// expectation is worked out here from the CSVs, never written in as a number.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dataCsv as csv, headlineDataset, otherBasisDataset, type Row } from '../support/data-files.ts';
import { builtPage, distDir } from '../support/dist.ts';

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

/** Pages the story's sections and headline figures may be shown on (the home page, or /methodology/ once moved there). */
const storyPages = () => ['/', '/methodology/'].map((path) => builtPage(path));
const found = (selector: string): Element[] => storyPages().flatMap((page) => [...page.querySelectorAll(selector)]);
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const shortDay = (iso: string) => day.format(new Date(`${iso}T00:00:00Z`));
const reportedRows = (datasetId: string | undefined) => figures.filter((row) => row.dataset_id === datasetId && row.status === 'reported');

describe('finding 2: the court-vs-FOI chart and sentence give each source its own period', () => {
  const foi = reportedRows(headlineDataset().id);
  const court = reportedRows(otherBasisDataset()?.id);
  const foiEnds = foi.flatMap((row) => (row.period_end ? [row.period_end] : [])).sort();
  const sections = found('[data-story="court-vs-foi"]');

  it('is shown somewhere, and never calls the forces’ replies “the first year”', () => {
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      expect(text(section)).not.toMatch(/figure for the first year both|Applications in the first year/);
      const title = section.querySelector('figure h3');
      expect(title).not.toBeNull();
      expect(text(title)).not.toMatch(/first year/i);
    }
  });

  it('names the forces’ replies’ latest end date and the court data’s period, as data/ gives them', () => {
    const latest = foiEnds.at(-1);
    expect(latest).toBeDefined();
    const courtLabels = [...new Set(court.map((row) => row.period_label))];
    // The date as the site writes it, or the period label of a reply that ends on it when the site lists the replies' periods.
    const namings = [shortDay(latest!), ...foi.filter((row) => row.period_end === latest).map((row) => row.period_label!)];
    for (const section of sections) {
      const paragraph = text(section.querySelector('p'));
      expect(namings.some((naming) => paragraph.includes(naming)), `${paragraph} names none of ${namings.join(' | ')}`).toBe(true);
      for (const label of courtLabels) expect(paragraph).toContain(label!);
    }
  });
});

describe('finding 7: computed figures read “our sum”, and periods that differ are said', () => {
  const card = (id: string) => found(`[data-figure="${id}"]`);

  it('marks the recorded-offences and FOI totals cards as our sums, never “the same months”', () => {
    const cards = [...card('recorded-offences'), ...card('foi-totals')];
    expect(cards.length).toBeGreaterThan(0);
    for (const shown of cards) {
      expect(text(shown)).toContain('our sum');
      expect(text(shown)).not.toMatch(/in the same months/);
    }
  });

  it('gives the recorded-offences card the court data’s own period beside its whole quarters', () => {
    const courtLabels = [...new Set(reportedRows(otherBasisDataset()?.id).map((row) => row.period_label))];
    for (const shown of card('recorded-offences')) for (const label of courtLabels) expect(text(shown)).toContain(label!);
  });

  it('no longer says every headline figure is given as its source printed it', () => {
    for (const page of storyPages()) expect(text(page.body)).not.toMatch(/Each figure is given as its source printed it/);
  });
});

describe('finding 8: no period the article does not give, and the seven-zero list credited as the article credits it', () => {
  const national = csv('national_figures.csv');

  it('prints no period for a national figure whose source gives none', () => {
    const undated = national.filter((row) => (row.period ?? '') === '');
    for (const row of undated) {
      for (const shown of found(`[data-figure="${row.id}"]`)) {
        expect(text(shown), row.id).toContain('the source gives no period');
        expect(text(shown.querySelector('.headline-card__meta')), row.id).not.toMatch(/first year/i);
      }
    }
  });

  it('credits the list of forces with no applications to official data, not court data', () => {
    const zeros = reportedRows(otherBasisDataset()?.id).filter((row) => row.applications === '0').map((row) => forceOf(row.force_code).name);
    expect(zeros.length).toBeGreaterThan(0);
    for (const page of storyPages()) {
      const body = text(page.body);
      expect(body).not.toMatch(/(court data show|According to the court data,) \w+ forces? (making|made) no applications/);
      for (const sentence of body.match(/[^.]*made no applications in the first year:[^.]*\./g) ?? []) expect(sentence).toMatch(/official data/);
    }
    for (const row of figures.filter((candidate) => (candidate.note ?? '').includes('among seven'))) expect(row.note).not.toMatch(/court data|\(S\d+\)/i);
  });
});

describe('finding 12: the recording-change warning stands wherever offence counts are used', () => {
  const sources = csv('sources.csv');
  const paths = ['/', '/trend/', '/methodology/', ...forces.map((force) => `/forces/${force.slug}/`)];
  const notes = new Map(paths.map((path) => [path, builtPage(path).querySelector('.recording-note')]));

  it('shows the same quoted warning on the home page, /trend/, /methodology/ and every force page', () => {
    const home = text(notes.get('/')?.querySelector('blockquote'));
    expect(home).not.toBe('');
    for (const [path, note] of notes) expect(text(note?.querySelector('blockquote')), path).toBe(home);
  });

  it('credits it to a source in data/sources.csv, by its publisher', () => {
    for (const [path, note] of notes) {
      const source = sources.find((candidate) => candidate.id === note?.getAttribute('data-source'));
      expect(source, path).toBeDefined();
      expect(text(note?.querySelector('.recording-note__credit a')), path).toBe(source?.publisher);
    }
  });
});

describe('finding 13: every figure shown is compared or said not to be, the reasons sources differ are listed, and the words read right', () => {
  const forcePages = new Map(forces.map((force) => [force.code!, builtPage(`/forces/${force.slug}/`)]));
  const shortTitle = (datasetId: string | undefined) => datasets.find((dataset) => dataset.id === datasetId)?.short_title ?? '';
  const applicationsRows = figures.filter((row) => row.status === 'reported' && row.applications !== '' && measuresOf(row.dataset_id).includes('applications'));
  const undated = applicationsRows.filter((row) => !row.period_start || !row.period_end);
  const withOthers = undated.filter((row) => applicationsRows.some((other) => other.force_code === row.force_code && other.dataset_id !== row.dataset_id));

  it('has a figure without exact dates beside another source’s figure for the same force (Humberside: ITV’s 23)', () => {
    expect(withOthers.length).toBeGreaterThan(0);
  });

  it('says on the force page that such a figure is not compared, and why', () => {
    for (const row of withOthers) {
      const page = forcePages.get(row.force_code!);
      const block = page?.querySelector(`[data-dataset="${row.dataset_id}"]`);
      const said = text(block?.querySelector('[data-comparison="not-compared"]'));
      expect(said, `${row.force_code} ${row.dataset_id}`).toContain(`${shortTitle(row.dataset_id)} figure for ${row.period_label}`);
      expect(said).toMatch(/not compared.*no exact dates/);
    }
  });

  it('never gives a bare “Agree” in the zero table for a force with such a figure in the table', () => {
    const table = builtPage('/methodology/').querySelector('.zero-table') ?? builtPage('/').querySelector('.zero-table');
    expect(table).not.toBeNull();
    const columns = [...(table?.querySelectorAll('thead th[data-dataset]') ?? [])].map((th) => th.getAttribute('data-dataset'));
    for (const row of withOthers.filter((candidate) => columns.includes(candidate.dataset_id!))) {
      const tr = table?.querySelector(`tr[data-force="${row.force_code}"]`);
      if (tr == null) continue;
      const verdict = text(tr.querySelector('[data-verdict]'));
      expect(verdict, row.force_code).not.toBe('Agree');
      expect(verdict).toContain(`${shortTitle(row.dataset_id)} figure for ${row.period_label} is not compared`);
    }
  });

  const differing = [...forcePages].filter(([, page]) => /Two sources (contradict|give different)/.test(text(page.querySelector('[data-headline]'))));

  it('lists the reasons sources can differ on every force page where they differ, and only there', () => {
    expect(differing.length).toBeGreaterThan(0);
    for (const [code, page] of forcePages) {
      const block = page.querySelector('[data-why-differ]');
      expect(block !== null, code).toBe(differing.some(([other]) => other === code));
    }
  });

  it('gives the research’s reasons, not one, there and on /methodology/', () => {
    const blocks = [builtPage('/methodology/').querySelector('[data-why-differ]'), ...differing.map(([, page]) => page.querySelector('[data-why-differ]'))];
    for (const block of blocks) {
      const said = text(block);
      expect(block?.querySelectorAll('li').length).toBeGreaterThanOrEqual(4);
      for (const reason of [/cut-off|stops counting on its own date/i, /not yet listed|before its case was listed/i, /court’s area|court area/i, /interim/i]) expect(said).toMatch(reason);
    }
  });

  it('reads each period as a span or a month, never “in the period January 2022”', () => {
    for (const [code, page] of forcePages) {
      const said = text(page.querySelector('[data-headline]'));
      expect(said, code).not.toMatch(/(?<!with)in the period/);
      for (const row of figures.filter((candidate) => candidate.force_code === code && candidate.status === 'reported' && !/\sto\s/.test(candidate.period_label ?? ''))) {
        if (said.includes(row.period_label!)) expect(said, code).toContain(`in ${row.period_label}`);
      }
    }
  });

  it('words the one outcome of a single application as “It was …”, never “Of those, 1 was”', () => {
    const single = figures.filter((row) => row.status === 'reported' && row.applications === '1' && ['granted', 'refused', 'pending'].some((measure) => row[measure] === '1'));
    expect(single.length).toBeGreaterThan(0);
    for (const [code, page] of forcePages) expect(text(page.querySelector('[data-headline]')), code).not.toMatch(/applied for 1 Stalking Protection Order [^.]*\. Of those/);
    for (const row of single) {
      expect(text(forcePages.get(row.force_code!)?.querySelector('[data-headline]'))).toMatch(/applied for 1 Stalking Protection Order [^.]*\. It was (granted|refused|still waiting)/);
    }
  });

  it('uses one word per state: “Not covered” and “No response” as in data/README.md, never “Not published”', () => {
    for (const path of ['/', '/forces/', '/methodology/', ...forces.map((force) => `/forces/${force.slug}/`)]) {
      expect(text(builtPage(path).body), path).not.toMatch(/Not published/);
    }
  });

  it('credits the seven forces with no first-year applications to official data on their force pages, as the article does', () => {
    const zeros = reportedRows(otherBasisDataset()?.id).filter((row) => row.applications === '0');
    expect(zeros.length).toBeGreaterThan(0);
    for (const row of zeros) {
      const said = text(forcePages.get(row.force_code!)?.querySelector('[data-headline]'));
      const sentence = said.split(/(?<=\.) /).find((candidate) => candidate.includes(`made no applications for Stalking Protection Orders from ${row.period_label}`));
      expect(sentence, row.force_code).toBeDefined();
      expect(sentence).not.toMatch(/court data reported/);
      expect(sentence).toMatch(/official data/);
    }
  });
});

describe('finding 10: offence counts recorded as 0 that may be suppressed are flagged wherever they are shown', () => {
  const offences = csv('stalking_offences.csv');
  const flagged = offences.filter((row) => row.flag === 'may_be_suppressed');
  const flaggedCodes = new Set(flagged.map((row) => row.force_code));
  const download = (name: string) => Papa.parse<Row>(readFileSync(join(distDir, name), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const quarterLabel = (row: Row) => `${row.financial_year} Q${row.quarter}`;

  it('flags only zeros in data/ (the research names 14, 6 of them City of London’s)', () => {
    expect(flagged.length).toBeGreaterThan(0);
    for (const row of flagged) expect(row.offences, quarterLabel(row)).toBe('0');
  });

  it('carries the flag into the stalking offences download, row for row, and explains it in the data dictionary', () => {
    const written = download('downloads/stalking-offences.csv');
    const key = (row: Row) => `${row.force_code} ${row.financial_year} ${row.quarter}`;
    const flags = new Map(written.map((row) => [key(row), row.flag]));
    expect(flags.size).toBe(offences.length);
    for (const row of offences) expect(flags.get(key(row)), key(row)).toBe(row.flag ?? '');
    const dictionary = download('downloads/data-dictionary.csv').find((row) => row.file === 'stalking-offences.csv' && row.column === 'flag');
    expect(dictionary?.description).toMatch(/may_be_suppressed.*0/);
  });

  it('says so on the page of every force with such a quarter, and on no other', () => {
    for (const force of forces) {
      const note = builtPage(`/forces/${force.slug}/`).querySelector('[data-suppressed-note]');
      expect(note !== null, force.name).toBe(flaggedCodes.has(force.code));
      for (const row of flagged.filter((candidate) => candidate.force_code === force.code)) expect(text(note)).toContain(quarterLabel(row));
    }
  });

  it('marks each such quarter in the force’s table, and never draws it in the chart as a real 0', () => {
    for (const row of flagged) {
      const page = builtPage(`/forces/${forceOf(row.force_code).slug}/`);
      const cell = page.querySelector(`tr[data-quarter="${quarterLabel(row)}"] td`);
      expect(cell?.hasAttribute('data-may-be-suppressed'), quarterLabel(row)).toBe(true);
      expect(text(cell)).toMatch(/may be suppressed/);
      const titles = [...page.querySelectorAll('.offences svg title')].map((title) => text(title));
      expect(titles, quarterLabel(row)).not.toContain(`${quarterLabel(row)}: 0`);
    }
  });

  it('leaves them out of /trend/’s lines with a note naming each force, not drawn as dips', () => {
    const figure = builtPage('/trend/').querySelector('[data-chart="recorded-offences-by-force"]');
    const said = text(figure);
    expect(said).toMatch(/may be (a )?suppressed/);
    for (const code of flaggedCodes) expect(said, code).toContain(forceOf(code).name);
  });
});
