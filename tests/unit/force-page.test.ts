// The force page view model over the real data folder: what each page will
// show for forces with zeros, no response, no coverage, a disagreement, and
// City of London's small resident population.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../scripts/lib/paths.ts';
import { formatIssue, loadData } from '../../src/lib/data/load.ts';
import { BOUNDARY_FILE } from '../../src/lib/data/schemas.ts';
import { buildForcePages, type ForcePageView, type StandingView } from '../../src/lib/views/force.ts';
import { forceNeighbours } from '../../src/lib/geo/areas.ts';
import { computeMetrics } from '../../src/lib/metrics/index.ts';
import { computeStandings } from '../../src/lib/views/standings.ts';

const result = loadData(dataDir);
if (result.model === null) throw new Error(result.issues.map(formatIssue).join('\n'));
const model = result.model;
const metrics = computeMetrics(model);
const topology = JSON.parse(readFileSync(join(dataDir, BOUNDARY_FILE), 'utf8')) as Topology;
const pages = buildForcePages({ model, metrics, neighbours: forceNeighbours(topology) });

function page(slug: string): ForcePageView {
  const found = pages.find((view) => view.force.slug === slug);
  if (!found) throw new Error(`no page for ${slug}`);
  return found;
}

function standing(view: ForcePageView, id: StandingView['id']): StandingView {
  const found = view.standings.find((entry) => entry.id === id);
  if (!found) throw new Error(`no ${id} standing on ${view.force.slug}`);
  return found;
}

function measures(view: ForcePageView, datasetId: string, row = 0): Record<string, string> {
  const dataset = view.datasets.find((entry) => entry.dataset.id === datasetId);
  if (!dataset) throw new Error(`${view.force.slug} has no ${datasetId}`);
  return Object.fromEntries((dataset.rows[row]?.measures ?? []).map((measure) => [measure.measure, `${measure.text}|${measure.state}`]));
}

describe('buildForcePages', () => {
  it('makes one page per force, alphabetically, with unique paths, titles and CSV paths', () => {
    expect(pages).toHaveLength(43);
    expect(pages.map((view) => view.force.name)).toEqual([...model.forces.map((force) => force.name)].sort((a, b) => a.localeCompare(b, 'en-GB')));
    for (const key of ['path', 'title', 'description'] as const) {
      expect(new Set(pages.map((view) => view[key])).size).toBe(43);
    }
    expect(new Set(pages.flatMap((view) => view.downloads.map((file) => file.path))).size).toBe(86);
    expect(page('durham').path).toBe('/forces/durham/');
    expect(page('durham').downloads.map((file) => file.path)).toEqual(['/data/forces/durham-spo-figures.csv', '/data/forces/durham-stalking-offences.csv']);
  });

  it('links each page to the one before and after, with none before the first or after the last', () => {
    expect(pages[0]?.previous).toBeNull();
    expect(pages.at(-1)?.next).toBeNull();
    pages.forEach((view, index) => {
      if (index > 0) expect(view.previous?.href).toBe(pages[index - 1]?.path);
      if (index < pages.length - 1) expect(view.next?.href).toBe(pages[index + 1]?.path);
    });
  });

  it('shows Durham’s FOI figures and its court zero, with the disagreement said once, in the headline', () => {
    const durham = page('durham');
    expect(measures(durham, 'bbc-foi-2021')).toEqual({ applications: '3|value', granted: '2|value', refused: '0|zero', pending: '1|value' });
    expect(measures(durham, 'court-first-year')).toEqual({ applications: '0|zero' });
    for (const id of ['bbc-foi-2021', 'court-first-year']) {
      const dataset = durham.datasets.find((entry) => entry.dataset.id === id);
      expect(dataset?.agreements).toEqual([]);
      expect(dataset?.source.id).toBe(id === 'bbc-foi-2021' ? 'S01' : 'S02');
    }
    const disagreement =
      'Two sources give different figures for periods that overlap but are not the same (Court data, first year: 0 applications; BBC FOI 2021: 3 applications). Neither period lies inside the other, so the figures need not contradict each other; both are shown.';
    expect(durham.headline.flat().filter((sentence) => sentence === disagreement)).toHaveLength(1);
    expect(durham.headline[0]?.[0]).toContain('Durham applied for 3 Stalking Protection Orders from 20 January 2020 to 16 April 2021');
  });

  it('keeps Lincolnshire’s missing FOI reply as no response, unranked, and shows its later ITV figure', () => {
    const lincolnshire = page('lincolnshire');
    expect(measures(lincolnshire, 'bbc-foi-2021')).toEqual({
      applications: 'No response|no_response',
      granted: 'No response|no_response',
      refused: 'No response|no_response',
      pending: 'No response|no_response',
    });
    expect(measures(lincolnshire, 'court-first-year')).toEqual({ applications: 'Not covered|not_covered' });
    expect(lincolnshire.datasets.find((entry) => entry.dataset.id === 'bbc-foi-2021')?.rows[0]?.missing?.text).toBe('No response');
    expect(measures(lincolnshire, 'itv-calendar-2024')).toEqual({ applications: '42|value', granted: '19|value' });
    const applications = standing(lincolnshire, 'applications');
    expect(applications.rank).toBeNull();
    expect(applications.value.text).toBe('No response');
    expect(applications.points.find((point) => point.code === lincolnshire.force.code)).toMatchObject({ value: null, state: 'no_response' });
    expect(lincolnshire.headline[0]?.[0]).toContain('did not reply');
    expect(lincolnshire.headline.at(-1)).toEqual([
      'According to figures obtained by ITV Calendar, Lincolnshire applied for 42 Stalking Protection Orders from 2020 to 2023 (exact dates not stated).',
      'Of those, 19 were granted.',
    ]);
  });

  it('lists only the single-force sources that cover a force', () => {
    expect(page('durham').datasets.map((entry) => entry.dataset.id)).toEqual(['court-first-year', 'bbc-foi-2021']);
    expect(page('dorset').datasets.map((entry) => entry.dataset.id)).toEqual(['court-first-year', 'bbc-foi-2021', 'dorset-foi-2022']);
    expect(page('dorset').datasets[2]?.rows.map((row) => row.periodLabel)).toEqual(['1 January 2020 to 1 January 2021', '2 January 2021 to 31 January 2022']);
    expect(measures(page('dorset'), 'dorset-foi-2022', 1)).toEqual({ applications: '2|value' });
    expect(page('dorset').datasets[2]?.agreements).toEqual([
      'Two sources give the same figure for overlapping periods (BBC FOI 2021 and Dorset FOI 2022: 0 applications each).',
    ]);
  });

  it('says each agreement between two sources once on a page, under the second of the two', () => {
    for (const view of pages) {
      const agreeing = metrics.comparisons.comparable.filter((pair) => pair.agree && pair.force.code === view.force.code);
      const said = view.datasets.flatMap((entry) => entry.agreements.map((text) => ({ text, dataset: entry.dataset.id })));
      expect(said, view.force.name).toHaveLength(agreeing.length);
      expect(new Set(said.map(({ text }) => text)).size, view.force.name).toBe(said.length);
      const order = view.datasets.map((entry) => entry.dataset.id);
      for (const { dataset } of said) {
        const pair = agreeing.find((candidate) => [candidate.first.datasetId, candidate.second.datasetId].includes(dataset));
        const other = pair?.first.datasetId === dataset ? pair?.second.datasetId : pair?.first.datasetId;
        expect(order.indexOf(dataset), view.force.name).toBeGreaterThan(order.indexOf(other ?? ''));
      }
    }
  });

  it('marks Nottinghamshire’s unanswered measures as not stated, not zero', () => {
    expect(measures(page('nottinghamshire'), 'bbc-foi-2021')).toEqual({
      applications: '13|value',
      granted: '13|value',
      refused: 'Not stated|not_reported',
      pending: 'Not stated|not_reported',
    });
  });

  it('gives City of London no FOI figure, its court note, and the resident-population caveat on the per-resident rate only', () => {
    const city = page('city-of-london');
    expect(measures(city, 'bbc-foi-2021')).toEqual({
      applications: 'Not covered|not_covered',
      granted: 'Not covered|not_covered',
      refused: 'Not covered|not_covered',
      pending: 'Not covered|not_covered',
    });
    const court = city.datasets.find((entry) => entry.dataset.id === 'court-first-year');
    expect(court?.rows[0]?.note).toContain('may include City of London');
    const perResidents = standing(city, 'offences-per-residents');
    expect(perResidents.caveat).toContain('15,000 residents');
    expect(perResidents.value.text).toBe('2.0');
    expect(city.standings.filter((entry) => entry.caveat !== null).map((entry) => entry.id)).toEqual(['offences-per-residents']);
    expect(page('durham').standings.every((entry) => entry.caveat === null)).toBe(true);
    expect(city.neighbours.map((neighbour) => neighbour.name)).toEqual(['Metropolitan Police']);
  });

  it('ranks among forces with figures, with ties said, and shows the England and Wales comparison', () => {
    const durham = page('durham');
    expect(standing(durham, 'applications')).toMatchObject({ rankText: 'Joint 25th of 40 forces', national: { value: 427, kind: 'total' } });
    expect(standing(durham, 'applications-per-offences')).toMatchObject({ rankText: '28th of 40 forces', value: { text: '1.0' } });
    expect(standing(durham, 'offences-per-residents').national?.label).toBe('England and Wales');
    expect(standing(page('metropolitan-police'), 'applications').rankText).toBe('1st of 40 forces');
  });

  it('gives each neighbour its own figure from the main source, linked to its page', () => {
    const durham = page('durham');
    expect(durham.neighbours.map((neighbour) => [neighbour.name, neighbour.href, neighbour.figure.text])).toEqual([
      ['Cleveland', '/forces/cleveland/', '1'],
      ['Cumbria', '/forces/cumbria/', '3'],
      ['North Yorkshire', '/forces/north-yorkshire/', 'No response'],
      ['Northumbria', '/forces/northumbria/', '6'],
    ]);
  });

  it('gives offences by financial year, a part year as part year, and quarters on demand', () => {
    const years = page('durham').offences.years;
    expect(years.find((year) => year.year === '2024/25')).toMatchObject({ value: 1582, text: '1,582' });
    expect(years.find((year) => year.year === '2024/25')?.quarters.map((quarter) => quarter.value)).toEqual([385, 379, 379, 439]);
    const partial = years.at(-1);
    expect(partial).toMatchObject({ year: '2025/26', value: null, text: 'Part year (3 of 4 quarters so far)' });
    expect(partial?.quarters.map((quarter) => quarter.text)).toEqual(['401', '426', '437', 'No figure']);
    expect(page('durham').offences.latest).toEqual({ year: '2024/25', value: 1582 });
  });

  it('cites every source it shows figures from', () => {
    const ids = page('lincolnshire').sources.map((source) => source.id);
    expect(ids).toEqual(expect.arrayContaining(['S01', 'S02', 'S05', 'S06', 'S07']));
    expect(page('durham').sources.map((source) => source.id)).not.toContain('S05');
  });
});

describe('computeStandings', () => {
  const standings = computeStandings(metrics);

  it('pools rates over the forces with figures rather than averaging them', () => {
    const perOffences = standings.find((entry) => entry.id === 'applications-per-offences');
    const entries = [...(metrics.datasetById.get('bbc-foi-2021')?.applicationsPerOffences?.values() ?? [])].filter((entry) => entry.rate.value !== null);
    const applications = entries.reduce((sum, entry) => sum + (entry.applications.value ?? 0), 0);
    const offences = entries.reduce((sum, entry) => sum + (entry.offences ?? 0), 0);
    expect(perOffences?.national?.value).toBeCloseTo((applications / offences) * 1000, 10);
    expect(perOffences?.national?.label).toBe(`England and Wales (the ${entries.length} forces with figures together)`);
  });

  it('has an entry for all 43 forces in every measure', () => {
    for (const entry of standings) expect(entry.entries.size).toBe(43);
  });
});
