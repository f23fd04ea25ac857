// The two lines every embed, download and share card carries: who the figures
// come from (each source's own credit line, as sources.csv gives it) and the
// terms they are reused under.

import { creditCopy } from '../copy/common.ts';
import type { Source } from '../data/types.ts';

export interface Credit {
  /** "Source: BBC Shared Data Unit; Home Office, police recorded crime. Contains public sector information …" */
  source: string;
  /** "Licence: BBC Shared Data Unit – Reuse terms not stated … · Home Office – Open Government Licence v3.0" */
  licence: string;
}

/** Sources in the order given, each once. */
function distinct(sources: readonly Source[]): Source[] {
  return [...new Map(sources.map((source) => [source.id, source])).values()];
}

/** A source's own credit line, ready to follow "Source:" and be joined with others: "Home Office, police recorded crime. Contains …" */
export function attributionOf(source: Source): string {
  // Credit lines that already start "Source:" would read "Source: Source: …".
  return source.attribution.replace(/^Source:\s*/, '').replace(/\.$/, '');
}

/**
 * @example credit([bbc, homeOffice]).source === "Source: BBC Shared Data Unit; Home Office, police recorded crime. Contains …"
 */
export function credit(sources: readonly Source[]): Credit {
  const unique = distinct(sources);
  if (unique.length === 0) throw new Error('a credit needs at least one source');
  return {
    source: creditCopy.source(unique.map(attributionOf)),
    licence: creditCopy.licence(unique.map(({ publisher, licence }) => ({ publisher, licence }))),
  };
}
