// The site follows the data: a copy of data/ edited the way an editor would
// (a force's count corrected, the next quarter of offences added, a second
// all-forces round with zeros, non-responses and a force not covered, marked
// headline) passes the checker, builds, and passes the whole dist suite,
// whose expectations come from the data folder it was built from. The new
// round then shows wherever an all-forces round belongs.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { formatIssue, loadData } from '../../src/lib/data/load.ts';
import type { DataModel } from '../../src/lib/data/types.ts';
import { computeMetrics, headlineDataset } from '../../src/lib/metrics/index.ts';
import { leadCopy } from '../../src/lib/copy/home.ts';
import { copyOfData, runBuild, type BuildRun } from '../support/build-runner.ts';
import { editAsAnEditor } from '../support/edited-data.ts';
import { SECOND_ROUND_ID, secondRoundRows } from '../fixtures/second-round.ts';

const OUT = '.build-editor-test';
const outDir = join(projectRoot, OUT);

function runVitest(project: string, env: Record<string, string>): Promise<BuildRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join('node_modules', 'vitest', 'vitest.mjs'), 'run', '--project', project], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => done({ status, output }));
  });
}

describe('an editor’s edits: a corrected count, a new quarter and a second round', () => {
  let dataFolder: string;
  let build: BuildRun;
  let model: DataModel;

  beforeAll(async () => {
    dataFolder = copyOfData();
    editAsAnEditor(dataFolder);
    const result = loadData(dataFolder);
    if (result.model === null) throw new Error(`the edited data fails the checker:\n${result.issues.map(formatIssue).join('\n')}`);
    model = result.model;
    build = await runBuild(OUT, { DATA_DIR: dataFolder });
  });

  afterAll(() => {
    rmSync(dataFolder, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  });

  it('pass the checker and build', () => {
    expect(model.datasets.find((dataset) => dataset.role === 'headline')?.id).toBe(SECOND_ROUND_ID);
    expect(build.status, build.output.slice(-4000)).toBe(0);
  });

  it('pass the whole dist suite, which reads its expectations from the edited data', async () => {
    const run = await runVitest('dist', { DIST_DIR: OUT, DATA_DIR: dataFolder });
    expect(run.status, run.output.slice(-8000)).toBe(0);
  }, 600_000);

  it('show the second round on every force page (in its series of rounds), in /forces/ and in each force’s data file', () => {
    const figures = secondRoundRows('spo_figures.csv');
    const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
    for (const force of model.forces) {
      expect(page(`/forces/${force.slug}/`), force.name).toContain(`data-dataset="${SECOND_ROUND_ID}"`);
      // The fixture asks the same questions as the first round (same basis), so each force page shows the two as a series.
      expect(page(`/forces/${force.slug}/`), force.name).toMatch(new RegExp(`data-rounds[\\s\\S]*data-round="${SECOND_ROUND_ID}"`));
      const file = Papa.parse<Record<string, string>>(readFileSync(join(outDir, 'data', 'forces', `${force.slug}-spo-figures.csv`), 'utf8'), { header: true, skipEmptyLines: true }).data;
      expect(file.filter((row) => row['dataset_id'] === SECOND_ROUND_ID), force.name).toHaveLength(figures.filter((row) => row['force_code'] === force.code).length);
    }
    expect(page('/forces/')).toContain(`data-dataset="${SECOND_ROUND_ID}"`);
    expect(readFileSync(join(outDir, 'downloads', 'spo-figures.csv'), 'utf8')).toContain(`,${SECOND_ROUND_ID},`);
  });

  it('give every all-forces round its own map measures, each in the switcher, embeddable and downloadable, the new round drawn from its own figures', () => {
    const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
    const home = page('/');
    const rounds = model.datasets.filter((dataset) => dataset.scope === 'all_forces' && dataset.measures.includes('applications'));
    expect(rounds.length).toBeGreaterThanOrEqual(3);
    for (const dataset of rounds) {
      // The headline round's measures keep the plain ids the map opens on; every other round's are named by its dataset.
      const applications = dataset.role === 'headline' ? 'applications' : dataset.id;
      const perOffences = dataset.role === 'headline' ? 'applications-per-offences' : `${dataset.id}-applications-per-offences`;
      for (const metric of [applications, perOffences]) {
        expect(home, `${dataset.id}: ${metric}`).toContain(`data-map-link="${metric} geo"`);
        for (const layout of ['geo', 'tiles']) {
          expect(existsSync(join(outDir, 'downloads', 'charts', `map-${metric}-${layout}.png`)), `${metric} ${layout}`).toBe(true);
        }
        for (const layout of ['geo', 'tiles']) expect(existsSync(join(outDir, 'embed', 'map', metric, layout, 'index.html')), `embed ${metric} ${layout}`).toBe(true);
      }
    }
    // The map of the new round's applications shows each force's figure from the fixture, a missing one by its state.
    const areas = [...page('/map/applications/').matchAll(/<a class="area[^"]*" data-code="(\w+)"[^>]* data-state="(\w+)"(?: data-value="(\d+)")?/g)];
    expect(areas).toHaveLength(model.forces.length);
    for (const [, code, state, value] of areas) {
      const row = secondRoundRows('spo_figures.csv').find((figure) => figure['force_code'] === code);
      if (row?.['status'] === 'reported') expect(value, code).toBe(row['applications']);
      else expect(state, code).toBe(row?.['status'] ?? 'not_covered');
    }
  });

  it('lead the story with the new round and say how many forces went from none to some and back', () => {
    const metrics = computeMetrics(model);
    const step = metrics.rounds.transitions.find(({ later }) => later === headlineDataset(metrics.datasets));
    if (step === undefined) throw new Error('the second round has no round before it');
    const names = (forces: readonly { name: string }[]) => forces.map((force) => force.name).sort((a, b) => a.localeCompare(b, 'en-GB'));
    const sentence = leadCopy.roundsChange(step.earlier.dataset.shortTitle, step.later.dataset.shortTitle, step.reportedInBoth, names(step.noneToSome), names(step.someToNone));
    expect(readFileSync(join(outDir, 'index.html'), 'utf8').replace(/\s+/g, ' ')).toContain(sentence);
  });
});
