// Type-ahead matching of what a reader types against force names and the
// other names readers use ("Met", "Devon & Cornwall", "City of London Police").
// Runs at build time in tests and in the browser in src/scripts/finder.ts, so
// it stays free of Node and DOM APIs.

import { FORCE_WORDS, forceNameWords, normaliseForceName } from './data/force-names.ts';
import type { Force } from './data/types.ts';
import { type FinderDestination, finderHref } from './views/routes.ts';

export interface FinderEntry {
  name: string;
  /** Other written forms that should find this entry. */
  aliases: readonly string[];
}

export interface FinderMatch<E extends FinderEntry> {
  entry: E;
  /** The alias that matched, when the reader typed that rather than the name; shown beside the name. */
  via: string | null;
}

export interface ForceFinderEntry extends FinderEntry {
  slug: string;
  href: string;
}

/** One entry per force, in the order given, with the ONS name as an alias when it differs, leading to its page or its kit. */
export function finderEntries(forces: readonly Force[], destination: FinderDestination = 'page'): ForceFinderEntry[] {
  return forces.map((force) => ({
    name: force.name,
    aliases: [...new Set([force.onsName, ...force.aliases])].filter((alias) => alias !== force.name),
    slug: force.slug,
    href: finderHref(destination, force.slug),
  }));
}

/** How well a written form fits the query; lower is better. */
const FIT = { exact: 0, prefix: 1, words: 2 } as const;
type Fit = (typeof FIT)[keyof typeof FIT];

function isPrefixOfForceWord(word: string): boolean {
  return [...FORCE_WORDS].some((forceWord) => forceWord.startsWith(word));
}

/**
 * Exact: the same name once case, "&", punctuation and "Police"-style suffixes
 * are evened out. Prefix: the form starts with what was typed ("dev" for Devon
 * and Cornwall). Words: every typed word starts a word of the form, in any
 * order ("cornwall devon"); a typed word that only starts "police",
 * "constabulary", "service" or "force" may be left unmatched, so "Durham
 * Constabulary" finds Durham.
 */
function fit(queryWords: readonly string[], query: string, form: string): Fit | null {
  if (normaliseForceName(form) === normaliseForceName(query)) return FIT.exact;
  const formWords = forceNameWords(form);
  if (formWords.join(' ').startsWith(queryWords.join(' '))) return FIT.prefix;
  let matchedAny = false;
  for (const word of queryWords) {
    if (formWords.some((formWord) => formWord.startsWith(word))) matchedAny = true;
    else if (!isPrefixOfForceWord(word)) return null;
  }
  return matchedAny ? FIT.words : null;
}

/**
 * Entries whose name or an alias fits the query, best fit first, then by name.
 * An empty query matches nothing.
 *
 * @example matchForces(entries, "met")[0].entry.name === "Metropolitan Police"
 */
export function matchForces<E extends FinderEntry>(entries: readonly E[], query: string): FinderMatch<E>[] {
  const queryWords = forceNameWords(query);
  if (queryWords.length === 0) return [];
  const ranked: { match: FinderMatch<E>; fit: Fit }[] = [];
  for (const entry of entries) {
    let best: { fit: Fit; via: string | null } | null = null;
    for (const form of [entry.name, ...entry.aliases]) {
      const formFit = fit(queryWords, query, form);
      if (formFit === null || (best !== null && best.fit <= formFit)) continue;
      const sameAsName = normaliseForceName(form) === normaliseForceName(entry.name);
      best = { fit: formFit, via: sameAsName ? null : form };
    }
    if (best !== null) ranked.push({ match: { entry, via: best.via }, fit: best.fit });
  }
  return ranked
    .sort((a, b) => a.fit - b.fit || a.match.entry.name.localeCompare(b.match.entry.name, 'en-GB'))
    .map(({ match }) => match);
}
