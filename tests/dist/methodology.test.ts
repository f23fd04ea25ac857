// The built methodology page against the data files, read here on their own:
// every source with its publisher, date, link and licence; the terms and
// states; each force's matched quarters; the known conflicts; how current the
// data is; and download links that lead to real files.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applicationRounds, dataCsv as csv, headlineDataset, otherBasisDataset, wholeQuarters } from '../support/data-files.ts';
import { builtPage, distDir } from '../support/dist.ts';

/** When SPOs came into force: the matching window of a figure without a start date opens there. */
const SPO_COMMENCEMENT = '2020-01-20';

const sources = csv('sources.csv');
const forces = csv('forces.csv');
const figures = csv('spo_figures.csv');
const page = builtPage('/methodology/');
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const section = (id: string) => {
  const found = page.getElementById(id)?.closest('section');
  if (found == null) throw new Error(`No section #${id}`);
  return found;
};

describe('sources', () => {
  it('lists every source in sources.csv with its publisher, date, licence and link', () => {
    for (const source of sources) {
      const entry = page.getElementById(`source-${source.id}`);
      expect(entry, source.id).not.toBeNull();
      const shown = text(entry);
      for (const field of ['title', 'publisher', 'date', 'licence'] as const) expect(shown, `${source.id} ${field}`).toContain(source[field]!.replace(/\s+/g, ' '));
      if (source.url !== '') expect(entry!.querySelector(`a[href="${source.url}"]`), `${source.id} link`).not.toBeNull();
    }
    expect(page.querySelectorAll('li[data-source]').length).toBe(sources.length);
  });
});

describe('definitions and states', () => {
  it('defines application, order granted, interim order, refused and pending', () => {
    const terms = [...section('definitions').querySelectorAll('dt')].map(text);
    expect(terms).toEqual(['Application', 'Order granted', 'Interim order', 'Refused', 'Pending']);
    for (const definition of section('definitions').querySelectorAll('dd')) expect(text(definition).length).toBeGreaterThan(20);
  });

  it('says what zero, no response and not covered mean, each styled as the tables style it', () => {
    const states = section('states');
    expect([...states.querySelectorAll('[data-state]')].map((item) => item.getAttribute('data-state'))).toEqual([
      'zero',
      'no-response',
      'not-covered',
      'not-stated',
    ]);
    expect(text(states.querySelector('[data-state="no-response"] dd'))).toContain('not zero');
    expect(text(states.querySelector('[data-state="not-covered"] dd'))).toContain('not zero');
  });
});

describe('matching windows for rates', () => {
  const rows = [...section('rates').querySelectorAll('tbody tr')];

  it('has one row per force', () => {
    expect(rows.map((row) => text(row.querySelector('th'))).sort()).toEqual(forces.map((force) => force.name).sort());
  });

  it('gives each force with figures in the headline round its period, whole quarters and their offences, and the others their state instead of a rate of 0', () => {
    const headline = headlineDataset();
    const offences = csv('stalking_offences.csv');
    let matched = 0;
    for (const force of forces) {
      const row = rows.find((candidate) => text(candidate.querySelector('th')) === force.name)!;
      const foi = figures.find((figure) => figure.dataset_id === headline.id && figure.force_code === force.code);
      const cells = [...row.querySelectorAll('td')].map(text);
      if (foi?.status === 'reported') {
        expect(cells[0], force.name).toBe(foi.period_label);
        const window = foi.period_end ? wholeQuarters(foi.period_start || SPO_COMMENCEMENT, foi.period_end) : null;
        if (window === null) continue;
        expect(cells[1], force.name).toBe(window.label);
        const counted = offences.filter((quarter) => quarter.force_code === force.code && window.keys.has(`${quarter.financial_year} ${quarter.quarter}`));
        if (counted.length === window.keys.size) expect(cells[2], force.name).toBe(counted.reduce((sum, quarter) => sum + Number(quarter.offences), 0).toLocaleString('en-GB'));
        expect(cells[3], force.name).toBe(Number(foi.applications).toLocaleString('en-GB'));
        matched += 1;
      } else {
        const state = foi?.status === 'no_response' ? 'No response' : 'Not covered';
        expect(cells.slice(1), force.name).toEqual([state, state, state, state]);
      }
    }
    expect(matched).toBeGreaterThan(0);
  });
});

describe('known conflicts', () => {
  // Two figures describe the same months when both are dated and start within a month and end within
  // half a year of each other (the court data's first 12 months against the forces' replies to spring 2021).
  const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  const sameMonths = (a: Record<string, string>, b: Record<string, string>) =>
    Boolean(a.period_start && a.period_end && b.period_start && b.period_end) && days(a.period_start!, b.period_start!) <= 31 && days(a.period_end!, b.period_end!) <= 183;

  it('sets out every force whose figure on another basis (court data) and its figure in a round like the headline’s differ, with both numbers', () => {
    const headline = headlineDataset();
    const otherBasis = otherBasisDataset();
    const rounds = applicationRounds().filter((dataset) => dataset.basis === headline.basis).map((dataset) => dataset.id);
    const reported = figures.filter((row) => row.status === 'reported' && row.applications !== '');
    const differing = reported.flatMap((court) => {
      if (court.dataset_id !== otherBasis?.id) return [];
      const against = reported.filter((row) => rounds.includes(row.dataset_id!) && row.force_code === court.force_code && sameMonths(court, row));
      return against.filter((row) => row.applications !== court.applications).map((row) => ({ court, row }));
    });
    expect(differing.length).toBeGreaterThan(0);
    const table = section('conflicts');
    for (const { court, row } of differing) {
      const name = forces.find((force) => force.code === row.force_code)!.name!;
      const group = [...table.querySelectorAll('tbody th')].find((header) => text(header) === name);
      expect(group, name).not.toBeUndefined();
      const values = [...table.querySelectorAll('tbody tr')]
        .filter((tr) => tr.querySelector('th') === group || tr.previousElementSibling?.querySelector('th') === group)
        .map((tr) => text(tr.querySelectorAll('td')[1]).match(/^[\d,]+(?= applications?\b)/)?.[0]);
      expect(values, name).toEqual([court.applications, row.applications]);
    }
  });
});

describe('updates and downloads', () => {
  it('dates the data by its newest source and says when the site was built', () => {
    const dates = sources
      .map((source) => /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(source.date!)?.[0])
      .filter((date): date is string => date !== undefined)
      .sort();
    const newest = new Date(`${dates.at(-1)}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(text(page.querySelector('[data-updated]'))).toContain(`Data last updated: ${newest}`);
    expect(text(page.querySelector('[data-built]'))).toMatch(/^Site built: \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
  });

  it('links to data files that exist in the built site', () => {
    const links = [...section('downloads').querySelectorAll('a[href^="/downloads/"]')].map((link) => link.getAttribute('href')!);
    expect(links).toContain('/downloads/spo-figures.csv');
    for (const href of links) expect(existsSync(join(distDir, href)), href).toBe(true);
  });
});
