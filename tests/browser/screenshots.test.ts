/**
 * Loads the built app in Chromium as a reader would: no console errors, no request that
 * leaves the page's origin, the three figures present, no sideways scroll; writes
 * screenshots (git-ignored) at phone and projector sizes, and of a selection with the source
 * panel open, for a human to look at. OUT_DIR serves another build, SHOT_DIR writes elsewhere.
 */
import { describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import { available, openPage, useApp } from './harness.ts';

const app = useApp();
const shotDir = process.env.SHOT_DIR ?? 'tests/screenshots';

const SIZES = [
  { name: 'phone', width: 375, height: 812, path: '' },
  { name: 'projector', width: 1920, height: 1080, path: '' },
  { name: 'phone-dark-selected', width: 375, height: 812, path: '?sel=north-korea-nuclear&theme=dark' },
  { name: 'desktop-selected', width: 1280, height: 900, path: '?sel=north-korea-nuclear' },
];

describe.skipIf(!available)('the built app in Chromium', () => {
  test.each(SIZES)('$name ($width×$height): loads cleanly and is screenshotted', async ({ name, width, height, path }) => {
    mkdirSync(shotDir, { recursive: true });
    const { page, errors, foreign, close } = await openPage(app, path, { viewport: { width, height } });
    try {
      for (const id of ['timeline', 'stances', 'reactions']) {
        await expect(page.locator(`figure#${id}`).count()).resolves.toBe(1);
      }
      await page.screenshot({ path: `${shotDir}/viewport-${name}.png` });
      await page.screenshot({ path: `${shotDir}/page-${name}.png`, fullPage: true });
      for (const id of ['timeline', 'stances', 'reactions']) {
        // Cut from a full-page shot, so the sticky toolbar stays at the top of the page and
        // does not cover the figure as it would in a scrolled element shot.
        const box = await page.locator(`figure#${id}`).evaluate((el) => {
          const r = el.getBoundingClientRect();
          return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
        });
        await page.screenshot({ path: `${shotDir}/${id}-${name}.png`, fullPage: true, clip: box });
      }
      if (path.includes('sel=')) {
        // The source panel on the selected item, as a reader opens it.
        await page.locator('#timeline [data-id="trump-hints-kim-meeting"]').click();
        await page.getByRole('dialog').waitFor();
        await page.screenshot({ path: `${shotDir}/panel-${name}.png`, animations: 'disabled' });
        await page.getByRole('dialog').getByRole('button', { name: /Read in the article/ }).first().click();
        const mark = page.getByRole('dialog').locator('mark');
        await mark.waitFor();
        // The quoted passage is highlighted and scrolled into the reader's view (smoothly, so wait).
        await expect.poll(() => mark.evaluate((m) => {
          const r = m.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }), { timeout: 3000 }).toBe(true);
        await expect(mark.textContent()).resolves.toContain('Trump hinted at the possibility of meeting Chairman Kim Jong-un');
        await page.screenshot({ path: `${shotDir}/article-${name}.png`, animations: 'disabled' });
        await page.keyboard.press('Escape');
      }
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(width);
      expect(errors).toEqual([]);
      await page.waitForLoadState('networkidle');
      expect(foreign).toEqual([]);
    } finally {
      await close();
    }
  });
});
