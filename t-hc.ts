import { launchChromium } from './scripts/lib/chromium.ts';
import { serveFolder } from './tests/support/static-server.ts';
import { htmlcsErrors } from './tests/support/htmlcs.ts';
const server = await serveFolder(process.env.SITE ?? '.build-mine');
const browser = await launchChromium();
for (const path of process.argv.slice(2)) {
  const page = await browser.newPage({ viewport: { width: 375, height: 900 } });
  await page.goto(server.origin + path);
  console.log(path, await htmlcsErrors(page));
  await page.close();
}
await browser.close(); await server.close();
