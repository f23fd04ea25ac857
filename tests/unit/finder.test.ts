// The force finder's matching, over the real force names and aliases in data/.
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../scripts/lib/paths.ts';
import { formatIssue, loadData } from '../../src/lib/data/load.ts';
import { finderEntries, matchForces } from '../../src/lib/finder.ts';

const result = loadData(dataDir);
if (result.model === null) throw new Error(result.issues.map(formatIssue).join('\n'));
const entries = finderEntries(result.model.forces);

const names = (query: string) => matchForces(entries, query).map((match) => match.entry.name);
const first = (query: string) => matchForces(entries, query)[0];

describe('matchForces', () => {
  it.each([
    ['Met', 'Metropolitan Police'],
    ['met', 'Metropolitan Police'],
    ['Metropolitan Police Service', 'Metropolitan Police'],
    ['Devon and Cornwall', 'Devon and Cornwall'],
    ['devon & cornwall', 'Devon and Cornwall'],
    ['Devon & Cornwall Police', 'Devon and Cornwall'],
    ['City of London Police', 'City of London'],
    ['london, city of', 'City of London'],
    ['Durham Constabulary', 'Durham'],
    ['durham const', 'Durham'],
    ['  DYFED-POWYS  ', 'Dyfed-Powys'],
    ['dyfed powys', 'Dyfed-Powys'],
    ['The Thames Valley Police', 'Thames Valley'],
    ['avon & somerset', 'Avon and Somerset'],
    ['County Durham', 'Durham'],
  ])('%j finds %j first', (query, expected) => {
    expect(first(query)?.entry.name).toBe(expected);
  });

  it('finds every force by its own display name, as the only exact match', () => {
    for (const entry of entries) {
      expect(first(entry.name)?.entry).toBe(entry);
    }
  });

  it('matches the start of a name as the reader types', () => {
    expect(names('dev')).toEqual(['Devon and Cornwall']);
    expect(names('nor')).toEqual(['Norfolk', 'North Wales', 'North Yorkshire', 'Northamptonshire', 'Northumbria']);
    expect(names('w')).toEqual(expect.arrayContaining(['Warwickshire', 'West Mercia', 'West Midlands', 'West Yorkshire', 'Wiltshire']));
  });

  it('matches words in any order and inside the name', () => {
    expect(names('cornwall')).toEqual(['Devon and Cornwall']);
    expect(names('cornwall devon')).toEqual(['Devon and Cornwall']);
    expect(names('yorkshire')).toEqual(['North Yorkshire', 'South Yorkshire', 'West Yorkshire']);
    expect(names('manchester')).toEqual(['Greater Manchester']);
  });

  it('puts a name that starts with the query before one that only contains it', () => {
    // "London, City of" starts with "london"; the Met only has the alias "Greater London".
    expect(names('london')).toEqual(['City of London', 'Metropolitan Police']);
  });

  it('says which alias matched when the reader typed an alias, and none for the name itself', () => {
    expect(first('Met')?.via).toBe('Met');
    expect(first('Metropolitan')?.via).toBeNull();
    expect(first('Devon & Cornwall')?.via).toBeNull();
    // "City of London Police" is the name plus a force word, so it needs no explanation.
    expect(first('City of London Police')?.via).toBeNull();
    expect(first('London, City of')?.via).toBe('London, City of');
    expect(first('Greater London')?.via).toBe('Greater London');
  });

  it('matches nothing for an empty query, punctuation only, or a place that is not a force', () => {
    expect(names('')).toEqual([]);
    expect(names('   ')).toEqual([]);
    expect(names('--, .')).toEqual([]);
    expect(names('Glasgow')).toEqual([]);
    expect(names('Police Scotland')).toEqual([]);
  });

  it('does not let "police" alone match forces whose names lack the word', () => {
    expect(names('police')).toEqual(['City of London', 'Metropolitan Police']);
  });
});
