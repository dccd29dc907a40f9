import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

/** Debian's Chromium (`apt-get install chromium fonts-noto-cjk`), or the browser `CHROMIUM_PATH` names. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`no Chromium at ${path}: install Debian's chromium and fonts-noto-cjk (scripts/ensure-chromium.sh), or set CHROMIUM_PATH`);
  return path;
}

/**
 * A headless Chromium that talks to nothing on its own (no updates, sync or other background
 * traffic: a closed government network has no internet, and neither do these tests).
 */
export function launchChromium(width = 1920, height = 1080): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    defaultViewport: { width, height },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-extensions',
      `--window-size=${width},${height}`,
    ],
  });
}
