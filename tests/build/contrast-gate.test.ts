// The contrast gate fails when it should: the site built from a copy of the
// project whose stylesheet makes link text too light for its background fails
// tests/dist/contrast.test.ts, and the failure names the colour and the rule.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { copyOfProject, runBuild, type BuildRun } from '../support/build-runner.ts';
import { builtStyleRules, contrastFailures, contrastPairs } from '../support/css-contrast.ts';

const STYLESHEET = join('src', 'styles', 'global.css');
/** The light theme's link colour in the stylesheet, and a pale blue in its place (about 2.3:1 on white). */
const LINK_TOKEN = /(--color-link:\s*light-dark\()#[0-9a-f]{6}/i;
const TOO_LIGHT = '#7fb2e5';
const OUT = 'dist';

describe('a stylesheet colour made too light', () => {
  let project: string;
  let build: BuildRun;

  beforeAll(async () => {
    project = copyOfProject();
    const stylesheet = join(project, STYLESHEET);
    const css = readFileSync(stylesheet, 'utf8');
    if (!LINK_TOKEN.test(css)) throw new Error(`${STYLESHEET} no longer sets --color-link with light-dark(): update this test`);
    writeFileSync(stylesheet, css.replace(LINK_TOKEN, `$1${TOO_LIGHT}`));
    build = await runBuild(OUT, {}, [], project);
  });

  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('still builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('is caught by the contrast check, which names the rule, the colours and the ratio', () => {
    const failures = contrastFailures(contrastPairs(builtStyleRules(join(project, OUT))));
    expect(failures.some((failure) => failure.startsWith(`light: "a" ${TOO_LIGHT} on "body" #ffffff`))).toBe(true);
    expect(failures.every((failure) => failure.includes(TOO_LIGHT))).toBe(true);
  });

  it('fails the contrast gate of npm test', () => {
    const run = spawnSync(join(projectRoot, 'node_modules', '.bin', 'vitest'), ['run', '--project', 'dist', join('tests', 'dist', 'contrast.test.ts')], {
      cwd: projectRoot,
      env: { ...process.env, DIST_DIR: join(project, OUT) },
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain(TOO_LIGHT);
  });
});
