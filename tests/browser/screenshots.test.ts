/**
 * Loads the built app in Chromium as a reader would: no console errors, no request that
 * leaves the page's origin, the three figures present; writes screenshots (git-ignored)
 * at phone and projector sizes for a human to look at.
 * Set OUT_DIR to serve another build folder, SHOT_DIR to write elsewhere.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchChromium, requireChromium } from './chromium.ts';
import { serveBuild } from './server.ts';

const available = requireChromium();
const outDir = process.env.OUT_DIR ?? 'dist';
const shotDir = process.env.SHOT_DIR ?? 'tests/screenshots';

const SIZES = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'projector', width: 1920, height: 1080 },
];

describe.skipIf(!available)('the built app in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveBuild>>;

  beforeAll(async () => {
    server = await serveBuild(outDir);
    browser = await launchChromium();
    mkdirSync(shotDir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.each(SIZES)('$name ($width×$height): loads cleanly and is screenshotted', async ({ name, width, height }) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    const errors: string[] = [];
    const foreign: string[] = [];
    const origin = new URL(server.url).origin;
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });

    await page.goto(server.url, { waitUntil: 'networkidle' });
    for (const id of ['timeline', 'stances', 'reactions']) {
      await expect(page.locator(`figure#${id}`).count()).resolves.toBe(1);
    }
    await page.screenshot({ path: `${shotDir}/viewport-${name}.png` });
    await page.screenshot({ path: `${shotDir}/page-${name}.png`, fullPage: true });
    for (const id of ['timeline', 'stances', 'reactions']) {
      await page.locator(`figure#${id}`).screenshot({ path: `${shotDir}/${id}-${name}.png` });
    }
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(width);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
