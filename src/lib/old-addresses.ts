// When an editor renames a force's slug, its old addresses must keep working:
// links to its page, and embed codes other sites pasted, which load its embed
// page, oEmbed file and pictures. Every address the build wrote for a force
// is found by its slug, so an address added later is covered without a list
// to keep up to date.
import type { Force } from './data/types.ts';

export interface OldAddress {
  from: string;
  to: string;
}

/** Characters that may stand either side of a slug inside an address ("/forces/kent/", "forces-kent.json"). */
const BOUNDARY = /[/.\-_]/;

/** Where `slug` stands as a whole word in `path` (not inside a longer word), or -1. */
function wordIndex(path: string, slug: string): number {
  for (let at = path.indexOf(slug); at !== -1; at = path.indexOf(slug, at + 1)) {
    const before = path[at - 1];
    const after = path[at + slug.length];
    if ((before === undefined || BOUNDARY.test(before)) && (after === undefined || BOUNDARY.test(after))) return at;
  }
  return -1;
}

/**
 * The redirects from every old slug's addresses to the force's current ones.
 * An address belongs to the force whose slug it contains (the longest, so
 * "north-wales" is never read as a force "wales"); addresses naming two
 * forces are left alone, as no single force's rename decides them. A page's
 * old address answers with and without its final slash, as readers type it.
 * @param servedPaths URL paths of every page and file the build wrote.
 */
export function oldAddresses(forces: readonly Pick<Force, 'slug' | 'oldSlugs'>[], servedPaths: readonly string[]): OldAddress[] {
  const served = new Set(servedPaths);
  const renamed = forces.filter((force) => force.oldSlugs.length > 0);
  const bySlugLength = [...forces].sort((a, b) => b.slug.length - a.slug.length);
  const addresses: OldAddress[] = [];
  for (const path of servedPaths) {
    const named = bySlugLength.filter((force) => wordIndex(path, force.slug) !== -1);
    const owner = named[0];
    const others = named.filter((force) => force !== owner && !owner?.slug.includes(force.slug));
    if (owner === undefined || others.length > 0 || !renamed.includes(owner)) continue;
    const at = wordIndex(path, owner.slug);
    for (const oldSlug of owner.oldSlugs) {
      const from = `${path.slice(0, at)}${oldSlug}${path.slice(at + owner.slug.length)}`;
      if (served.has(from)) continue;
      for (const address of from.endsWith('/') ? [from, from.slice(0, -1)] : [from]) addresses.push({ from: address, to: path });
    }
  }
  return addresses;
}
