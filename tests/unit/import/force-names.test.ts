import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createForceNameMatcher, normaliseForceName, type NamedForce } from '../../../src/lib/data/force-names.ts';

interface TestForce extends NamedForce {
  code: string;
}

const FORCES: TestForce[] = [
  { code: 'E23000001', name: 'Metropolitan Police', onsName: 'Metropolitan Police', aliases: ['Met', 'Metropolitan Police Service', 'Greater London'] },
  { code: 'E23000008', name: 'Durham', onsName: 'Durham', aliases: ['County Durham'] },
  { code: 'E23000034', name: 'City of London', onsName: 'London, City of', aliases: ['City of London Police', 'London, City of'] },
  { code: 'E23000035', name: 'Devon and Cornwall', onsName: 'Devon & Cornwall', aliases: ['Devon & Cornwall'] },
  { code: 'E23000036', name: 'Avon and Somerset', onsName: 'Avon and Somerset', aliases: ['Avon & Somerset'] },
  { code: 'W15000004', name: 'Dyfed-Powys', onsName: 'Dyfed-Powys', aliases: ['Dyfed Powys'] },
  { code: 'E23000010', name: 'West Yorkshire', onsName: 'West Yorkshire', aliases: [] },
  { code: 'E23000011', name: 'South Yorkshire', onsName: 'South Yorkshire', aliases: [] },
];

const codeFor = (name: string): string | undefined => createForceNameMatcher(FORCES)(name)?.code;

describe('normaliseForceName', () => {
  it.each([
    ['Devon & Cornwall', 'devon and cornwall'],
    ['  DEVON   and cornwall  ', 'devon and cornwall'],
    ['London, City of', 'london city of'],
    ['Dyfed-Powys Police', 'dyfed powys'],
    ['Durham Constabulary', 'durham'],
    ['The Metropolitan Police Service', 'metropolitan'],
    ['Metropolitan  Service', 'metropolitan'],
    ['Avon and Somerset Police Force', 'avon and somerset'],
    ['Ynys Môn', 'ynys mon'],
  ])('%j -> %j', (raw, expected) => {
    expect(normaliseForceName(raw)).toBe(expected);
  });

  it('keeps a name that is only a force word, so it cannot match every force', () => {
    expect(normaliseForceName('Police')).toBe('police');
    expect(normaliseForceName('The')).toBe('the');
  });
});

describe('createForceNameMatcher', () => {
  it.each([
    ['Metropolitan Police', 'E23000001'],
    ['Met', 'E23000001'],
    ['met police', 'E23000001'],
    ['Greater London police', 'E23000001'],
    ['Metropolitan  Service', 'E23000001'],
    ['County Durham', 'E23000008'],
    ['Durham Constabulary', 'E23000008'],
    ['London, City of', 'E23000034'],
    ['City of London Police', 'E23000034'],
    ['Devon and Cornwall Police', 'E23000035'],
    ['Devon & Cornwall', 'E23000035'],
    ['Avon & Somerset Constabulary', 'E23000036'],
    ['Dyfed Powys', 'W15000004'],
    ['dyfed-powys police', 'W15000004'],
    ['West Yorkshire Police', 'E23000010'],
  ])('matches %j to %s', (name, code) => {
    expect(codeFor(name)).toBe(code);
  });

  it.each(['British Transport Police', 'Yorkshire', 'Cornwall', 'London', 'Police', ''])('matches no force for %j', (name) => {
    expect(codeFor(name)).toBeUndefined();
  });

  it('returns the force object it was given', () => {
    expect(createForceNameMatcher(FORCES)('Met')).toBe(FORCES[0]);
  });

  it('refuses names that would be ambiguous', () => {
    const clash = [...FORCES, { code: 'E99000001', name: 'Devon & Cornwall Constabulary', onsName: 'X', aliases: [] }];
    expect(() => createForceNameMatcher(clash)).toThrow(/could mean both Devon and Cornwall and Devon & Cornwall Constabulary/);
  });

  it('matches every written form however it is cased, spaced or suffixed', () => {
    const match = createForceNameMatcher(FORCES);
    const forms = FORCES.flatMap((force) => [force.name, force.onsName, ...force.aliases].map((written) => ({ force, written })));
    fc.assert(
      fc.property(
        fc.constantFrom(...forms),
        fc.constantFrom('', ' Police', ' Constabulary', ' Police Service', ' police force'),
        fc.constantFrom('', 'The '),
        fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
        fc.constantFrom(' ', '  ', '\t'),
        ({ force, written }, suffix, prefix, upper, gap) => {
          const shuffledCase = [...`${prefix}${written}${suffix}`]
            .map((char, index) => (upper[index % upper.length] ? char.toUpperCase() : char.toLowerCase()))
            .join('')
            .replaceAll(' ', gap);
          expect(match(` ${shuffledCase} `)).toBe(force);
        },
      ),
    );
  });
});
