// Neighbouring forces from the shared boundaries in the real topology.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../../scripts/lib/paths.ts';
import { formatIssue, loadData } from '../../../src/lib/data/load.ts';
import { BOUNDARY_FILE } from '../../../src/lib/data/schemas.ts';
import { forceNeighbours } from '../../../src/lib/geo/areas.ts';

const result = loadData(dataDir);
if (result.model === null) throw new Error(result.issues.map(formatIssue).join('\n'));
const { forces } = result.model;
const topology = JSON.parse(readFileSync(join(dataDir, BOUNDARY_FILE), 'utf8')) as Topology;
const neighbours = forceNeighbours(topology);
const codeOf = new Map(forces.map((force) => [force.name, force.code]));
const nameOf = new Map(forces.map((force) => [force.code, force.name]));
const of = (name: string) => (neighbours.get(codeOf.get(name) ?? '') ?? []).map((code) => nameOf.get(code)).sort();

describe('forceNeighbours', () => {
  it('covers every force, and every force has at least one neighbour', () => {
    expect([...neighbours.keys()].sort()).toEqual(forces.map((force) => force.code).sort());
    for (const list of neighbours.values()) expect(list.length).toBeGreaterThan(0);
  });

  it('is symmetric and never lists a force as its own neighbour', () => {
    for (const [code, list] of neighbours) {
      expect(list).not.toContain(code);
      for (const other of list) expect(neighbours.get(other)).toContain(code);
    }
  });

  it('knows the shapes readers will check', () => {
    expect(of('Durham')).toEqual(['Cleveland', 'Cumbria', 'North Yorkshire', 'Northumbria']);
    expect(of('City of London')).toEqual(['Metropolitan Police']);
    expect(of('Metropolitan Police')).toEqual(['City of London', 'Essex', 'Hertfordshire', 'Kent', 'Surrey', 'Thames Valley']);
    expect(of('Devon and Cornwall')).toEqual(['Avon and Somerset', 'Dorset']);
    expect(of('South Wales')).toEqual(['Dyfed-Powys', 'Gwent']);
  });

  it('does not join areas that only face each other across water', () => {
    expect(of('Kent')).not.toContain('Essex');
    expect(of('South Wales')).not.toContain('Devon and Cornwall');
    expect(of('Humberside')).toContain('Lincolnshire');
  });
});
