// The police force area boundaries (TopoJSON): read and checked as thoroughly
// as any CSV, because the map draws whatever shapes the file holds. Problems
// point at the line and character of the area in the file.
import { geoArea } from 'd3-geo';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { FORCE_CODE } from './cells.ts';
import { type IssueList, quoteCell } from './issues.ts';
import { BOUNDARY_FILE, BOUNDARY_OBJECT } from './schemas.ts';
import type { ForceCode } from './types.ts';

/** Where an area is written in the file: 1-based line and character. */
export interface TextPlace {
  line: number;
  column: number;
}

export interface Boundaries {
  /** False when the file or any area in it is broken: forces are then not checked against it. */
  complete: boolean;
  /** Codes in file order. */
  codes: ForceCode[];
  /** Area name by code (`properties.name`), for messages and the check against forces.csv. */
  names: Map<ForceCode, string>;
  /** Where each area's code is written, for messages about that area. */
  places: Map<ForceCode, TextPlace>;
  /** The parsed file; null unless complete. */
  topology: Topology | null;
}

const INCOMPLETE: Boundaries = { complete: false, codes: [], names: new Map(), places: new Map(), topology: null };

const EARTH_RADIUS_KM = 6371.0088;

/**
 * The smallest and largest area a police force area can plausibly have, in
 * km²: the City of London is about 3 km² and Dyfed-Powys, the largest, about
 * 11,000 km². A shape outside this range is broken (a ring drawn the wrong way
 * round covers the rest of the globe) or is not a police force area.
 */
export const PLAUSIBLE_AREA_KM2 = { min: 1, max: 30_000 } as const;

const km2 = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 3 });

const REMAKE = 'remake the file with npm run build-geo, or restore it from the last commit';

/**
 * Reads and checks the police force area boundaries: a TopoJSON topology
 * whose object `police_force_areas` holds one polygon per force, identified by
 * `properties.code` (or the geometry `id`), every arc it refers to present,
 * and each shape of a plausible size.
 */
export function readBoundaries(text: string | undefined, issues: IssueList): Boundaries {
  const fail = (message: string, place?: TextPlace): Boundaries => {
    issues.add(BOUNDARY_FILE, place?.line ?? 0, place ? String(place.column) : '', message);
    return INCOMPLETE;
  };
  if (text === undefined) return fail('file is missing; expected the TopoJSON made by scripts/build-geo.ts');
  const source = text.replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    return fail(`is not valid JSON (${(error as Error).message}); expected the TopoJSON made by scripts/build-geo.ts: ${REMAKE}`);
  }
  const topology = asRecord(parsed);
  const geometries = asRecord(asRecord(topology?.['objects'])?.[BOUNDARY_OBJECT])?.['geometries'];
  if (!Array.isArray(geometries)) {
    return fail(`has no object "${BOUNDARY_OBJECT}" with geometries; expected a TopoJSON topology with that object`);
  }
  const arcs = topology?.['arcs'];
  if (!Array.isArray(arcs)) return fail(`has no "arcs" list; expected a TopoJSON topology: ${REMAKE}`);
  const brokenArc = arcs.findIndex((arc) => !isArc(arc));
  if (brokenArc !== -1) {
    return fail(`arc ${brokenArc} is not a list of at least two [x, y] points; expected every arc complete: ${REMAKE}`);
  }

  let complete = true;
  const codes: ForceCode[] = [];
  const names = new Map<ForceCode, string>();
  const places = new Map<ForceCode, TextPlace>();
  const offsets = geometryOffsets(source);
  geometries.forEach((geometry: unknown, index) => {
    const record = asRecord(geometry);
    const properties = asRecord(record?.['properties']);
    const code = properties?.['code'] ?? record?.['id'];
    const offset = offsets[index];
    const place = offset === undefined ? undefined : placeOf(source, offset);
    const problem = (message: string) => {
      complete = false;
      issues.add(BOUNDARY_FILE, place?.line ?? 0, place ? String(place.column) : '', message);
    };
    const where = `area ${index + 1} of ${BOUNDARY_OBJECT}`;
    if (typeof code !== 'string' || !FORCE_CODE.test(code)) {
      problem(`${where} has code ${quoteCell(String(code))}; expected an ONS police force area code (E23 or W15 then 6 digits)`);
      return;
    }
    const name = typeof properties?.['name'] === 'string' ? (properties['name'] as string) : code;
    const named = `${where} (${code}, ${name})`;
    if (names.has(code)) {
      problem(`${where} repeats code ${code}; expected each area once`);
      return;
    }
    codes.push(code);
    names.set(code, name);
    if (place) places.set(code, place);
    const shapeProblem = checkShape(record ?? {}, arcs.length);
    if (shapeProblem !== null) {
      problem(`${named} ${shapeProblem}`);
      return;
    }
    const area = areaKm2(parsed as Topology, record as unknown as GeometryObject);
    if (!(area >= PLAUSIBLE_AREA_KM2.min && area <= PLAUSIBLE_AREA_KM2.max)) {
      problem(
        `${named} covers ${km2.format(area)} km²; expected between ${PLAUSIBLE_AREA_KM2.min} and ${km2.format(PLAUSIBLE_AREA_KM2.max)} km² (a broken or reversed shape): ${REMAKE}`,
      );
    }
  });
  // A broken area list would make every force look unmatched, so the
  // forces-versus-boundaries check waits until the file itself is fixed.
  return { complete, codes, names, places, topology: complete ? (parsed as Topology) : null };
}

/** Null when the geometry is a polygon or multipolygon whose rings all refer to arcs that exist. */
function checkShape(geometry: Record<string, unknown>, arcCount: number): string | null {
  const type = geometry['type'];
  const expected = `expected a Polygon or MultiPolygon made of the file's arcs: ${REMAKE}`;
  if (type !== 'Polygon' && type !== 'MultiPolygon') return `has no shape (type ${quoteCell(String(type))}); ${expected}`;
  const polygons: unknown[] = type === 'Polygon' ? [geometry['arcs']] : asArray(geometry['arcs']);
  const rings = polygons.flatMap((polygon) => asArray(polygon));
  if (rings.length === 0 || rings.some((ring) => !Array.isArray(ring) || ring.length === 0)) return `has an empty shape; ${expected}`;
  const indexes = rings.flat() as unknown[];
  const missing = indexes.find((index) => !Number.isInteger(index) || ((index as number) < 0 ? ~(index as number) : (index as number)) >= arcCount);
  if (missing !== undefined) {
    return `refers to arc ${String(missing)}, but the file has ${arcCount} arcs (the arcs list is cut short); ${expected}`;
  }
  return null;
}

function areaKm2(topology: Topology, geometry: GeometryObject): number {
  const shape = feature(topology, geometry) as Feature;
  return geoArea(shape) * EARTH_RADIUS_KM ** 2;
}

function isArc(arc: unknown): boolean {
  return Array.isArray(arc) && arc.length >= 2 && arc.every((point) => Array.isArray(point) && point.length >= 2 && point.every(Number.isFinite));
}

/**
 * Where each element of the `geometries` array starts in the text, in order:
 * a small scan over the JSON (strings skipped, brackets counted).
 */
function geometryOffsets(text: string): number[] {
  const object = text.indexOf(`"${BOUNDARY_OBJECT}"`);
  const key = text.indexOf('"geometries"', object === -1 ? 0 : object);
  const open = key === -1 ? -1 : text.indexOf('[', key);
  if (open === -1) return [];
  const offsets: number[] = [];
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') {
      for (index += 1; index < text.length && text[index] !== '"'; index += text[index] === '\\' ? 2 : 1);
    } else if (char === '[' || char === '{') {
      if (depth === 1) offsets.push(index);
      depth += 1;
    } else if (char === ']' || char === '}') {
      depth -= 1;
      if (depth === 0) break;
    }
  }
  return offsets;
}

/** 1-based line and character of an offset. */
export function placeOf(text: string, offset: number): TextPlace {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
