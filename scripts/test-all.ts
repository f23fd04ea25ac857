// `npm test`: every check the project has, in order, with one total at the end.
//   1. type check (astro check)            counts as one test
//   2. unit tests                          tests/unit
//   3. build into .build-test              counts as one test
//   4. dist tests over that build          tests/dist
//   5. browser tests over that build       tests/browser
//   6. build script tests                  tests/build (builds of their own, from edited data folders)
// The last line printed is exactly "N passed, N failed". A suite that crashes,
// or finds no tests, counts as at least one failure; when the build fails the
// dist and browser suites are not run and count as one failure each. Without
// Chromium the browser suite is not run either: one line says how to get it,
// and the suite counts as one failure.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasChromium, noChromiumMessage } from './lib/chromium.ts';
import { runTool } from './lib/tools.ts';

const testBuildDir = '.build-test';
const buildEnv = { DIST_DIR: testBuildDir, ASTRO_CACHE_DIR: '.cache/astro-test' };

interface Outcome {
  name: string;
  passed: number;
  failed: number;
  note?: string;
}

function heading(step: number, title: string): void {
  console.log(`\n━━━ ${step}/6 ${title} ${'━'.repeat(Math.max(3, 60 - title.length))}\n`);
}

/** One check that either passes or fails as a whole. */
function single(name: string, status: number | null): Outcome {
  return status === 0 ? { name, passed: 1, failed: 0 } : { name, passed: 0, failed: 1 };
}

interface VitestJson {
  success: boolean;
  numPassedTests: number;
  numFailedTests: number;
  numTotalTests: number;
}

function readReport(file: string): VitestJson | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
  } catch {
    return null;
  }
}

function vitestSuite(project: string, reportDir: string, env: Record<string, string> = {}): Outcome {
  const reportFile = join(reportDir, `${project}.json`);
  const status = runTool(
    'vitest',
    ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`],
    { env },
  );
  const report = readReport(reportFile);
  if (report === null) return { name: project, passed: 0, failed: 1, note: 'crashed before reporting' };
  const { numPassedTests: passed, numFailedTests: failed, numTotalTests: total } = report;
  if (total === 0) return { name: project, passed: 0, failed: 1, note: 'no tests found' };
  // A file that fails to load, or an error outside any test, fails the run without failing a test.
  if ((status !== 0 || !report.success) && failed === 0) {
    return { name: project, passed, failed: 1, note: 'errors outside tests' };
  }
  return { name: project, passed, failed };
}

const reportDir = mkdtempSync(join(tmpdir(), 'spo-test-reports-'));
const outcomes: Outcome[] = [];
const browserReady = hasChromium();

heading(1, 'Type check (astro check)');
outcomes.push(single('type check', runTool('astro', ['check'])));

heading(2, 'Unit tests');
outcomes.push(vitestSuite('unit', reportDir));

heading(3, `Build into ${testBuildDir}`);
const built = runTool(process.execPath, [join('scripts', 'build.ts')], { env: buildEnv });
outcomes.push(single('build', built));

if (built === 0) {
  heading(4, 'Dist tests');
  outcomes.push(vitestSuite('dist', reportDir, buildEnv));
  heading(5, 'Browser tests');
  if (browserReady) outcomes.push(vitestSuite('browser', reportDir, buildEnv));
  else {
    console.log(noChromiumMessage);
    outcomes.push({ name: 'browser', passed: 0, failed: 1, note: 'not run: no Chromium' });
  }
} else {
  outcomes.push({ name: 'dist', passed: 0, failed: 1, note: 'not run: the build failed' });
  outcomes.push({ name: 'browser', passed: 0, failed: 1, note: 'not run: the build failed' });
}

heading(6, 'Build script tests');
outcomes.push(vitestSuite('build-script', reportDir));

rmSync(reportDir, { recursive: true, force: true });

console.log('\n━━━ Summary ━━━\n');
for (const { name, passed, failed, note } of outcomes) {
  const mark = failed === 0 ? 'ok  ' : 'FAIL';
  console.log(`${mark} ${name.padEnd(12)} ${String(passed).padStart(4)} passed ${String(failed).padStart(3)} failed${note ? `  (${note})` : ''}`);
}
const passed = outcomes.reduce((sum, outcome) => sum + outcome.passed, 0);
const failed = outcomes.reduce((sum, outcome) => sum + outcome.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
