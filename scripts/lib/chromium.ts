// The Chromium that browser tests, screenshots and the benchmark drive: Debian's
// /usr/bin/chromium, or the binary named by env CHROMIUM_PATH. Without one,
// callers say so in one line rather than with Playwright's launch errors.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** How to get a browser, in one line. */
export const noChromiumMessage = `No Chromium at ${chromiumPath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`;

export function hasChromium(): boolean {
  return existsSync(chromiumPath);
}

/** Starts the browser, or throws noChromiumMessage (with no stack) when there is none. */
export async function launchChromium(): Promise<Browser> {
  if (!hasChromium()) {
    const error = new Error(noChromiumMessage);
    error.stack = noChromiumMessage;
    throw error;
  }
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
