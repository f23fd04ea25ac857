// Synthetic forces for chart tests: made-up names and codes, chosen to cover
// ties, zeros, no response and not covered in a handful of rows.
import type { RankingDatum } from '../../../src/lib/charts/ranking.ts';

export const forces = {
  north: { code: 'E23000901', name: 'Northshire', slug: 'northshire' },
  south: { code: 'E23000902', name: 'Southshire', slug: 'southshire' },
  east: { code: 'E23000903', name: 'East Vale', slug: 'east-vale' },
  west: { code: 'E23000904', name: 'Westmoor and Downs', slug: 'westmoor-and-downs' },
  upper: { code: 'E23000905', name: 'Upper Fells', slug: 'upper-fells' },
  lower: { code: 'E23000906', name: 'Lower Marsh', slug: 'lower-marsh' },
  city: { code: 'E23000907', name: 'Old City', slug: 'old-city' },
  coast: { code: 'W15000901', name: 'Coastal Wales', slug: 'coastal-wales' },
} as const;

/** Two forces tied at 5, two zeros, one no response, one not covered. */
export const applications: RankingDatum[] = [
  { ...forces.north, value: 5, state: 'reported' },
  { ...forces.south, value: 42, state: 'reported' },
  { ...forces.east, value: 0, state: 'reported' },
  { ...forces.west, value: 5, state: 'reported' },
  { ...forces.upper, value: null, state: 'no_response' },
  { ...forces.lower, value: 0, state: 'reported' },
  { ...forces.city, value: null, state: 'not_covered' },
  { ...forces.coast, value: 1, state: 'reported' },
];
