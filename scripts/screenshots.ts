// `npm run screenshots`: pictures of the home page's map, so a reviewer can
// see it without building the site. Builds the site into .build-screenshots
// (or, with --no-build, uses the built site in DIST_DIR, default `dist`),
// serves it locally, and with Chromium writes
// docs/screenshots/home-{375,1280}-{light,dark}.png: the map section from
// its heading to its summary sentence, with one force picked as a reader
// pointing at it would see it.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { serveFolder } from './lib/static-host.ts';
import { projectRoot } from './lib/paths.ts';
import { runTool } from './lib/tools.ts';

const WIDTHS = [375, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
/** The force shown in the detail panel. */
const PICKED_FORCE = 'Kent';
const outDir = join(projectRoot, 'docs', 'screenshots');

const build = !process.argv.includes('--no-build');
const siteDir = resolve(projectRoot, build ? '.build-screenshots' : (process.env['DIST_DIR'] ?? 'dist'));
if (build) {
  const status = runTool(process.execPath, [join('scripts', 'build.ts')], {
    env: { DIST_DIR: '.build-screenshots', ASTRO_CACHE_DIR: '.cache/astro-screenshots' },
  });
  if (status !== 0) process.exit(1);
}

mkdirSync(outDir, { recursive: true });
const server = await serveFolder(siteDir);
const browser = await launchChromium();
try {
  for (const width of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(`${server.origin}/`, { waitUntil: 'load' });
      const block = page.locator('[data-map]');
      await block.scrollIntoViewIfNeeded();
      await page.locator(`svg a.area[data-name="${PICKED_FORCE}"]`).hover({ force: true });
      const top = await block.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
      const bottom = await page
        .locator('[data-map-summary]')
        .evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
      const file = join(outDir, `home-${width}-${colorScheme}.png`);
      await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: top, width, height: Math.ceil(bottom - top) + 16 } });
      console.log(`wrote ${file}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
