// What the force pages, the /forces/ table and the finder read, worked out
// once per build from the site's data.
import { buildForcePages, type ForcePageView } from './force-page.ts';
import { forceNeighbours } from './geo/areas.ts';
import { metrics, model, topology } from './site-data.ts';
import { computeStandings, type Standing } from './standings.ts';

export const forcePages: ForcePageView[] = buildForcePages({ model, metrics, neighbours: forceNeighbours(topology) });
export const standings: Standing[] = computeStandings(metrics);

/** Where "use my location" downloads the force areas from. */
export const FORCE_AREAS_PATH = '/data/force-areas.json';
