import { FORCE_CODE } from './cells.ts';
import { type IssueList, quoteCell } from './issues.ts';
import { BOUNDARY_FILE, BOUNDARY_OBJECT } from './schemas.ts';
import type { ForceCode } from './types.ts';

export interface Boundaries {
  complete: boolean;
  /** Codes in file order. */
  codes: ForceCode[];
  /** Area name by code, for messages about areas that have no force row. */
  names: Map<ForceCode, string>;
}

const INCOMPLETE: Boundaries = { complete: false, codes: [], names: new Map() };

/**
 * Reads the police force area codes from the TopoJSON boundaries. Each area is
 * identified by `properties.code` (or the geometry `id` when that is absent).
 */
export function readBoundaries(text: string | undefined, issues: IssueList): Boundaries {
  const fail = (message: string): Boundaries => {
    issues.add(BOUNDARY_FILE, 0, '', message);
    return INCOMPLETE;
  };
  if (text === undefined) return fail('file is missing; expected the TopoJSON made by scripts/build-geo.ts');
  let topology: unknown;
  try {
    topology = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(`is not valid JSON (${(error as Error).message}); expected the TopoJSON made by scripts/build-geo.ts`);
  }
  const geometries = asRecord(asRecord(asRecord(topology)?.['objects'])?.[BOUNDARY_OBJECT])?.['geometries'];
  if (!Array.isArray(geometries)) {
    return fail(`has no object "${BOUNDARY_OBJECT}" with geometries; expected a TopoJSON topology with that object`);
  }
  let complete = true;
  const codes: ForceCode[] = [];
  const names = new Map<ForceCode, string>();
  geometries.forEach((geometry: unknown, index) => {
    const properties = asRecord(asRecord(geometry)?.['properties']);
    const code = properties?.['code'] ?? asRecord(geometry)?.['id'];
    const where = `geometry ${index + 1} of ${BOUNDARY_OBJECT}`;
    if (typeof code !== 'string' || !FORCE_CODE.test(code)) {
      complete = false;
      issues.add(BOUNDARY_FILE, 0, '', `${where} has code ${quoteCell(String(code))}; expected an ONS police force area code (E23 or W15 then 6 digits)`);
    } else if (names.has(code)) {
      complete = false;
      issues.add(BOUNDARY_FILE, 0, '', `${where} repeats code ${code}; expected each area once`);
    } else {
      codes.push(code);
      const name = properties?.['name'];
      names.set(code, typeof name === 'string' ? name : code);
    }
  });
  // A broken area list would make every force look unmatched, so the
  // forces-versus-boundaries check waits until the file itself is fixed.
  return { complete, codes, names };
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}
