// "Since <the month the all-forces figures reach>" in the built site, with every expected value taken from data/:
// each statement on its own force page (and nowhere else) with its source
// link and the source's words, newest first; the one line on a force with
// nothing later; the gap's counts on the home and methodology pages; and the
// /forces/ column of latest public figures.
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/lib/metrics/index.ts';
import { forcePath, PAGES } from '../../src/lib/views/routes.ts';
import { gapView, latestFigureView } from '../../src/lib/views/since.ts';
import { since as copy } from '../../src/lib/copy/since.ts';
import { builtPage } from '../support/dist.ts';
import { loadRealModel } from '../support/real-data.ts';
import { builtPagePaths, readPage } from '../support/site-pages.ts';
import { dataCsv } from '../support/data-files.ts';

const model = loadRealModel();
const metrics = computeMetrics(model);
const forcesByCode = new Map(model.forces.map((force) => [force.code, force]));
const sourcesById = new Map(model.sources.map((source) => [source.id, source]));
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const squash = (value: string) => value.replace(/\s+/g, ' ').trim();

describe('the heading of the later figures', () => {
  it('names the month the newest all-forces figures reach, on every force page and the home page, so a new round moves it', () => {
    const allForces = new Set(dataCsv('spo_datasets.csv').filter((row) => row.scope === 'all_forces').map((row) => row.id));
    const end = dataCsv('spo_figures.csv')
      .filter((row) => allForces.has(row.dataset_id) && row.status === 'reported' && row.period_end)
      .map((row) => row.period_end!)
      .sort()
      .at(-1);
    expect(end).toBeDefined();
    const month = new Date(`${end}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (const force of model.forces) {
      expect(text(builtPage(forcePath(force.slug)).querySelector(`#${copy.anchor} h2`)), force.name).toBe(`Since ${month}`);
    }
    expect(text(builtPage('/').querySelector('[data-since-gap-section] h2'))).toBe(`Since ${month}`);
  });
});

describe('statements on their force pages', () => {
  it('the data has statements to check', () => {
    expect(model.statements.length).toBeGreaterThan(0);
  });

  it.each(model.statements.map((statement) => [statement.id, statement] as const))('%s is on its force page with its source link and quote', (_id, statement) => {
    const force = forcesByCode.get(statement.forceCode);
    const source = sourcesById.get(statement.sourceId);
    if (force === undefined || source === undefined) throw new Error('statement refers to a missing force or source');
    const page = builtPage(forcePath(force.slug));
    const item = page.querySelector(`#${copy.anchor} [data-statement="${statement.id}"]`);
    expect(item, `${statement.id} on ${force.slug}`).not.toBeNull();
    expect(text(item?.querySelector('blockquote'))).toContain(squash(statement.quote));
    const link = source.url === '' ? `#source-${source.id}` : source.url;
    expect([...(item?.querySelectorAll('a') ?? [])].map((anchor) => anchor.getAttribute('href'))).toContain(link);
    // The page's source list carries the source too.
    expect(page.querySelector(`#source-${source.id}`)).not.toBeNull();
  });

  it('lists each force\'s statements newest first, as metrics orders them', () => {
    for (const entry of metrics.since.byForce.values()) {
      if (entry.statements.length === 0) continue;
      const force = forcesByCode.get(entry.force.code);
      const shown = [...builtPage(forcePath(force?.slug ?? '')).querySelectorAll('[data-statement]')].map((item) => item.getAttribute('data-statement'));
      expect(shown, entry.force.name).toEqual(entry.statements.map((facts) => facts.statement.id));
    }
  }, 120_000);

  it('says in one line when a force has nothing later, and only then', () => {
    for (const entry of metrics.since.byForce.values()) {
      const force = forcesByCode.get(entry.force.code);
      const section = builtPage(forcePath(force?.slug ?? '')).querySelector(`#${copy.anchor}`);
      expect(section, entry.force.name).not.toBeNull();
      expect(section?.querySelector('[data-since-nothing]') !== null, entry.force.name).toBe(!entry.hasLater);
    }
  }, 120_000);
});

describe('statements are never mapped, ranked or summed', () => {
  const statementPages = new Set(model.statements.map((statement) => forcePath(forcesByCode.get(statement.forceCode)?.slug ?? '')));

  it('appear on no page but their own force page, and there only in the Since 2021 section', () => {
    const quotes = [...new Set(model.statements.map((statement) => squash(statement.quote)))];
    for (const path of builtPagePaths()) {
      const html = readPage(path);
      if (!statementPages.has(path)) {
        expect(html.includes('data-statement='), path).toBe(false);
        const body = squash(builtPage(path).body.textContent ?? '');
        expect(quotes.filter((quote) => body.includes(quote)), path).toEqual([]);
        continue;
      }
      const page = builtPage(path);
      const outside = [...page.querySelectorAll('[data-statement]')].filter((item) => item.closest(`#${copy.anchor}`) === null);
      expect(outside, path).toEqual([]);
    }
  }, 300_000);

  it('leave the force pages\' map, standings and figures sections without statement values', () => {
    for (const path of statementPages) {
      const page = builtPage(path);
      for (const selector of ['#map', '#standing', '#figures']) {
        expect(page.querySelector(selector)?.querySelector('[data-statement], [data-since]') ?? null, `${path} ${selector}`).toBeNull();
      }
    }
  }, 120_000);
});

describe('the gap, said plainly with counts from the data', () => {
  const expected = gapView(metrics);

  it('counts every force once, as having a later figure or none', () => {
    expect(metrics.since.withLater.length + metrics.since.withoutLater.length).toBe(model.forces.length);
    expect(expected.sentence).toContain(`${metrics.since.withLater.length} of the ${model.forces.length} forces`);
    expect(expected.sentence).toContain(`${metrics.since.withoutLater.length} ${metrics.since.withoutLater.length === 1 ? 'has' : 'have'} none`);
  });

  it.each([PAGES.home, PAGES.methodology])('%s says it', (path) => {
    expect(text(builtPage(path).querySelector('[data-since-gap]'))).toBe(expected.sentence);
  });
});

describe('/forces/: latest public figure', () => {
  const page = builtPage(PAGES.forces);

  it('gives each force its latest public figure, linking to its Since 2021 section', () => {
    for (const force of model.forces) {
      const entry = metrics.since.byForce.get(force.code);
      if (entry === undefined) throw new Error(`no since entry for ${force.name}`);
      const cell = page.querySelector(`tr[data-force="${force.code}"] td[data-column="latest-public-figure"]`);
      const view = latestFigureView(entry, forcePath(force.slug));
      expect(text(cell), force.name).toBe(view.text);
      expect(cell?.querySelector('a')?.getAttribute('href') ?? null, force.name).toBe(view.href);
      if (view.href !== null) expect(builtPage(forcePath(force.slug)).querySelector(`#${copy.anchor}`)).not.toBeNull();
    }
  }, 120_000);
});
