// Matching the many ways sources and readers write a police force's name
// ("Devon & Cornwall Police", "London, City of", "Metropolitan  Service") to one
// force. Used by the research import and, later, by the force finder.

import type { Force } from './types.ts';

export type NamedForce = Pick<Force, 'name' | 'onsName' | 'aliases'>;

// Words that only say "this is a police force": "Dyfed-Powys Police", "Durham Constabulary",
// "Metropolitan Police Service" and the BBC's "Metropolitan  Service" all name the same force
// as the bare place name.
export const FORCE_WORDS: ReadonlySet<string> = new Set(['police', 'constabulary', 'service', 'force']);

/**
 * The comparable form of a force name: case, accents, "&", punctuation, spacing,
 * a leading "The" and trailing words such as "Police" or "Constabulary" do not count.
 */
export function normaliseForceName(raw: string): string {
  const words = forceNameWords(raw);
  while (words.length > 1 && FORCE_WORDS.has(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}

/**
 * The words of a name with case, accents, "&" (as "and"), punctuation and a
 * leading "The" evened out, but every other word kept: "The Devon & Cornwall
 * Police" -> ["devon", "and", "cornwall", "police"].
 */
export function forceNameWords(raw: string): string[] {
  const words = raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words;
}

/**
 * Builds a lookup from any accepted written form of a force's name (display name,
 * ONS name or alias, as `normaliseForceName` compares them) to the force.
 * Throws when two forces would share a form, because a lookup could then pick
 * the wrong force silently.
 */
export function createForceNameMatcher<F extends NamedForce>(forces: readonly F[]): (name: string) => F | undefined {
  const byKey = new Map<string, F>();
  for (const force of forces) {
    for (const written of [force.name, force.onsName, ...force.aliases]) {
      const key = normaliseForceName(written);
      if (key === '') continue;
      const existing = byKey.get(key);
      if (existing !== undefined && existing !== force) {
        throw new Error(`"${written}" could mean both ${existing.name} and ${force.name}; make the names or aliases distinct`);
      }
      byKey.set(key, force);
    }
  }
  return (name) => byKey.get(normaliseForceName(name));
}
