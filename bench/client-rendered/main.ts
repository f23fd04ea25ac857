// Benchmark only, never published: the map and the ranking drawn in the
// browser, the way a client-rendered dashboard would draw them: fetch the
// CSV and TopoJSON files, parse and join them, then draw with Plot, d3 and
// topojson-client. `npm run bench` bundles it with esbuild and measures it
// beside the site's own pages, which arrive already drawn.
import * as Plot from '@observablehq/plot';
import { descending } from 'd3-array';
import { geoTransverseMercator } from 'd3-geo';
import Papa from 'papaparse';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

const DATASET = 'bbc-foi-2021';

interface AreaProperties {
  code: string;
  name: string;
}

async function csv(path: string): Promise<Record<string, string>[]> {
  const text = await (await fetch(path)).text();
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

async function draw(): Promise<void> {
  const [forces, figures, topology] = await Promise.all([
    csv('./data/forces.csv'),
    csv('./data/spo_figures.csv'),
    fetch('./data/police-force-areas.topo.json').then((response) => response.json() as Promise<Topology<{ police_force_areas: GeometryCollection<AreaProperties> }>>),
  ]);
  const nameByCode = new Map(forces.map((force) => [force['code'] ?? '', force['name'] ?? '']));
  const applicationsByCode = new Map(
    figures
      .filter((row) => row['dataset_id'] === DATASET && row['status'] === 'reported')
      .map((row) => [row['force_code'] ?? '', Number(row['applications'])]),
  );
  const areas = feature(topology, topology.objects.police_force_areas) as FeatureCollection<Geometry, AreaProperties>;

  const map = Plot.plot({
    width: 640,
    height: 720,
    projection: ({ width, height }: { width: number; height: number }) => geoTransverseMercator().rotate([2, -49]).fitSize([width, height], areas),
    color: { type: 'quantize', n: 5, scheme: 'blues', legend: true, label: 'Applications' },
    marks: [Plot.geo(areas, { fill: (area) => applicationsByCode.get(area.properties.code) ?? null, stroke: 'white', title: (area) => area.properties.name })],
  });

  const ranked = [...applicationsByCode]
    .map(([code, applications]) => ({ name: nameByCode.get(code) ?? code, applications }))
    .sort((a, b) => descending(a.applications, b.applications));
  const ranking = Plot.plot({
    width: 640,
    marginLeft: 160,
    height: ranked.length * 18 + 40,
    x: { label: 'Applications', grid: true },
    y: { label: null, domain: ranked.map((row) => row.name) },
    marks: [Plot.barX(ranked, { x: 'applications', y: 'name', fill: 'steelblue' }), Plot.text(ranked, { x: 'applications', y: 'name', text: 'applications', dx: 4, textAnchor: 'start' }), Plot.ruleX([0])],
  });

  document.getElementById('map')?.append(map);
  document.getElementById('ranking')?.append(ranking);
  document.getElementById('status')?.remove();
}

void draw();
