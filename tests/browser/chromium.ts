/**
 * Debian's Chromium driven by playwright-core, with the flags this closed network needs.
 * Where no Chromium is found, browser tests skip loudly; with CI=true that is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Call at the top of a browser test file: explains a skip, or fails under CI. */
export function requireChromium(): boolean {
  if (hasChromium) return true;
  const message = `\n!!! No Chromium at ${CHROMIUM_PATH}: browser tests are SKIPPED. Install it with 'apt-get install -y chromium'.\n`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(message);
  return false;
}

/** A fresh browser: playwright's launch() gives each browser a new, empty temporary profile. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
