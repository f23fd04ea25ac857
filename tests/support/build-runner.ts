// Runs `npm run build`'s script (scripts/build.ts) on a chosen data folder
// into a chosen output folder, for tests of the build itself. Each call gets
// its own Vite cache, so it never disturbs a build running beside it.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import Papa from 'papaparse';
import { projectRoot } from '../../scripts/lib/paths.ts';

export interface BuildRun {
  status: number | null;
  output: string;
}

/**
 * @param outDir Output folder relative to the project root (the build swaps it in by renaming, so it must be on the same disk).
 * @param args Arguments to the build script, e.g. ["--publish"] as `npm run publish-build` passes.
 * @param root The project to build: this one, or a copy made by copyOfProject().
 */
export function runBuild(outDir: string, env: Record<string, string> = {}, args: readonly string[] = [], root: string = projectRoot): Promise<BuildRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join('scripts', 'build.ts'), ...args], {
      cwd: root,
      env: { ...process.env, DIST_DIR: outDir, ASTRO_CACHE_DIR: `.cache/astro-${outDir.replace(/^\./, '')}`, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => done({ status, output }));
  });
}

/** A copy of the project's data folder in a temporary folder, to edit for one test. */
export function copyOfData(): string {
  const folder = mkdtempSync(join(tmpdir(), 'spo-data-'));
  cpSync(join(projectRoot, 'data'), folder, { recursive: true });
  return folder;
}

/** Top-level entries a copy of the project leaves out: installed packages (linked instead), history, builds and caches. */
const NOT_COPIED = /^(node_modules|\.git|dist|\.build-.*|\.cache|\.astro|bench|docs|tests)$/;

/**
 * A copy of the project's sources in a temporary folder, to edit for one test (a stylesheet, a
 * component); its node_modules is a link to this project's.
 */
export function copyOfProject(): string {
  const folder = mkdtempSync(join(tmpdir(), 'spo-project-'));
  cpSync(projectRoot, folder, {
    recursive: true,
    filter: (source) => !NOT_COPIED.test(relative(projectRoot, source).split(sep)[0] ?? ''),
  });
  symlinkSync(join(projectRoot, 'node_modules'), join(folder, 'node_modules'));
  return folder;
}

/** Edits the rows of one CSV in place, keeping its columns and their order. */
export function editCsv(file: string, edit: (row: Record<string, string>) => void): void {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  for (const row of parsed.data) edit(row);
  writeFileSync(file, `${Papa.unparse(parsed.data, { columns: parsed.meta.fields ?? [], newline: '\n' })}\n`);
}
