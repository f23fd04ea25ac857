// What the force pages, the /forces/ table and the finder read, worked out
// once per build from the site's data.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { BOUNDARY_FILE } from './data/load.ts';
import { buildForcePages, type ForcePageView } from './force-page.ts';
import { forceNeighbours } from './geo/areas.ts';
import { metrics, model } from './site-data.ts';
import { computeStandings, type Standing } from './standings.ts';

/** The force-area boundaries, already checked against forces.csv when the data loaded. */
export const topology = JSON.parse(readFileSync(resolve(process.cwd(), process.env['DATA_DIR'] ?? 'data', BOUNDARY_FILE), 'utf8')) as Topology;

export const forcePages: ForcePageView[] = buildForcePages({ model, metrics, neighbours: forceNeighbours(topology) });
export const standings: Standing[] = computeStandings(metrics);

/** Where "use my location" downloads the force areas from. */
export const FORCE_AREAS_PATH = '/data/force-areas.json';
