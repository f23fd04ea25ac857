// The 43 forces: codes and ONS names come from the boundary file; display names and
// aliases are editorial choices recorded here.
import type { Country, Force } from '../../src/lib/data/types.ts';
import { compareText } from './csv-io.ts';

/** Display names where the ONS form is not how readers write the force. */
const DISPLAY_NAMES: Record<string, string> = {
  E23000034: 'City of London',
  E23000035: 'Devon and Cornwall',
};

/**
 * Other names sources and readers use. "<Name> Police", "<Name> Constabulary", "&"/"and",
 * case and spacing are handled by normaliseForceName, so they are not listed.
 */
const ALIASES: Record<string, string[]> = {
  E23000001: ['Met', 'Metropolitan Police Service', 'Greater London'],
  E23000008: ['County Durham'],
  E23000034: ['City of London Police', 'London, City of'],
  E23000035: ['Devon & Cornwall'],
  E23000036: ['Avon & Somerset'],
  W15000004: ['Dyfed Powys'],
};

export interface BoundaryArea {
  code: string;
  name: string;
}

export function slugify(name: string): string {
  return name.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function countryOf(code: string): Country {
  if (code.startsWith('E23')) return 'England';
  if (code.startsWith('W15')) return 'Wales';
  throw new Error(`${code} is not a police force area code (E23… or W15…)`);
}

/** Forces sorted by code, one per boundary area. */
export function forcesFromBoundaries(areas: readonly BoundaryArea[]): Force[] {
  const codes = new Set(areas.map((area) => area.code));
  const unknown = [...Object.keys(DISPLAY_NAMES), ...Object.keys(ALIASES)].filter((code) => !codes.has(code));
  if (unknown.length > 0) throw new Error(`names or aliases given for codes not in the boundaries: ${unknown.join(', ')}`);
  return [...areas]
    .sort((a, b) => compareText(a.code, b.code))
    .map((area) => {
      const name = DISPLAY_NAMES[area.code] ?? area.name;
      return {
        code: area.code,
        name,
        onsName: area.name,
        slug: slugify(name),
        country: countryOf(area.code),
        aliases: ALIASES[area.code] ?? [],
        // No force has been renamed since the site began; editors record old slugs in data/forces.csv.
        oldSlugs: [],
      };
    });
}
