// The gap sentence and the Since 2021 sections follow an edited statements
// file through a real build: a statement added for a force with nothing later
// appears on its page and moves the counts on the home and methodology pages;
// a force whose statements are all removed gets the one line instead.
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { since as copy } from '../../src/lib/copy/since.ts';
import { formatIssue, loadData } from '../../src/lib/data/load.ts';
import { computeMetrics } from '../../src/lib/metrics/index.ts';
import { gapView } from '../../src/lib/views/since.ts';
import { copyOfData, runBuild, type BuildRun } from '../support/build-runner.ts';
import { loadRealModel } from '../support/real-data.ts';

const OUT = '.build-since-test';
const outDir = join(projectRoot, OUT);
const real = loadRealModel();
/** A force with no later figure in the real data, and one whose only later figures are statements. */
const realMetrics = computeMetrics(real);
const [withoutLater, alsoWithoutLater] = realMetrics.since.withoutLater;
const onlyStatements = [...realMetrics.since.byForce.values()].find((entry) => entry.statements.length > 0 && entry.laterFigures.length === 0);

function page(path: string): Document {
  return parseHTML(readFileSync(join(outDir, path, 'index.html'), 'utf8')).document;
}

const slugOf = (code: string) => real.forces.find((force) => force.code === code)?.slug ?? '';

describe('an edited statements file, built', () => {
  let build: BuildRun;
  let dataFolder: string;
  let expectedGap: string;

  beforeAll(async () => {
    if (withoutLater === undefined || alsoWithoutLater === undefined || onlyStatements === undefined) throw new Error('the real data no longer has the forces this test edits');
    dataFolder = copyOfData();
    const file = join(dataFolder, 'spo_statements.csv');
    const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
    const kept = parsed.data.filter((row) => row['force_code'] !== onlyStatements.force.code);
    const added = {
      ...parsed.data[0],
      id: 'added-for-test',
      force_code: withoutLater.code,
      kind: 'in_force',
      orders: 'not_stated',
      period_type: 'at',
      period_start: '',
      period_end: '2025-03',
      value: '3',
      said_by: 'A test',
      said_in: 'news_release',
      stated_on: '2025-03',
      quote: 'There are 3 orders in force.',
      note: '',
    };
    // Two forces gain a later figure and one loses its own: the counts move by one.
    const second = { ...added, id: 'also-added-for-test', force_code: alsoWithoutLater.code };
    rmSync(file);
    appendFileSync(file, `${Papa.unparse([...kept, added, second], { columns: parsed.meta.fields ?? [], newline: '\n' })}\n`);
    const edited = loadData(dataFolder);
    if (edited.model === null) throw new Error(edited.issues.map(formatIssue).join('\n'));
    expectedGap = gapView(computeMetrics(edited.model)).sentence;
    build = await runBuild(OUT, { DATA_DIR: dataFolder });
  });

  afterAll(() => {
    rmSync(dataFolder, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  });

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('moves the gap counts on the home and methodology pages', () => {
    const moved = `${realMetrics.since.withLater.length + 1} of the ${real.forces.length} forces`;
    expect(expectedGap).toContain(moved);
    for (const path of ['', 'methodology']) {
      expect(page(path).querySelector('[data-since-gap]')?.textContent?.trim()).toBe(expectedGap);
    }
  });

  it('lists the added statement on its force page, which no longer says nothing is later', () => {
    const added = page(`forces/${slugOf(withoutLater?.code ?? '')}`);
    expect(added.querySelector(`#${copy.anchor} [data-statement="added-for-test"]`)).not.toBeNull();
    expect(added.querySelector('[data-since-nothing]')).toBeNull();
  });

  it('says nothing later on the page of the force whose statements were removed', () => {
    const removed = page(`forces/${slugOf(onlyStatements?.force.code ?? '')}`);
    expect(removed.querySelector('[data-statement]')).toBeNull();
    expect(removed.querySelector('[data-since-nothing]')?.textContent).toContain(onlyStatements?.force.name);
  });
});
