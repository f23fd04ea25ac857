// The built home page: the national figures with their sources, and the
// table of all 43 forces where zero, "No response" and "Not covered" differ.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtFile, builtPage } from '../support/dist.ts';
import { loadRealModel } from '../support/real-data.ts';

const page = builtPage('/');
/** The table of every force from every source, and the headline figures, moved from the home page to /methodology/. */
const methodologyPage = builtPage('/methodology/');

function forceRow(name: string): Element {
  const row = [...methodologyPage.querySelectorAll('.force-table tbody tr')].find((tr) => tr.querySelector('th[scope="row"]')?.textContent?.trim() === name);
  if (row === undefined) throw new Error(`No table row for ${name}`);
  return row;
}

function cell(forceName: string, datasetId: string, measure: string): Element {
  const found = forceRow(forceName).querySelector(`td[data-dataset="${datasetId}"][data-measure="${measure}"]`);
  if (found === null) throw new Error(`No ${datasetId} ${measure} cell for ${forceName}`);
  return found;
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
  it('shows the 456 court figure with its period and a link to its source', () => {
    const figure = page.querySelector('.hero-figure[data-figure="court_spos_issued_first_year"]');
    expect(figure).not.toBeNull();
    expect(text(figure!.querySelector('.hero-figure__value')!)).toBe('456');
    expect(text(figure!)).toContain('Jan 2020 – Jan 2021');
    const link = figure!.querySelector('a');
    expect(link).not.toBeNull();
    const href = link!.getAttribute('href') ?? '';
    // The Observer article has no known public address, so the link goes to its entry in the page's source list.
    if (href.startsWith('#')) {
      const entry = page.getElementById(href.slice(1));
      expect(entry, `link target ${href}`).not.toBeNull();
      expect(text(entry!)).toContain('The Observer');
    } else {
      expect(href).toMatch(/^https:\/\//);
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
    for (const link of links) expect(link.getAttribute('href')).toMatch(/^\/forces\/[a-z0-9-]+\/$/);
    expect(forceRow('Metropolitan Police').querySelector('a')?.getAttribute('href')).toBe('/forces/metropolitan-police/');
  });

  it('never leaves a figure cell empty', () => {
    for (const td of table!.querySelectorAll('tbody td')) expect(text(td)).not.toBe('');
  });

  it('shows each dataset’s figure for the Met in its own cell, as the data gives it, never merged', () => {
    const model = loadRealModel();
    const met = model.forces.find((force) => force.name === 'Metropolitan Police');
    const cells = [...forceRow('Metropolitan Police').querySelectorAll('td[data-dataset][data-measure]')];
    expect(cells.length).toBeGreaterThan(1);
    for (const td of cells) {
      const [datasetId, measure] = [td.getAttribute('data-dataset'), td.getAttribute('data-measure') as 'applications'];
      const figure = model.figures.find((row) => row.datasetId === datasetId && row.forceCode === met?.code);
      if (figure?.status !== 'reported' || figure[measure] === null) continue;
      expect(text(td), `${datasetId} ${measure}`).toBe(figure[measure].toLocaleString('en-GB'));
    }
  });

  it('shows Lincolnshire’s missing FOI reply as "No response", not 0', () => {
    for (const measure of ['applications', 'granted', 'refused', 'pending']) {
      const foi = cell('Lincolnshire', 'bbc-foi-2021', measure);
      expect(text(foi)).toBe('No response');
      expect(foi.querySelector('[data-state="no-response"]')).not.toBeNull();
    }
  });

  it('shows City of London as "Not covered" in the BBC data', () => {
    const foi = cell('City of London', 'bbc-foi-2021', 'applications');
    expect(text(foi)).toBe('Not covered');
    expect(foi.querySelector('[data-state="not-covered"]')).not.toBeNull();
  });

  it('styles a reported zero differently from both missing states', () => {
    const zero = cell('Durham', 'court-first-year', 'applications');
    expect(text(zero)).toBe('0');
    const zeroMark = zero.querySelector('[data-state]');
    expect(zeroMark?.getAttribute('data-state')).toBe('zero');
    expect(zeroMark?.className).toContain('figure-value--zero');
    const states = new Set([
      zeroMark?.className,
      cell('Lincolnshire', 'bbc-foi-2021', 'applications').querySelector('[data-state]')?.className,
      cell('City of London', 'bbc-foi-2021', 'applications').querySelector('[data-state]')?.className,
    ]);
    expect(states.size).toBe(3);
  });

  it('lists single-force sources in the notes column', () => {
    const notes = text(forceRow('Lincolnshire').querySelector('.force-table__notes')!);
    expect(notes).toContain('ITV Calendar 2024');
    expect(notes).toContain('42 applications');
  });
});
