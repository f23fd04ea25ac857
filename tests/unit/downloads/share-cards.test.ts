// Share cards: exactly 1,200 × 630, every figure from the data with its
// state spelt out (never 0 for a missing figure), and the sources credited.
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/lib/data/load.ts';
import { svgToPng } from '../../../src/lib/downloads/image.ts';
import { SHARE_CARD_HEIGHT, SHARE_CARD_WIDTH, shareCardSvg } from '../../../src/lib/downloads/share-card.ts';
import { MAIN_PAGES, type MainPage, forceShareCard, forceStats, leadMapPicture, mainPageShareCard } from '../../../src/lib/downloads/share-cards.ts';
import { buildEmbedSet } from '../../../src/lib/embeds/embed-set.ts';
import { buildSiteViews } from '../../../src/lib/views/build-site.ts';
import { computeMetrics } from '../../../src/lib/metrics/index.ts';
import { forceCardCopy } from '../../../src/lib/copy/embed.ts';
import { buildStory } from '../../../src/lib/views/home.ts';
import { dataDir } from '../../../scripts/lib/paths.ts';
import { pngSize } from '../../support/png.ts';

const loaded = loadData(dataDir);
const model = loaded.model!;
const metrics = computeMetrics(model);
const context = { model, metrics, host: 'example.org' };
const force = (name: string) => model.forces.find((candidate) => candidate.name === name)!;
const story = buildStory(model, metrics);
const extras = (embedViewCount: number) => ({ headlines: story.headlines, embedViewCount, lead: story.lead });

describe('forceStats', () => {
  it('shows a force that did not respond and one the source does not cover by their states, never as 0', () => {
    const [bbc, court, offences] = forceStats(context, force('Lincolnshire'));
    expect(court).toMatchObject({ value: 'Not covered', kind: 'missing' });
    expect(bbc).toMatchObject({ value: 'No response', kind: 'missing' });
    expect(offences?.kind).toBe('number');
  });

  it('leads with the headline round, named in plain words, and shows a real zero as a zero beside the other source’s different figure', () => {
    const [bbc, court] = forceStats(context, force('Durham'));
    const headline = metrics.datasets.find(({ dataset }) => dataset.role === 'headline')!.dataset;
    expect(bbc?.label).toContain(forceCardCopy.sourceName(headline));
    expect(court).toMatchObject({ value: '0', kind: 'zero' });
    expect(court?.label).toMatch(/Jan 2020 to Jan 2021/);
    expect(bbc).toMatchObject({ value: '3', kind: 'number' });
  });
});

describe('shareCardSvg', () => {
  it('draws every force’s card and every main page’s card at exactly 1,200 × 630', () => {
    const cards = [
      ...model.forces.slice(0, 3).map((candidate) => forceShareCard(context, candidate)),
      ...(Object.keys(MAIN_PAGES) as MainPage[]).map((page) => mainPageShareCard(context, page, extras(50))),
    ];
    for (const card of cards) {
      expect(pngSize(svgToPng(shareCardSvg(card)))).toEqual({ width: SHARE_CARD_WIDTH, height: SHARE_CARD_HEIGHT });
    }
  });

  it('prints the force, its figures and the credit lines, with text escaped', () => {
    const svg = shareCardSvg(forceShareCard(context, force('Devon and Cornwall')));
    expect(svg).toContain('>Devon and Cornwall</text>');
    const attributions = metrics.applicationRounds.map(({ dataset }) => model.sources.find((source) => source.id === dataset.sourceId)?.attribution);
    expect(svg).toContain(`Source: ${attributions.join('; ')}; Home Office`);
    expect(svg).toContain('Licence:');
    const escaped = shareCardSvg({ ...forceShareCard(context, force('Kent')), title: 'Kent & <Medway>' });
    expect(escaped).toContain('>Kent &amp; &lt;Medway&gt;</text>');
  });

  it('never cuts a label or credit short on any force’s or main page’s card', () => {
    const cards = [
      ...model.forces.map((candidate) => forceShareCard(context, candidate)),
      ...(Object.keys(MAIN_PAGES) as MainPage[]).map((page) => mainPageShareCard(context, page, extras(58))),
    ];
    for (const card of cards) expect(shareCardSvg(card), card.title).not.toContain('…');
  });

  it('lays out any number of figures: each value printed once, inside the card and above the credits', () => {
    const card = forceShareCard(context, force('Kent'));
    for (const count of [1, 2, 3, 4, 5, 6, 7, 9, 12]) {
      const stats = Array.from({ length: count }, (_, index) => ({ value: `${1000 + index}`, kind: 'number' as const, label: `Figure ${index}` }));
      const svg = shareCardSvg({ ...card, stats });
      const values = [...svg.matchAll(/<text x="(\d+)" y="(\d+)"[^>]*>(\d{4})<\/text>/g)];
      expect(values.map((match) => match[3]), `${count} figures`).toEqual(stats.map((stat) => stat.value));
      const creditTop = Number(/<line [^>]*y1="(\d+)"/.exec(svg)?.[1]);
      for (const [, x, y] of values) {
        expect(Number(x)).toBeLessThan(SHARE_CARD_WIDTH);
        expect(Number(y)).toBeLessThan(creditTop);
      }
      expect(pngSize(svgToPng(svg))).toEqual({ width: SHARE_CARD_WIDTH, height: SHARE_CARD_HEIGHT });
    }
  });

  it('leads the home card with the finding and the map that shows it, crediting the map’s sources, with nothing cut', () => {
    const geography = loaded.geography!;
    const views = buildSiteViews(model, metrics, geography);
    const sourceOf = (id: string) => model.sources.find((source) => source.id === id)!;
    const { mapCharts } = buildEmbedSet(model, metrics, views, geography.topology, sourceOf);
    const leadMap = leadMapPicture(views.story.lead, mapCharts);
    if (leadMap === undefined) throw new Error('no map for the home card');
    const card = mainPageShareCard(context, 'home', { ...extras(58), leadMap });
    const svg = shareCardSvg(card);
    expect(card.title).toBe(views.story.lead.headline);
    expect(card.title).not.toBe(card.kicker);
    // The map and its key, nested to the right of the words; every word of the finding printed, none cut.
    expect(svg).toMatch(/<svg[^>]* x="\d+" y="\d+" width="\d+" height="\d+"/);
    const printed = [...svg.matchAll(/<text [^>]*font-weight="700"[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]).join(' ');
    expect(printed).toContain(views.story.lead.headline.split(' ').slice(-3).join(' '));
    expect(svg).not.toContain('…');
    for (const id of leadMap.sourceIds) expect(svg).toContain(sourceOf(id).attribution);
    expect(pngSize(svgToPng(svg))).toEqual({ width: SHARE_CARD_WIDTH, height: SHARE_CARD_HEIGHT });
  });

  it('leaves the words the whole width when the data gives no map to draw', () => {
    const svg = shareCardSvg(mainPageShareCard(context, 'home', extras(58)));
    expect(svg).not.toMatch(/<svg[^>]* x="\d+" y="\d+"/);
    expect(svg).toContain(story.lead.hero.value);
  });
});
