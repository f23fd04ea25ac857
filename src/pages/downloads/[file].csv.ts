// /downloads/<table>.csv: the full validated dataset, one file per table, and
// the data dictionary describing every column of them.
import type { APIRoute, GetStaticPaths } from 'astro';
import { type DatasetFile, dataDictionary, datasetFiles } from '../../lib/downloads/dataset.ts';
import { model } from '../../lib/site-data.ts';

export const getStaticPaths = (() =>
  [...datasetFiles(model), dataDictionary()].map((file) => ({
    params: { file: file.file.replace(/\.csv$/, '') },
    props: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DatasetFile }> = ({ props }) =>
  new Response(props.file.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
