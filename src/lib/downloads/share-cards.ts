// What each share card says: for a force, its applications in every source
// that covers all forces and its recorded stalking offences; for the main
// pages, national figures and counts taken straight from the data. Every
// number is a value from src/lib/metrics or a figure as its source prints it;
// a missing figure is shown as its state, never as 0.

import { forceCardCopy } from '../copy/embed.ts';
import { formatCount } from '../views/format.ts';
import { shareCopy } from '../copy/share.ts';
import type { DataModel, Force, Source } from '../data/types.ts';
import { type DatasetMetrics, headlineDataset, type Metrics, monthRangeLabel, type Value } from '../metrics/index.ts';
import { headlineSentences, valueView } from '../views/force.ts';
import { forceDisagreements } from '../views/force-card.ts';
import type { HeadlineItem, StoryLead } from '../views/home.ts';
import type { MapEmbed } from '../embeds/map-views.ts';
import { type Credit, credit } from './credit.ts';
import { PAGES } from '../views/routes.ts';
import type { ShareCard, ShareStat } from './share-card.ts';

export interface CardContext {
  model: DataModel;
  metrics: Metrics;
  /** The site's host name, printed on every card. */
  host: string;
}

/** Datasets that give every force an applications figure (or a state saying why not), the headline round first. */
export function allForceApplicationDatasets(metrics: Metrics): DatasetMetrics[] {
  return metrics.applicationRounds;
}

/** A count as a card shows it: the number, a zero in the zero style, or the reason there is none. */
function countStat(value: Value, label: string): ShareStat {
  const view = valueView(value);
  return { value: view.text, kind: view.state === 'zero' ? 'zero' : view.state === 'value' ? 'number' : 'missing', label };
}

function sourcesById(model: DataModel, ids: Iterable<string>): Source[] {
  const byId = new Map(model.sources.map((source) => [source.id, source]));
  return [...new Set(ids)].map((id) => {
    const source = byId.get(id);
    if (source === undefined) throw new Error(`no source ${id} in the model`);
    return source;
  });
}

function footer(model: DataModel, sourceIds: Iterable<string>): Credit {
  return credit(sourcesById(model, sourceIds));
}

const offenceSourceIds = (model: DataModel) => model.offences.map((offence) => offence.sourceId);

/**
 * The sources behind a force's card, for its credit line and for anything that reproduces the card:
 * every source covering all forces, the offences, and, given a force, any other source its caveat quotes.
 */
export function forceCardSourceIds({ model, metrics }: Omit<CardContext, 'host'>, force: Pick<Force, 'code'> | null = null): string[] {
  const quoted = force === null
    ? []
    : metrics.comparisons.disagreements
      .filter((pair) => pair.force.code === force.code)
      .flatMap((pair) => [pair.first.datasetId, pair.second.datasetId])
      .flatMap((id) => metrics.datasetById.get(id)?.dataset.sourceId ?? []);
  return [...new Set([...allForceApplicationDatasets(metrics).map(({ dataset }) => dataset.sourceId), ...offenceSourceIds(model), ...quoted])];
}

/** The figures on a force's card, in order: applications per all-forces dataset, then recorded offences. */
export function forceStats({ metrics }: Pick<CardContext, 'metrics'>, force: Force): ShareStat[] {
  const stats: ShareStat[] = allForceApplicationDatasets(metrics).map(({ dataset, figures }) => {
    const figure = figures.get(force.code);
    if (figure === undefined) throw new Error(`${dataset.id} has no entry for ${force.name}`);
    const period = figure.periodStart && figure.periodEnd ? monthRangeLabel(figure.periodStart, figure.periodEnd) : null;
    return countStat(figure.applications, shareCopy.stat.applications(forceCardCopy.sourceName(dataset), period));
  });
  const { financialYear, byForce } = metrics.offences.perResidents;
  const offences = byForce.get(force.code)?.offences ?? null;
  const label = shareCopy.stat.offences(financialYear);
  stats.push(
    offences === null
      ? { value: forceCardCopy.offencesMissing, kind: 'missing', label }
      : { value: formatCount(offences), kind: offences === 0 ? 'zero' : 'number', label },
  );
  return stats;
}

export function forceShareCard(context: CardContext, force: Force): ShareCard {
  const disagreements = forceDisagreements(context.metrics, force.code);
  return {
    kicker: shareCopy.kicker,
    title: force.name,
    subtitle: shareCopy.forceSubtitle,
    stats: forceStats(context, force),
    // The card's figures may come from sources that disagree: the picture says so, as the page and the embed do.
    ...(disagreements.length === 0 ? {} : { note: disagreements.join(' ') }),
    credit: footer(context.model, forceCardSourceIds(context, force)),
    host: context.host,
  };
}

/** The main pages that have their own share card, by the key in their image's file name. */
export const MAIN_PAGES = {
  home: PAGES.home,
  forces: PAGES.forces,
  methodology: PAGES.methodology,
  embed: PAGES.embed,
} as const;

export type MainPage = keyof typeof MAIN_PAGES;

/** What main pages' cards show besides the data: the story's headline figures, and how many views can be embedded. */
export interface MainPageExtras {
  headlines: readonly HeadlineItem[];
  embedViewCount: number;
  /** The story's finding and its one figure, which the home card leads with. */
  lead: Pick<StoryLead, 'headline' | 'hero'>;
  /** The map that pictures the finding (with its key, in the card's colours) and its sources; the home card draws it beside the finding. */
  leadMap?: { svg: string; sourceIds: readonly string[] } | undefined;
}

/** How wide the home card's map and key are drawn before the card scales them to its room. */
const LEAD_MAP_WIDTH = 560;

/** The map of the story's lead measure on the real areas, for the home card; none when the data has no such map. */
export function leadMapPicture(lead: Pick<StoryLead, 'map'>, maps: readonly MapEmbed[]): MainPageExtras['leadMap'] {
  const map = maps.find((chart) => chart.metric === lead.map && chart.layout === 'geo');
  return map === undefined ? undefined : { svg: map.draw(LEAD_MAP_WIDTH), sourceIds: map.view.sourceIds };
}

interface MainPageContent {
  stats: ShareStat[];
  sourceIds: string[];
  /** In place of the page's title and subtitle: the home card states the finding. */
  title?: string;
  picture?: string;
}

function mainPageContent(context: CardContext, page: MainPage, extras: MainPageExtras): MainPageContent {
  const { model, metrics } = context;
  const headline = headlineDataset(metrics.datasets);
  const count = (value: number, label: string): ShareStat => ({ value: formatCount(value), kind: value === 0 ? 'zero' : 'number', label });

  switch (page) {
    case 'home': {
      // The finding, the one figure under it on the page, and the map of the round the finding counts from.
      const { hero } = extras.lead;
      return {
        title: extras.lead.headline,
        stats: [{ value: hero.value, kind: hero.value === '0' ? 'zero' : 'number', label: `${hero.label}, ${hero.period}` }],
        sourceIds: [...new Set([hero.source.id, ...(extras.leadMap?.sourceIds ?? [])])],
        ...(extras.leadMap === undefined ? {} : { picture: extras.leadMap.svg }),
      };
    }
    case 'forces':
      return {
        stats: [
          count(model.forces.length, shareCopy.forcesStat),
          count(headline.totals.zero, shareCopy.zeroStat(headline.dataset.shortTitle)),
          count(headline.totals.noResponse, shareCopy.noResponseStat(headline.dataset.shortTitle)),
        ],
        sourceIds: [headline.dataset.sourceId],
      };
    case 'methodology':
      return {
        stats: [count(model.sources.length, shareCopy.sourcesStat), count(model.datasets.length, shareCopy.datasetsStat)],
        sourceIds: [
          ...allForceApplicationDatasets(metrics).map(({ dataset }) => dataset.sourceId),
          ...offenceSourceIds(model),
          ...model.population.map((row) => row.sourceId),
        ],
      };
    case 'embed':
      return {
        stats: [count(extras.embedViewCount, shareCopy.viewsStat), count(model.forces.length, shareCopy.forceCardsStat)],
        sourceIds: forceCardSourceIds(context),
      };
  }
}

export function mainPageShareCard(context: CardContext, page: MainPage, extras: MainPageExtras): ShareCard {
  const { stats, sourceIds, title, picture } = mainPageContent(context, page, extras);
  return {
    kicker: shareCopy.kicker,
    title: title ?? shareCopy.pages[page].title,
    ...(title === undefined ? { subtitle: shareCopy.pages[page].subtitle } : {}),
    ...(picture === undefined ? {} : { picture }),
    stats,
    credit: footer(context.model, sourceIds),
    host: context.host,
  };
}

/**
 * The sentence a campaigner can paste about a force: what the headline dataset says about it (or that it has no figure there, and
 * why), naming its source and period, then where to read more.
 */
export function forceShareSentence({ model, metrics }: Omit<CardContext, 'host'>, force: Force, pageUrl: string): string {
  const sources = new Map(model.sources.map((source) => [source.id, source]));
  const sentences = headlineSentences({
    force: { code: force.code, name: force.name },
    datasets: [headlineDataset(metrics.datasets)],
    comparisons: [],
    attribution: (dataset) => sources.get(dataset.sourceId)?.attribution ?? dataset.shortTitle,
  });
  return shareCopy.sentence(sentences.join(' '), pageUrl);
}
