// `npm run screenshots`: pictures of the site as readers see it, so a reviewer
// can look without building it. Builds the site into .build-screenshots (or,
// with --no-build, uses the built site in DIST_DIR, default `dist`), serves it
// locally, and with Chromium writes docs/screenshots/<page>-<width>-<theme>.png
// for the home page, a map page, a force page, /forces/, /trend/,
// /methodology/ and an embed, at 375 px (a phone's first screen, 375 × 812)
// and 1,280 px (the page from the top, up to SHOT_HEIGHT_DESKTOP), in the
// light and dark themes.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { serveFolder } from './lib/static-host.ts';
import { projectRoot } from './lib/paths.ts';
import { runTool } from './lib/tools.ts';

/** Each page by the name its pictures take. */
const PAGES = {
  home: '/',
  map: '/map/grant-rate/',
  force: '/forces/metropolitan-police/',
  forces: '/forces/',
  trend: '/trend/',
  methodology: '/methodology/',
  embed: '/embed/map/applications-per-offences/geo/',
} as const;
const PHONE = { width: 375, height: 812 } as const;
const DESKTOP = { width: 1280, height: 900 } as const;
/** How much of a desktop page to keep: enough to show its composition, not every table row. */
const SHOT_HEIGHT_DESKTOP = 2400;
const SCHEMES = ['light', 'dark'] as const;
const outDir = join(projectRoot, 'docs', 'screenshots');

const build = !process.argv.includes('--no-build');
const siteDir = resolve(projectRoot, build ? '.build-screenshots' : (process.env['DIST_DIR'] ?? 'dist'));
if (build) {
  const status = runTool(process.execPath, [join('scripts', 'build.ts')], {
    env: { DIST_DIR: '.build-screenshots', ASTRO_CACHE_DIR: 'node_modules/.astro-screenshots' },
  });
  if (status !== 0) process.exit(1);
}

mkdirSync(outDir, { recursive: true });
const server = await serveFolder(siteDir);
const browser = await launchChromium();
try {
  for (const [name, path] of Object.entries(PAGES)) {
    for (const viewport of [PHONE, DESKTOP]) {
      for (const colorScheme of SCHEMES) {
        const phone = viewport === PHONE;
        const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1, hasTouch: phone });
        const page = await context.newPage();
        await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const file = join(outDir, `${name}-${viewport.width}-${colorScheme}.png`);
        await page.screenshot(
          phone
            ? { path: file }
            : { path: file, fullPage: true, clip: { x: 0, y: 0, width: viewport.width, height: Math.min(height, SHOT_HEIGHT_DESKTOP) } },
        );
        console.log(`wrote ${file}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
