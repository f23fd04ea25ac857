// `npm run check-data` as an editor runs it, on copies of the data folder
// outside git: what it prints, and that it lists the changes since the last
// successful build when there is no commit to compare with.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lastBuild, saveLastBuild } from '../../scripts/lib/last-build.ts';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { copyOfData, editCsv } from '../support/build-runner.ts';

function checkData(folder: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join('scripts', 'check-data.ts'), folder], { cwd: projectRoot, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run check-data outside git', () => {
  const folders: string[] = [];
  const copy = () => {
    const folder = copyOfData();
    folders.push(folder);
    return folder;
  };

  afterAll(() => {
    for (const folder of folders) {
      const build = lastBuild(folder);
      if (build) rmSync(dirname(build.folder), { recursive: true, force: true });
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('lists the changes since the last successful build, and warns about a changed slug', () => {
    const folder = copy();
    saveLastBuild(folder, new Date('2026-11-30T08:00:00Z'));
    let slug = '';
    editCsv(join(folder, 'forces.csv'), (row) => {
      if (row['name'] === 'Kent') {
        slug = row['slug'] ?? '';
        row['slug'] = 'kent-police';
      }
    });
    const { status, output } = checkData(folder);
    expect(status, output).toBe(0);
    expect(output).toContain('Changes since the last successful build (2026-11-30 08:00 UTC):');
    expect(output).toMatch(new RegExp(`Force Kent \\(E23\\d{6}\\) slug: "${slug}" -> "kent-police"`));
    expect(output).toMatch(/forces\.csv:\d+:slug: changed from "kent" to "kent-police": links and embed codes to \/forces\/kent\/ will break/);
  });

  it('says why it cannot compare when the folder was never built', () => {
    const { status, output } = checkData(copy());
    expect(status, output).toBe(0);
    expect(output).toContain('Changes since the last commit or build: cannot compare: the folder is not in git and has not been built yet.');
  });

  it('keeps a header-only forces.csv to a screenful, with no "line 0"', () => {
    const folder = copy();
    const forces = join(folder, 'forces.csv');
    writeFileSync(forces, `${readFileSync(forces, 'utf8').split('\n')[0]}\n`);
    const { status, output } = checkData(folder);
    expect(status).toBe(1);
    expect(output.trim().split('\n').length).toBeLessThanOrEqual(45);
    expect(output).toContain('forces.csv: has a header but no rows');
    expect(output).not.toMatch(/:0:/);
  });

  it('names a spreadsheet saved in the data folder, and a file saved as Windows-1252', () => {
    const folder = copy();
    writeFileSync(join(folder, 'sources.xlsx'), 'PK\u0003\u0004');
    const figures = join(folder, 'national_figures.csv');
    // Latin-1 bytes are Windows-1252 for every character this file holds.
    writeFileSync(figures, Buffer.from(readFileSync(figures, 'utf8').replace('about 80,000', 'about £80,000'), 'latin1'));
    const { status, output } = checkData(folder);
    expect(status).toBe(1);
    expect(output).toMatch(/^sources\.xlsx: is a spreadsheet, which the site does not read \(it reads only sources\.csv\)/m);
    expect(output).toMatch(/^national_figures\.csv:\d+:value: contains "£" saved as Windows-1252, not UTF-8/m);
  });
});
