// The checker is the gate (issue 12), with the real build: a folder of random
// editor edits that check-data accepts builds with `npm run build`. The unit
// property test (tests/unit/data/checker-gate.property.test.ts) covers many
// cases in memory; this runs the real thing on one, a full build taking
// minutes on a loaded machine.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDataFiles, readDataFolder } from '../../src/lib/data/load.ts';
import { SITE_NEEDS } from '../../src/lib/views/needs.ts';
import { copyOfData, runBuild } from '../support/build-runner.ts';
import { applyEdits, editorEdits } from '../support/editor-edits.ts';

const OUT = '.build-checker-gate-test';
const SEED = 20261130;

/** The first `count` edited folders, from a fixed seed, that the checker accepts with at least one change. */
function acceptedEdits(count: number): Array<Record<string, string>> {
  const real = readDataFolder(copyOfData());
  const found: Array<Record<string, string>> = [];
  for (const edits of fc.sample(editorEdits(real.files), { seed: SEED, numRuns: 200 })) {
    const edited = applyEdits(real.files, real.topology, edits);
    const changed = Object.keys(edited.files).some((name) => edited.files[name] !== real.files[name]);
    if (changed && parseDataFiles(edited.files, edited.topology, { needs: SITE_NEEDS }).model !== null) found.push(edited.files);
    if (found.length === count) break;
  }
  return found;
}

describe('random edits that check-data accepts', () => {
  const folders: string[] = [];

  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    rmSync(join(process.cwd(), OUT), { recursive: true, force: true });
  });

  it.each(acceptedEdits(1).map((files, index) => [index + 1, files] as const))('build (edited folder %i)', { timeout: 600_000 }, async (_index, files) => {
    const folder = copyOfData();
    folders.push(folder);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    const { status, output } = await runBuild(OUT, { DATA_DIR: folder });
    expect(status, output.slice(-3_000)).toBe(0);
  });
});
