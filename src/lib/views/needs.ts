// Everything the pages refer to in the data by id, collected for the loader
// (src/lib/data/needs.ts): the build, check-data and the tests pass it on, so
// a row a page needs is checked like any other rule.
import type { DataNeeds } from '../data/needs.ts';
import { HOME_NEEDS } from './home.ts';

export const SITE_NEEDS: DataNeeds = {
  nationalFigures: [...HOME_NEEDS.nationalFigures],
};
