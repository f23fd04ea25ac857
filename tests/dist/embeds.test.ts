// Every built embed page: titled, credited with source and licence, linked
// back to its full page, kept out of search results on its own, discoverable
// through oEmbed, and listed on the /embed/ index with its code.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SpoFigure } from '../../src/lib/data/types.ts';
import { computeMetrics, monthRangeLabel } from '../../src/lib/metrics/index.ts';
import { builtFile, builtPage, distDir } from '../support/dist.ts';
import { loadRealModel } from '../support/real-data.ts';

/** Every page under /embed/ that is an embed (its frame marks it), not the index or a force's kit. */
function embedPages(folder = join(distDir, 'embed')): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return embedPages(path);
    if (entry.name !== 'index.html' || !/\sdata-embed-id=/.test(readFileSync(path, 'utf8'))) return [];
    return [`/${relative(distDir, folder).split(sep).join('/')}/`];
  });
}

const pages = embedPages();
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('embed pages', () => {
  it('exist for every force card, every map measure in both layouts, and every chart of the story', () => {
    expect(pages.filter((path) => path.startsWith('/embed/forces/'))).toHaveLength(43);
    const maps = pages.filter((path) => path.startsWith('/embed/map/'));
    expect(maps.filter((path) => path.endsWith('/geo/')).length).toBeGreaterThan(0);
    expect(maps.filter((path) => path.endsWith('/geo/')).length).toBe(maps.filter((path) => path.endsWith('/tiles/')).length);
    for (const chart of ['applications-by-force', 'applications-per-offences', 'zero-applications', 'court-vs-foi', 'recorded-offences-trend']) {
      expect(pages).toContain(`/embed/${chart}/`);
    }
  });

  it.each(pages)('%s has a title, source and licence lines, a link back, and noindex', (path) => {
    const page = builtPage(path);
    expect(text(page.querySelector('title'))).not.toBe('');
    expect(text(page.querySelector('h1'))).not.toBe('');
    expect(text(page.querySelector('[data-credit="source"]'))).toMatch(/^Source: \S/);
    expect(text(page.querySelector('[data-credit="licence"]'))).toMatch(/^Licence: \S/);
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, indexifembedded');

    const back = page.querySelector('a[data-link-back]')?.getAttribute('href') ?? '';
    expect(back).toMatch(/^\/([\w-]+\/)*(#[\w-]+)?$/);
    const [backPath, anchor] = back.split('#');
    expect(existsSync(join(distDir, backPath!, 'index.html')), `link back to ${back}`).toBe(true);
    if (anchor !== undefined) expect(builtPage(backPath!).getElementById(anchor), `#${anchor} on ${backPath}`).not.toBeNull();

    for (const script of page.querySelectorAll('script')) {
      expect(script.getAttribute('src')).toMatch(/^\/_astro\/[\w.-]+\.js$/);
      expect(text(script)).toBe('');
    }
  });

  it.each(pages)('%s credits its sources and licence once, in the frame’s footer', (path) => {
    const page = builtPage(path);
    // Any element printing a credit (a map section's own lines, say) would add a second "Source:" or "Licence:".
    const body = text(page.querySelector('body'));
    expect(body.match(/Source: /g), 'source lines').toHaveLength(1);
    expect(body.match(/Licence: /g), 'licence lines').toHaveLength(1);
    expect(page.querySelectorAll('[data-credit="source"]')).toHaveLength(1);
    expect(page.querySelectorAll('[data-credit="licence"]')).toHaveLength(1);
  });

  it.each(pages)('%s is discoverable through a static oEmbed file whose code embeds it', (path) => {
    const link = builtPage(path).querySelector('link[rel="alternate"][type="application/json+oembed"]');
    const href = new URL(link?.getAttribute('href') ?? '').pathname;
    const oembed = JSON.parse(readFileSync(builtFile(href), 'utf8')) as Record<string, unknown>;
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
    expect(oembed['html']).toContain(`${path}"`);
    expect(oembed['html']).toContain('/embed.js"');
    expect(oembed['height']).toEqual(expect.any(Number));
  });
});

describe('the /embed/ index', () => {
  const index = builtPage('/embed/');

  it('previews every chart and map in a titled, lazy iframe and gives its code; each force’s card is in its kit', () => {
    const cards = pages.filter((path) => path.startsWith('/embed/forces/'));
    const previews = new Set([...index.querySelectorAll('iframe')].map((frame) => frame.getAttribute('src')));
    expect([...previews].sort()).toEqual(pages.filter((path) => !cards.includes(path)).sort());
    for (const frame of index.querySelectorAll('iframe')) {
      expect(frame.getAttribute('title')).not.toBe('');
      expect(frame.getAttribute('loading')).toBe('lazy');
    }
    // linkedom leaves a textarea's character references as they are in the HTML.
    const codes = [...index.querySelectorAll('textarea[readonly]')].map((box) => box.innerHTML.replaceAll('&quot;', '"'));
    for (const path of previews) expect(codes.some((code) => code.includes(`${path}"`)), path!).toBe(true);
    // Read as text: 43 pages are too many to parse for one check. The code sits in a textarea, its quotes escaped.
    for (const path of cards) {
      const kit = readFileSync(builtFile(`/embed/kit/${path.split('/')[3]!}/`), 'utf8');
      expect(kit, path).toMatch(new RegExp(`<textarea[^>]*>[^<]*${path.replaceAll('/', '\\/')}&quot;`));
      expect(kit, path).toMatch(new RegExp(`<iframe[^>]* src="${path.replaceAll('/', '\\/')}"`));
    }
  });

  it('starts with “Pick your force”, whose list leads to each force’s kit on /embed/ without JavaScript', () => {
    const kits = [...index.querySelectorAll('[data-finder] a[href]')].map((link) => link.getAttribute('href') ?? '');
    expect(kits).toHaveLength(pages.filter((path) => path.startsWith('/embed/forces/')).length);
    for (const href of kits) {
      expect(href).toMatch(/^\/embed\/kit\/[\w-]+\/$/);
      expect(existsSync(join(distDir, href, 'index.html')), href).toBe(true);
    }
    expect(index.querySelector('main h2')?.closest('[data-finder]')).not.toBeNull();
    expect(index.querySelector('[data-finder]')?.getAttribute('data-finder-destination')).toBe('kit');
  });

  it('serves the resize script at its stable address', () => {
    expect(readFileSync(builtFile('/embed.js'), 'utf8')).toContain('spo-embed-height');
  });
});

describe.each(loadRealModel().forces.map((force) => [force.slug, force.name] as const))('the kit of %s on /embed/', (slug, name) => {
  const kit = builtPage(`/embed/kit/${slug}/`);
  const frames = [...kit.querySelectorAll('iframe')].map((frame) => frame.getAttribute('src') ?? '');
  // linkedom leaves a textarea's character references as they are in the HTML.
  const codes = [...kit.querySelectorAll('textarea[readonly]')].map((box) =>
    box.innerHTML.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&'),
  );

  it('previews its card, and the map and the ranking with it picked out, each with its code', () => {
    expect(text(kit.querySelector('h1'))).toContain(name);
    expect(frames[0]).toBe(`/embed/forces/${slug}/`);
    expect(frames.slice(1).map((src) => src.replace(/^\/embed\/([\w-]+)\/.*$/, '$1'))).toEqual(['map', expect.any(String)]);
    for (const src of frames.slice(1)) expect(src).toMatch(new RegExp(`\\?force=${slug}$`));
    for (const src of frames) {
      expect(existsSync(join(distDir, src.split('?')[0]!, 'index.html')), src).toBe(true);
      expect(codes.filter((code) => code.includes(`${src}"`) && code.startsWith('<iframe')), src).toHaveLength(1);
      expect(codes.filter((code) => code.includes(`${src}"`) && code.startsWith('<div data-pym-src')), src).toHaveLength(1);
    }
  });

  it('shows its card’s picture and offers it, its CSV files and the dictionary, which all exist', () => {
    const picture = kit.querySelector('img')?.getAttribute('src');
    expect(picture).toBe(`/downloads/charts/forces-${slug}.png`);
    expect(kit.querySelector('img')?.getAttribute('alt')).toContain(name);
    const files = [...kit.querySelectorAll('a[download]')].map((link) => link.getAttribute('href') ?? '');
    expect(files).toContain(picture);
    expect(files).toContain('/downloads/data-dictionary.csv');
    expect(files.filter((href) => href.startsWith(`/data/forces/${slug}-`) && href.endsWith('.csv')).length).toBeGreaterThan(0);
    for (const href of files) expect(existsSync(join(distDir, href)), href).toBe(true);
  });

  it('gives a sentence to quote that names the force and its source, and the force page’s address', () => {
    const sentence = codes.find((code) => code.includes('Source: '));
    expect(sentence).toContain(name);
    expect(sentence).toMatch(new RegExp(`/forces/${slug}/$`));
    expect(codes).toContainEqual(expect.stringMatching(new RegExp(`^https?://[^/]+/forces/${slug}/$`)));
  });
});

describe('oEmbed discovery on full pages', () => {
  const discovered = (path: string) =>
    [...builtPage(path).querySelectorAll('link[rel="alternate"][type="application/json+oembed"]')].map(
      (link) => new URL(link.getAttribute('href') ?? '').pathname,
    );

  it('points each force page at its card, each page at the charts whose full picture it has and each map page at its map', () => {
    expect(discovered('/forces/kent/')).toEqual(['/oembed/forces-kent.json']);
    expect(discovered('/')).toEqual(expect.arrayContaining(['/oembed/zero-applications.json', '/oembed/recorded-offences-trend.json']));
    expect(discovered('/forces/')).toEqual(expect.arrayContaining(['/oembed/applications-by-force.json', '/oembed/applications-per-offences.json']));
    expect(discovered('/methodology/')).toEqual(['/oembed/court-vs-foi.json']);
    expect(discovered('/map/applications/tiles/')).toEqual(['/oembed/map-applications-tiles.json']);
    for (const path of [...discovered('/'), ...discovered('/forces/kent/')]) expect(existsSync(join(distDir, path)), path).toBe(true);
  });
});

describe('force cards carry their caveat (issue 10, finding 5)', () => {
  // Which forces' sources disagree, and over which months, from data/ through the real loader.
  const model = loadRealModel();
  const { comparisons } = computeMetrics(model);
  const months = (figure: SpoFigure) => (figure.periodStart !== null && figure.periodEnd !== null ? monthRangeLabel(figure.periodStart, figure.periodEnd) : figure.periodLabel);
  const xmlText = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]).join(' ').replaceAll('&amp;', '&');

  it.each(model.forces.map((force) => [force.slug, force.code] as const))('%s: the card and its picture say where sources differ, with both periods', (slug, code) => {
    const pairs = comparisons.disagreements.filter((pair) => pair.force.code === code);
    const card = text(builtPage(`/embed/forces/${slug}/`).querySelector('main'));
    const picture = xmlText(readFileSync(builtFile(`/downloads/charts/forces-${slug}.svg`), 'utf8'));
    if (pairs.length === 0) {
      expect(card).not.toMatch(/Sources (differ|contradict)/);
      expect(picture).not.toMatch(/Sources (differ|contradict)/);
    }
    // One note per pair, each opening with what the pair claims.
    const notes = card.split(/(?=Sources (?:differ|contradict each other):)/);
    for (const pair of pairs) {
      const figures = [pair.first, pair.second].map((side) => `(${months(side.figure)}): ${side.applications} application`);
      for (const figure of figures) {
        expect(card).toContain(figure);
        // The picture wraps its note over lines, so its words are compared without the breaks.
        expect(picture.replace(/\s+/g, ' ')).toContain(figure);
      }
      const note = notes.find((candidate) => figures.every((figure) => candidate.includes(figure)));
      expect(note, figures.join(' / ')).toMatch(pair.contradiction ? /^Sources contradict each other:/ : /^Sources differ:/);
    }
  });
});
