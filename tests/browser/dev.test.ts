/**
 * `npm run dev` as a newcomer runs it: the project's own Vite config, a real dev server, the
 * page in Chromium with all three figures and no errors. (The build is tested elsewhere.)
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import type { Browser } from 'playwright-core';
import { available, sharedChromium } from './harness.ts';

describe.skipIf(!available)('the dev server', () => {
  let server: ViteDevServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await createServer({ logLevel: 'silent', server: { port: 0, strictPort: false, host: '127.0.0.1' } });
    await server.listen();
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('serves the explainer with its three figures and no errors', async () => {
    const url = server.resolvedUrls!.local[0]!;
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url, { waitUntil: 'networkidle' });
    // The dev server transforms each module on request: under load, 'networkidle' can come
    // before the views' own imports have been asked for, so wait for each figure to appear.
    for (const id of ['timeline', 'stances', 'reactions']) {
      await page.locator(`figure#${id}`).first().waitFor({ state: 'attached', timeout: 30_000 });
      await expect(page.locator(`figure#${id}`).count()).resolves.toBe(1);
    }
    await page.locator('#timeline [data-id="summit"]').click();
    await page.getByRole('dialog').getByRole('button', { name: /Read in the article/ }).first().click();
    await page.getByRole('dialog').locator('mark').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
