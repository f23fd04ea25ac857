// /data/force-areas.json: the force areas as quantised rings, fetched by
// "use my location" only when a reader asks, so the check runs on their device.
import { model } from '../../lib/site-data.ts';
import { encodeAreaFile } from '../../lib/geo/areas.ts';
import { topology } from '../../lib/site-forces.ts';

export function GET(): Response {
  return new Response(JSON.stringify(encodeAreaFile(topology, model.forces)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
