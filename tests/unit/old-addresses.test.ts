// Old addresses of renamed forces: found by slug in every address the build
// wrote, so a new kind of per-force file is covered without a list.
import { describe, expect, it } from 'vitest';
import { oldAddresses } from '../../src/lib/old-addresses.ts';

const served = [
  '/',
  '/forces/',
  '/forces/kent-police/',
  '/forces/north-wales/',
  '/embed/forces/kent-police/',
  '/embed/map/applications/geo/',
  '/oembed/forces-kent-police.json',
  '/data/forces/kent-police-spo-figures.csv',
  '/downloads/charts/forces-kent-police.png',
  '/downloads/forces.csv',
];

describe('oldAddresses', () => {
  it('sends every old address of a renamed force to the current one, pages with and without their slash', () => {
    const forces = [
      { slug: 'kent-police', oldSlugs: ['kent'] },
      { slug: 'north-wales', oldSlugs: [] },
    ];
    expect(oldAddresses(forces, served)).toEqual([
      { from: '/forces/kent/', to: '/forces/kent-police/' },
      { from: '/forces/kent', to: '/forces/kent-police/' },
      { from: '/embed/forces/kent/', to: '/embed/forces/kent-police/' },
      { from: '/embed/forces/kent', to: '/embed/forces/kent-police/' },
      { from: '/oembed/forces-kent.json', to: '/oembed/forces-kent-police.json' },
      { from: '/data/forces/kent-spo-figures.csv', to: '/data/forces/kent-police-spo-figures.csv' },
      { from: '/downloads/charts/forces-kent.png', to: '/downloads/charts/forces-kent-police.png' },
    ]);
  });

  it('writes nothing when no force was renamed', () => {
    expect(oldAddresses([{ slug: 'kent-police', oldSlugs: [] }], served)).toEqual([]);
  });

  it('gives each of several old slugs its own redirects', () => {
    const addresses = oldAddresses([{ slug: 'north-wales', oldSlugs: ['gogledd-cymru', 'n-wales'] }], served);
    expect(addresses.map((address) => address.from)).toEqual(['/forces/gogledd-cymru/', '/forces/gogledd-cymru', '/forces/n-wales/', '/forces/n-wales']);
  });

  it('reads a slug only as a whole word, and the longest slug first', () => {
    // "wales" is inside "north-wales" and "kent" inside "kent-police": neither force owns those addresses.
    const forces = [
      { slug: 'wales', oldSlugs: ['cymru'] },
      { slug: 'kent', oldSlugs: ['old-kent'] },
      { slug: 'kent-police', oldSlugs: [] },
      { slug: 'north-wales', oldSlugs: [] },
    ];
    expect(oldAddresses(forces, [...served, '/forces/wales/', '/forces/kentish/'])).toEqual([
      { from: '/forces/cymru/', to: '/forces/wales/' },
      { from: '/forces/cymru', to: '/forces/wales/' },
    ]);
  });

  it('never redirects away from an address that is still served', () => {
    expect(oldAddresses([{ slug: 'kent-police', oldSlugs: ['kent'] }], ['/forces/kent-police/', '/forces/kent/'])).toEqual([]);
  });
});
