// /data/forces/<slug>-spo-figures.csv and <slug>-stalking-offences.csv: one
// force's slice of the full downloads, with the same columns (and so the same
// data dictionary) as /downloads/.
import type { APIRoute } from 'astro';
import { toCsv } from '../../../lib/downloads/csv.ts';
import { offenceRows, spoFigureRows, spoFiguresTable, stalkingOffencesTable } from '../../../lib/downloads/dataset.ts';
import type { Force } from '../../../lib/data/types.ts';
import { FORCE_DOWNLOADS, type ForceDownload } from '../../../lib/views/force.ts';
import { model } from '../../../lib/site-data.ts';

export function getStaticPaths() {
  return model.forces.flatMap((force) =>
    FORCE_DOWNLOADS.map((download) => ({ params: { file: `${force.slug}-${download}` }, props: { force, download } })),
  );
}

function csvFor(force: Force, download: ForceDownload): string {
  return download === 'spo-figures'
    ? toCsv(spoFigureRows(model, force.code), spoFiguresTable.columns)
    : toCsv(offenceRows(model, force.code), stalkingOffencesTable.columns);
}

export const GET: APIRoute<{ force: Force; download: ForceDownload }> = ({ props }) =>
  new Response(csvFor(props.force, props.download), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
