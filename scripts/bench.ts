// `npm run bench`: how heavy and how fast the site is, against budgets and
// against the same map and rankings drawn client-side.
//   1. A timed full build (`npm run build`, cold Vite cache) into .build-bench.
//   2. One page of each type (home, map, force page, each kind of embed,
//      methodology: those that exist) loaded in Chromium from a local static
//      server that gzips and applies _headers as a static host does: every
//      response's gzipped size (level 9), summed by kind, with the number of
//      requests; and each embed's height at 375 and 1,280 px (what it asks a
//      resize script for) beside the height in its code.
//   3. Lighthouse (mobile, simulated throttling) on the home page, an embed
//      and the comparison page: performance, accessibility, best practices, SEO.
//   4. The comparison: bench/client-rendered, bundled with esbuild into
//      bench/tmp (never published), which fetches the CSVs and TopoJSON and
//      draws the map and ranking with Plot, d3 and topojson-client.
// Prints the tables, writes bench/results.json, and refreshes the README's
// benchmark section. Exits 1 when a budget fails.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { projectRoot } from './lib/paths.ts';
import { serveFolder, type StaticServer } from './lib/static-host.ts';
import { chromiumArgs, chromiumPath, launchChromium } from './lib/chromium.ts';
import { builtPagePaths } from '../tests/support/site-pages.ts';
import { MEASURING_CLASS } from '../src/lib/embeds/protocol.ts';
import { PLACES_PATH } from '../src/lib/views/routes.ts';

const BENCH_OUT = '.build-bench';
const benchOutDir = join(projectRoot, BENCH_OUT);
const cacheDir = '.cache/astro-bench';
const comparisonSource = join(projectRoot, 'bench', 'client-rendered');
const comparisonDir = join(projectRoot, 'bench', 'tmp', 'client-rendered');
const resultsFile = join(projectRoot, 'bench', 'results.json');
const readmeFile = join(projectRoot, 'README.md');
const KB = 1024;

type Kind = 'html' | 'css' | 'js' | 'images' | 'data' | 'other';
const KINDS: Kind[] = ['html', 'css', 'js', 'images', 'data', 'other'];

interface PageWeight {
  name: string;
  path: string;
  requests: number;
  /** Gzipped bytes by kind. */
  gzip: Record<Kind, number>;
  totalGzip: number;
  /** Uncompressed JavaScript, which the browser has to parse. */
  jsRaw: number;
}

type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';
const CATEGORIES: Category[] = ['performance', 'accessibility', 'best-practices', 'seo'];
type Scores = Record<Category, number | null>;
/** Lighthouse's lab metrics, in milliseconds (CLS is unitless). */
const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  'Speed Index': 'speed-index',
} as const;
type Metric = keyof typeof METRICS;

interface LighthouseRun {
  scores: Scores;
  /**
   * SEO scored without the is-crawlable audit. Embed pages carry `noindex, indexifembedded` on
   * purpose (issue 6: an embed must not compete with its full page in search), and that audit fails
   * any noindex page, so for embeds this is the figure the SEO budget can fairly hold.
   */
  seoWithoutCrawlable: number | null;
  metrics: Partial<Record<Metric, number>>;
}

/** Lighthouse's own category formula (weighted mean of scored audits), leaving some audits out. */
function categoryScoreWithout(
  category: { auditRefs: { id: string; weight: number }[] } | undefined,
  audits: Record<string, { score: number | null; scoreDisplayMode?: string }>,
  leaveOut: string[],
): number | null {
  if (category === undefined) return null;
  let weighted = 0;
  let weights = 0;
  for (const { id, weight } of category.auditRefs) {
    const audit = audits[id];
    if (leaveOut.includes(id) || audit === undefined || audit.score === null || weight === 0) continue;
    weighted += audit.score * weight;
    weights += weight;
  }
  return weights === 0 ? null : Math.round((weighted / weights) * 100);
}

interface Budget {
  what: string;
  limit: string;
  value: string;
  pass: boolean;
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

// ─── 1. The build ──────────────────────────────────────────────────────────

function timedBuild(): number {
  rmSync(join(projectRoot, cacheDir), { recursive: true, force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [join('scripts', 'build.ts')], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DIST_DIR: BENCH_OUT, ASTRO_CACHE_DIR: cacheDir },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error('the build failed; nothing to measure');
  return seconds;
}

// ─── 4. The client-rendered comparison ─────────────────────────────────────

async function buildComparison(): Promise<void> {
  rmSync(comparisonDir, { recursive: true, force: true });
  mkdirSync(join(comparisonDir, 'data'), { recursive: true });
  await esbuild({
    entryPoints: [join(comparisonSource, 'main.ts')],
    outfile: join(comparisonDir, 'app.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'error',
  });
  copyFileSync(join(comparisonSource, 'index.html'), join(comparisonDir, 'index.html'));
  for (const file of ['forces.csv', 'spo_figures.csv', 'geo/police-force-areas.topo.json']) {
    copyFileSync(join(projectRoot, 'data', file), join(comparisonDir, 'data', file.replace(/^geo\//, '')));
  }
}

// ─── 2. Page weight ─────────────────────────────────────────────────────────

function kindOf(url: string, contentType: string): Kind {
  const path = new URL(url).pathname.toLowerCase();
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css') || path.endsWith('.css')) return 'css';
  if (contentType.includes('javascript') || /\.m?js$/.test(path)) return 'js';
  if (contentType.startsWith('image/') || /\.(png|svg|jpe?g|gif|webp|avif|ico)$/.test(path)) return 'images';
  if (/json|csv/.test(contentType) || /\.(json|csv)$/.test(path)) return 'data';
  return 'other';
}

const gzipped = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

async function weigh(name: string, origin: string, path: string): Promise<PageWeight> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    const pending: Promise<{ kind: Kind; body: Buffer }>[] = [];
    page.on('response', (response) => {
      if (response.status() >= 300 && response.status() < 400) return;
      pending.push(response.body().then((body) => ({ kind: kindOf(response.url(), response.headers()['content-type'] ?? ''), body })));
    });
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const bodies = await Promise.all(pending);
    const gzip = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
    let jsRaw = 0;
    for (const { kind, body } of bodies) {
      gzip[kind] += gzipped(body);
      if (kind === 'js') jsRaw += body.length;
    }
    return { name, path, requests: bodies.length, gzip, totalGzip: KINDS.reduce((sum, kind) => sum + gzip[kind], 0), jsRaw };
  } finally {
    await browser.close();
  }
}

/**
 * The height an embed asks its host for (with a resize script) at a phone's and a desktop's width.
 * @param query "?force=<slug>" to measure a ranking with a force picked out, or "".
 */
async function embedHeights(origin: string, path: string, query = ''): Promise<{ phone: number; desktop: number; code: number | null }> {
  const browser = await launchChromium();
  try {
    const needed = async (width: number) => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${origin}${path}${query}`, { waitUntil: 'load' });
      const height = await page.evaluate((measuring: string) => {
        const root = document.querySelector('[data-embed-id]');
        if (root === null) return 0;
        document.documentElement.classList.add(measuring);
        const value = Math.ceil(root.getBoundingClientRect().height);
        document.documentElement.classList.remove(measuring);
        return value;
      }, MEASURING_CLASS);
      await page.close();
      return height;
    };
    const oembed = /type="application\/json\+oembed" href="[^"]*?(\/oembed\/[^"]+)"/.exec(readFileSync(join(benchOutDir, path, 'index.html'), 'utf8'))?.[1];
    const code = oembed === undefined ? null : (JSON.parse(readFileSync(join(benchOutDir, oembed), 'utf8')) as { height: number }).height;
    return { phone: await needed(375), desktop: await needed(1280), code };
  } finally {
    await browser.close();
  }
}

// ─── 3. Lighthouse ──────────────────────────────────────────────────────────

/** Starts Chromium with a DevTools port for Lighthouse and returns the port and a way to stop it. */
async function chromiumForLighthouse(): Promise<{ port: number; stop: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), 'spo-bench-chromium-'));
  const child = spawn(chromiumPath, [...chromiumArgs, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
  const stop = () => {
    child.kill();
    rmSync(profile, { recursive: true, force: true });
  };
  const portFile = join(profile, 'DevToolsActivePort');
  for (let attempt = 0; attempt < 100; attempt++) {
    if (existsSync(portFile)) {
      const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
      if (port > 0) return { port, stop };
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  stop();
  throw new Error('Chromium did not open a DevTools port');
}

async function runLighthouse(url: string): Promise<LighthouseRun> {
  const none: LighthouseRun = {
    scores: { performance: null, accessibility: null, 'best-practices': null, seo: null },
    seoWithoutCrawlable: null,
    metrics: {},
  };
  let chrome: { port: number; stop: () => void } | undefined;
  try {
    const { default: lighthouse } = await import('lighthouse');
    chrome = await chromiumForLighthouse();
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES });
    if (result === undefined) return none;
    const scores = { ...none.scores };
    for (const category of CATEGORIES) {
      const score = result.lhr.categories[category]?.score;
      scores[category] = typeof score === 'number' ? Math.round(score * 100) : null;
    }
    const metrics: LighthouseRun['metrics'] = {};
    for (const [metric, audit] of Object.entries(METRICS) as [Metric, string][]) {
      const value = result.lhr.audits[audit]?.numericValue;
      if (typeof value === 'number') metrics[metric] = value;
    }
    const failing = Object.values(result.lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id);
    if (failing.length > 0) log(`Lighthouse on ${url}: failing audits ${failing.join(', ')}`);
    const seoWithoutCrawlable = categoryScoreWithout(result.lhr.categories['seo'], result.lhr.audits, ['is-crawlable']);
    return { scores, seoWithoutCrawlable, metrics };
  } catch (error) {
    log(`Lighthouse could not run on ${url}: ${error instanceof Error ? error.message : String(error)}`);
    return none;
  } finally {
    chrome?.stop();
  }
}

// ─── Which pages ────────────────────────────────────────────────────────────

/** A force a ranking embed folds into its gap, whose row ?force=<slug> shows (the tallest the ranking gets), or null. */
function foldedForce(path: string): string | null {
  return /data-slug="([\w-]+)" data-band="middle"/.exec(readFileSync(join(benchOutDir, path, 'index.html'), 'utf8'))?.[1] ?? null;
}

function pagesToWeigh(): { name: string; path: string }[] {
  const paths = builtPagePaths(benchOutDir);
  const isEmbed = (path: string) => /\sdata-embed-id=/.test(readFileSync(join(benchOutDir, path, 'index.html'), 'utf8'));
  const isEmbedOfKind = (path: string, kind: string) => readFileSync(join(benchOutDir, path, 'index.html'), 'utf8').includes(` data-embed-kind="${kind}"`);
  const first = (test: (path: string) => boolean) => paths.find(test);
  const picks: { name: string; path: string | undefined }[] = [
    { name: 'home', path: first((path) => path === '/') },
    { name: 'map', path: first((path) => /^\/map\/[^/]+\/$/.test(path)) },
    { name: 'force page', path: paths.includes('/forces/metropolitan-police/') ? '/forces/metropolitan-police/' : first((path) => /^\/forces\/[^/]+\/$/.test(path)) },
    { name: 'embed (map)', path: first((path) => path.startsWith('/embed/map/') && path.endsWith('/geo/') && isEmbed(path)) },
    { name: 'embed (map, tiles)', path: first((path) => path.startsWith('/embed/map/') && path.endsWith('/tiles/') && isEmbed(path)) },
    ...paths.filter((path) => isEmbedOfKind(path, 'ranking')).map((path) => ({ name: `embed (ranking ${path.split('/').at(-2)})`, path })),
    ...['zero-applications', 'court-vs-foi', 'trend'].map((kind) => ({ name: `embed (${kind})`, path: first((path) => isEmbedOfKind(path, kind)) })),
    { name: 'embed (force card)', path: first((path) => path.startsWith('/embed/forces/') && path.endsWith('/') && isEmbed(path)) },
    { name: 'methodology', path: first((path) => path === '/methodology/') },
  ];
  return picks.filter((pick): pick is { name: string; path: string } => pick.path !== undefined);
}

// ─── Report ─────────────────────────────────────────────────────────────────

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const ratio = (ours: number, theirs: number) => (theirs === 0 ? 'n/a' : `${(ours / theirs).toFixed(2)}×`);
const score = (value: number | null) => (value === null ? 'n/a' : String(value));

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0]?.toFixed(1) ?? 'unknown';
  log('building the site (cold cache)…');
  const buildSeconds = timedBuild();
  log(`built in ${buildSeconds.toFixed(1)} s; bundling the client-rendered comparison…`);
  await buildComparison();

  const site: StaticServer = await serveFolder(benchOutDir, { gzip: true });
  const comparison: StaticServer = await serveFolder(comparisonDir, { gzip: true });
  const chromiumVersion = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8' }).stdout.trim().split(' built')[0] ?? 'Chromium';
  try {
    const pages = pagesToWeigh();
    const weights: PageWeight[] = [];
    for (const { name, path } of pages) {
      log(`weighing ${path}…`);
      weights.push(await weigh(name, site.origin, path));
    }
    const embedRows: string[][] = [];
    const measureEmbed = async (name: string, weight: PageWeight, query = '') => {
      log(`measuring ${weight.path}${query} at 375 and 1,280 px…`);
      const heights = await embedHeights(site.origin, weight.path, query);
      embedRows.push([name, `\`${weight.path}${query}\``, `${heights.phone} px`, `${heights.desktop} px`, heights.code === null ? 'n/a' : `${heights.code} px`, kb(weight.totalGzip)]);
    };
    for (const weight of weights.filter((candidate) => candidate.name.startsWith('embed'))) {
      await measureEmbed(weight.name, weight);
      const folded = weight.name.startsWith('embed (ranking') ? foldedForce(weight.path) : null;
      if (folded !== null) await measureEmbed(`${weight.name}, a force picked out`, weight, `?force=${folded}`);
    }
    log('weighing the client-rendered comparison…');
    const dashboard = await weigh('client-rendered comparison', comparison.origin, '/');

    const embed = weights.find((weight) => weight.name.startsWith('embed (map)')) ?? weights.find((weight) => weight.name.startsWith('embed'));
    const home = weights.find((weight) => weight.name === 'home');
    const lighthouseTargets = [
      ...(home === undefined ? [] : [{ name: 'home', url: `${site.origin}${home.path}` }]),
      ...(embed === undefined ? [] : [{ name: embed.name, url: `${site.origin}${embed.path}` }]),
      { name: 'client-rendered comparison', url: `${comparison.origin}/` },
    ];
    const lighthouse: ({ name: string } & LighthouseRun)[] = [];
    for (const target of lighthouseTargets) {
      log(`Lighthouse on ${target.name}…`);
      lighthouse.push({ name: target.name, ...(await runLighthouse(target.url)) });
    }
    const hostScriptGzip = existsSync(join(benchOutDir, 'embed.js')) ? gzipped(readFileSync(join(benchOutDir, 'embed.js'))) : null;
    // The finder's place index is fetched only when a reader types, so it is not part of the home page's weight: reported on its own.
    const placesFile = join(benchOutDir, PLACES_PATH);
    const placeIndexGzip = existsSync(placesFile) ? gzipped(readFileSync(placesFile)) : null;

    const budgets: Budget[] = [
      { what: 'full build (cold cache)', limit: '< 30 s', value: `${buildSeconds.toFixed(1)} s`, pass: buildSeconds < 30 },
    ];
    if (home !== undefined) {
      budgets.push({ what: 'home page, all transfers gzipped (place index not loaded until the reader types)', limit: '≤ 50 KB', value: kb(home.totalGzip), pass: home.totalGzip <= 50 * KB });
      budgets.push({ what: 'home page, JavaScript gzipped', limit: '< 15 KB', value: kb(home.gzip.js), pass: home.gzip.js < 15 * KB });
    }
    for (const weight of weights.filter((candidate) => candidate.name.startsWith('embed'))) {
      budgets.push({ what: `${weight.name}, all transfers gzipped`, limit: '< 50 KB', value: kb(weight.totalGzip), pass: weight.totalGzip < 50 * KB });
    }
    if (hostScriptGzip !== null) {
      budgets.push({ what: 'embed host script /embed.js, gzipped', limit: '< 1.5 KB', value: kb(hostScriptGzip), pass: hostScriptGzip < 1.5 * KB });
    }
    for (const { name, scores, seoWithoutCrawlable } of lighthouse.filter((entry) => entry.name !== 'client-rendered comparison')) {
      for (const category of CATEGORIES) {
        if (category === 'seo' && name.startsWith('embed')) {
          budgets.push({
            what: `Lighthouse seo, ${name} (is-crawlable left out: embeds are noindex by design; full score ${score(scores.seo)})`,
            limit: '100',
            value: score(seoWithoutCrawlable),
            pass: seoWithoutCrawlable === 100,
          });
          continue;
        }
        budgets.push({ what: `Lighthouse ${category}, ${name}`, limit: '100', value: score(scores[category]), pass: scores[category] === 100 });
      }
    }

    const weightTable = table(
      ['page', 'path', 'requests', 'HTML', 'CSS', 'JS', 'images', 'data', 'total (gzip)', 'JS uncompressed', 'total vs client-rendered', 'JS vs client-rendered'],
      [...weights, dashboard].map((weight) => [
        weight.name,
        weight === dashboard ? '(bench only)' : `\`${weight.path}\``,
        String(weight.requests),
        ...(['html', 'css', 'js', 'images', 'data'] as const).map((kind) => kb(weight.gzip[kind])),
        kb(weight.totalGzip),
        kb(weight.jsRaw),
        weight === dashboard ? '1.00×' : ratio(weight.totalGzip, dashboard.totalGzip),
        weight === dashboard ? '1.00×' : ratio(weight.gzip.js, dashboard.gzip.js),
      ]),
    );
    const metricText = (metric: Metric, value: number | undefined) =>
      value === undefined ? 'n/a' : metric === 'CLS' ? value.toFixed(3) : metric === 'TBT' ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(1)} s`;
    const lighthouseTable = table(
      ['Lighthouse (mobile)', ...CATEGORIES, ...(Object.keys(METRICS) as Metric[])],
      lighthouse.map(({ name, scores, metrics }) => [
        name,
        ...CATEGORIES.map((category) => score(scores[category])),
        ...(Object.keys(METRICS) as Metric[]).map((metric) => metricText(metric, metrics[metric])),
      ]),
    );
    const budgetTable = table(['budget', 'limit', 'measured', 'result'], budgets.map((budget) => [budget.what, budget.limit, budget.value, budget.pass ? 'PASS' : 'FAIL']));
    const date = new Date().toISOString().slice(0, 10);
    const summary = [
      `Measured ${date} on ${process.platform} with Node ${process.versions.node}, ${chromiumVersion}, ${cpus().length} CPU cores (load average ${loadAtStart} at the start: the build time and Lighthouse's performance depend on it).`,
      `Build: ${buildSeconds.toFixed(1)} s.${hostScriptGzip === null ? '' : ` Embed host script: ${kb(hostScriptGzip)} gzipped.`}`,
      ...(placeIndexGzip === null ? [] : [`Place index \`${PLACES_PATH}\` (fetched only when a reader types in the finder): ${kb(placeIndexGzip)} gzipped.`]),
      '',
      weightTable,
      '',
      table(['embed', 'path', 'height at 375 px', 'height at 1,280 px', 'height in its code', 'total (gzip)'], embedRows),
      '',
      lighthouseTable,
      '',
      budgetTable,
    ].join('\n');
    console.log(summary);

    writeFileSync(
      resultsFile,
      `${JSON.stringify({ date, node: process.versions.node, chromium: chromiumVersion, buildSeconds, hostScriptGzip, pages: weights, comparison: dashboard, lighthouse, placeIndexGzip, budgets }, null, 2)}\n`,
    );
    const readme = readFileSync(readmeFile, 'utf8');
    const start = '<!-- bench:start -->';
    const end = '<!-- bench:end -->';
    if (readme.includes(start) && readme.includes(end)) {
      writeFileSync(readmeFile, `${readme.slice(0, readme.indexOf(start) + start.length)}\n${summary}\n${readme.slice(readme.indexOf(end))}`);
    }
    log(`wrote ${resolve(resultsFile)}${readme.includes(start) ? ' and the README section' : ''}`);
    process.exitCode = budgets.every((budget) => budget.pass) ? 0 : 1;
  } finally {
    await site.close();
    await comparison.close();
  }
}

await main();
