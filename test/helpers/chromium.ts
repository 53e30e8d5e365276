import fs from 'node:fs';

/** A Chromium to drive: $CHROMIUM_PATH, else Debian's chromium package, else a Chrome on the usual paths. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  return candidates.find((file): file is string => Boolean(file) && fs.existsSync(file!));
}

/** Flags for a quiet, private, offline-minded headless run. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
