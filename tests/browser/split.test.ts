/**
 * Code splitting in Chromium: code few readers need (the embed dialog, the export builders,
 * the article) is not loaded up front by any page, and loads on first use, still under the
 * page's Content-Security-Policy. Prints each page's initial
 * JavaScript, gzipped. Chunks are recognised by Vite's default `[name]-[hash].js` file names.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { available, hydrateIslands, useApp } from './harness.ts';
import { embed, explore, exporting, stances } from '../../src/lib/strings.ts';
import { META } from '../fixtures/meta.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
const app = useApp(outDir);

/** Opens `path` and returns the page with the script files (assets/…) it has requested so far. */
async function open(path: string, options = {}) {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const scripts: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.endsWith('.js')) scripts.push(pathname.slice(1));
  });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(new URL(path, app.url).href, { waitUntil: 'networkidle' });
  await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
  // Every view live, as for a reader who has scrolled through (the lower ones hydrate then).
  await hydrateIslands(page);
  return { page, scripts, errors, close: () => context.close() };
}

const chunk = (name: string) => (file: string) => new RegExp(`^assets/${name}-[\\w-]+\\.js$`).test(file);
const gzipped = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(`${outDir}/${f}`)).length, 0);

describe.skipIf(!available)('code splitting', () => {
  test.each(['', '?embed=stances', 'embed/stances.html', '?present'])('%s loads neither the embed dialog, the export code nor the article up front', async (path) => {
    const { scripts, errors, close } = await open(path);
    try {
      for (const lazy of ['EmbedDialog', 'export', '_virtual_article']) expect(scripts.filter(chunk(lazy)), lazy).toEqual([]);
      expect(errors).toEqual([]);
      console.log(`${path || '(full page)'}: ${gzipped(scripts)} B of JavaScript gzipped at load, in ${scripts.length} files`);
    } finally {
      await close();
    }
  });

  test('the embed dialog loads on the first press of Embed and opens with focus on its heading', async () => {
    const { page, scripts, errors, close } = await open('');
    try {
      const button = page.getByRole('button', { name: explore.embedButton, exact: true });
      await button.click();
      const dialog = page.getByRole('dialog', { name: embed.heading });
      await dialog.waitFor();
      expect(scripts.filter(chunk('EmbedDialog'))).toHaveLength(1);
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => button.evaluate((b) => b === document.activeElement)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the export builders load when a format is chosen', async () => {
    const { page, scripts, errors, close } = await open('', { acceptDownloads: true });
    try {
      await page.getByRole('button', { name: exporting.buttonLabel(META.stances.heading) }).click();
      expect(scripts.filter(chunk('export'))).toEqual([]);
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: exporting.csv, exact: true }).click()]);
      expect(file.suggestedFilename()).toMatch(/\.csv$/);
      expect(scripts.filter(chunk('export'))).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

