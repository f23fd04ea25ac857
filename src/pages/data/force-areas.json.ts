// /data/force-areas.json: the force areas as quantised rings, fetched by
// "use my location" only when a reader asks, so the check runs on their device.
import { encodeAreaFile } from '../../lib/geo/areas.ts';
import { model, topology } from '../../lib/site-data.ts';

export function GET(): Response {
  return new Response(JSON.stringify(encodeAreaFile(topology, model.forces)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
