/**
 * The offline single file (`npm run build:single`, run by `npm test` before vitest): opened from
 * disk with every request that is not the file itself refused, as on a USB stick in a room
 * without a network. All three figures render, nothing logs an error (a blocked script or a
 * Content-Security-Policy violation would), and the source panel reads the article offline.
 */
import { describe, expect, test, beforeAll, afterAll } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { requireChromium } from './chromium.ts';
import { openFile, sharedChromium } from './harness.ts';
import { scriptHash } from '../../src/build/single/cspPlugin.ts';

const available = requireChromium();
const dir = resolve(process.env.SINGLE_DIR ?? 'dist-single');
const file = resolve(dir, 'index.html');

describe.skipIf(!available)('offline single file', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(file)) throw new Error(`${file} is missing: run 'npm run build:single' first`);
    browser = await sharedChromium();
  });
  afterAll(async () => browser?.close());

  test('is one file whose policy allows exactly its inline script and no network', () => {
    expect(readdirSync(dir)).toEqual(['index.html']);
    const html = readFileSync(file, 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).not.toMatch(/\bsrc=/);
    const policies = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/gi)].map((m) => m[1]);
    expect(policies).toEqual([
      `default-src 'none'; script-src ${scriptHash(scripts[0]![2]!)}; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; object-src 'none'`,
    ]);
    expect(html).not.toMatch(/<link[^>]+rel="(stylesheet|modulepreload)"/);
  });

  test('renders all three figures from file:// with the network refused, and reads the article', async () => {
    const { page, errors, foreign: refused, close } = await openFile(browser, file);
    try {
      for (const id of ['timeline', 'stances', 'reactions']) {
        const figure = page.locator(`figure#${id}`);
        await figure.waitFor();
        // A rendered view, not an error boundary's message: its chart has marks to focus.
        await expect(figure.locator('[tabindex="0"]').count()).resolves.toBeGreaterThan(0);
      }
      // No web address to embed from a file: no Embed button (its dialog threw here), Copy link stays.
      await expect(page.getByRole('button', { name: 'Embed', exact: true }).count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: 'Copy link' }).count()).resolves.toBe(1);
      await page.locator('#timeline [data-id="trump-hints-kim-meeting"]').first().click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await dialog.getByRole('button', { name: /Read in the article/ }).first().click();
      const mark = dialog.locator('mark');
      await mark.waitFor();
      await expect(mark.textContent()).resolves.toContain('Trump hinted at the possibility of meeting Chairman Kim Jong-un');
      expect(errors).toEqual([]);
      expect(refused).toEqual([]);
    } finally {
      await close();
    }
  });
});
