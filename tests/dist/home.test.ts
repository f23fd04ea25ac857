// The built home page: the national figures with their sources, and the
// table of all 43 forces where zero, "No response" and "Not covered" differ.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtFile, builtPage } from '../support/dist.ts';
import { dataCsv } from '../support/data-files.ts';
import { loadRealModel } from '../support/real-data.ts';

const page = builtPage('/');
/** The table of every force from every source, and the headline figures, moved from the home page to /methodology/. */
const methodologyPage = builtPage('/methodology/');

function forceRow(name: string): Element {
  const row = [...methodologyPage.querySelectorAll('.force-table tbody tr')].find((tr) => tr.querySelector('th[scope="row"]')?.textContent?.trim() === name);
  if (row === undefined) throw new Error(`No table row for ${name}`);
  return row;
}

const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('home page frame', () => {
  it('is British English with a viewport, a title and a skip link to main', () => {
    expect(page.documentElement.getAttribute('lang')).toBe('en-GB');
    expect(page.querySelector('meta[name="viewport"]')?.getAttribute('content')).toContain('width=device-width');
    expect(text(page.querySelector('title')!)).not.toBe('');
    const skip = page.querySelector('a.skip-link');
    expect(skip?.getAttribute('href')).toBe('#main');
    expect(page.getElementById('main')?.tagName).toBe('MAIN');
  });

  it('loads scripts and styles from files, never inline and never from another site', () => {
    const scripts = [...page.querySelectorAll('script')];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.getAttribute('src')).toMatch(/^\/_astro\/[\w.-]+\.js$/);
      expect(script.textContent?.trim()).toBe('');
    }
    for (const link of page.querySelectorAll('link[rel="stylesheet"]')) {
      expect(link.getAttribute('href')).toMatch(/^\//);
    }
    expect(page.querySelectorAll('style').length).toBe(0);
  });

  it('links the chart palette, with light values by default and dark ones for the OS preference and the toggle', () => {
    expect(page.querySelector('link[rel="stylesheet"][href="/styles/theme.css"]')).not.toBeNull();
    const css = readFileSync(builtFile('/styles/theme.css'), 'utf8');
    expect(css).toMatch(/^:root \{[^}]*--chart-background: #/m);
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{ :root:not\(\[data-theme='light'\]\) \{[^}]*--chart-background: #/);
    expect(css).toMatch(/:root\[data-theme='dark'\] \{[^}]*--chart-background: #/);
  });

  it('credits the sources and licences in the footer', () => {
    const footer = text(page.querySelector('footer')!);
    expect(footer).toContain('Open Government Licence v3.0');
    expect(footer).toContain('BBC Shared Data Unit');
  });
});

describe('headline figures', () => {
  it('leads with the court figure of national_figures.csv, with its period and a link to its source', () => {
    const row = dataCsv('national_figures.csv').find((candidate) => candidate.id === 'court_spos_issued_first_year');
    if (row === undefined) throw new Error('no court_spos_issued_first_year in national_figures.csv');
    const figure = page.querySelector(`.hero-figure[data-figure="${row.id}"]`);
    expect(figure).not.toBeNull();
    expect(text(figure!.querySelector('.hero-figure__value')!)).toBe(row.value);
    expect(text(figure!)).toContain(row.period!.replace(/ - /g, ' – '));
    const link = figure!.querySelector('a');
    expect(link).not.toBeNull();
    const href = link!.getAttribute('href') ?? '';
    const source = dataCsv('sources.csv').find((candidate) => candidate.id === row.source_id);
    // A source without a known public address is linked to its entry in the page's source list.
    if (href.startsWith('#')) {
      const entry = page.getElementById(href.slice(1));
      expect(entry, `link target ${href}`).not.toBeNull();
      expect(text(entry!)).toContain(source?.publisher);
    } else {
      expect(href).toBe(source?.url);
    }
  });
});

describe('force table', () => {
  const table = methodologyPage.querySelector('.force-table table');

  it('has a caption, column headers with scope and one row per force', () => {
    expect(table).not.toBeNull();
    expect(text(table!.querySelector('caption')!)).toContain('43');
    const columnHeaders = table!.querySelectorAll('thead th');
    expect(columnHeaders.length).toBeGreaterThan(2);
    for (const header of columnHeaders) expect(['col', 'colgroup']).toContain(header.getAttribute('scope'));
    expect(table!.querySelectorAll('tbody tr').length).toBe(43);
    expect(new Set([...table!.querySelectorAll('tbody tr')].map((row) => row.getAttribute('data-force'))).size).toBe(43);
  });

  it('links every force name to its force page', () => {
    const links = [...table!.querySelectorAll('tbody th[scope="row"] a')];
    expect(links.length).toBe(43);
    for (const force of dataCsv('forces.csv')) expect(forceRow(force.name!).querySelector('a')?.getAttribute('href'), force.name).toBe(`/forces/${force.slug}/`);
  });

  it('never leaves a figure cell empty', () => {
    for (const td of table!.querySelectorAll('tbody td')) expect(text(td)).not.toBe('');
  });

  it('shows each dataset’s figure for every force in its own cell, as the data gives it, never merged', () => {
    const model = loadRealModel();
    let checked = 0;
    for (const force of model.forces) {
      const cells = [...forceRow(force.name).querySelectorAll('td[data-dataset][data-measure]')];
      expect(cells.length, force.name).toBeGreaterThan(1);
      for (const td of cells) {
        const [datasetId, measure] = [td.getAttribute('data-dataset'), td.getAttribute('data-measure') as 'applications'];
        const figure = model.figures.find((row) => row.datasetId === datasetId && row.forceCode === force.code);
        if (figure?.status !== 'reported' || figure[measure] === null) continue;
        expect(text(td), `${force.name} ${datasetId} ${measure}`).toBe(figure[measure].toLocaleString('en-GB'));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('shows each force’s state in every all-forces dataset: a reply without a figure as "No response", a force not covered as "Not covered", never 0', () => {
    const model = loadRealModel();
    const seen = new Set<string>();
    for (const force of model.forces) {
      for (const td of forceRow(force.name).querySelectorAll('td[data-dataset][data-measure]')) {
        const [datasetId, measure] = [td.getAttribute('data-dataset') ?? '', td.getAttribute('data-measure') as 'applications'];
        const figure = model.figures.find((row) => row.datasetId === datasetId && row.forceCode === force.code);
        const status = figure?.status ?? 'not_covered';
        const mark = td.querySelector('[data-state]');
        if (status === 'no_response') {
          expect(text(td), `${force.name} ${datasetId} ${measure}`).toBe('No response');
          expect(mark?.getAttribute('data-state')).toBe('no-response');
          expect(mark?.className).not.toContain('zero');
        } else if (status === 'not_covered') {
          expect(text(td), `${force.name} ${datasetId} ${measure}`).toBe('Not covered');
          expect(mark?.getAttribute('data-state')).toBe('not-covered');
          expect(mark?.className).not.toContain('zero');
        } else if (figure?.[measure] === 0) {
          expect(text(td), `${force.name} ${datasetId} ${measure}`).toBe('0');
          expect(mark?.getAttribute('data-state')).toBe('zero');
          expect(mark?.className).toContain('figure-value--zero');
        } else {
          continue;
        }
        seen.add(mark?.getAttribute('data-state') ?? '');
      }
    }
    // A reported zero, no response and not covered: three states, each marked and styled as itself.
    expect(seen.size).toBe(3);
  });

  it('lists single-force sources in the notes column, each figure with its source', () => {
    const local = dataCsv('spo_datasets.csv').filter((dataset) => dataset.scope === 'selected_forces');
    let listed = 0;
    for (const row of dataCsv('spo_figures.csv')) {
      const dataset = local.find((candidate) => candidate.id === row.dataset_id);
      if (dataset === undefined || row.status !== 'reported' || row.applications === '') continue;
      const force = dataCsv('forces.csv').find((candidate) => candidate.code === row.force_code);
      const notes = text(forceRow(force!.name!).querySelector('.force-table__notes')!);
      expect(notes, `${force!.name} / ${dataset.id}`).toContain(dataset.short_title);
      expect(notes, `${force!.name} / ${dataset.id}`).toContain(`${Number(row.applications).toLocaleString('en-GB')} application`);
      listed += 1;
    }
    expect(listed).toBeGreaterThan(0);
  });
});
