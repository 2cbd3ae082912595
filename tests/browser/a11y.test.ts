/**
 * axe-core in real Chromium: zero violations in light and dark, at phone and desktop widths,
 * with nothing selected, with a selection active, and with the source panel open.
 *
 * Each state is loaded once and checked in both themes: the palette is CSS `light-dark()`
 * and the canvas edges follow `matchMedia`, so switching the emulated scheme re-themes the
 * live page. The test proves the switch took (the page's paper colour changes) before it
 * trusts the second scan.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { available, openPage, useApp, axeViolations } from './harness.ts';

const app = useApp();

const CASES = [375, 1280].flatMap((width) => [
  { width, state: 'plain', path: '' },
  { width, state: 'selection', path: '?sel=north-korea-nuclear' },
  { width, state: 'panel', path: '?sel=trump-hints-kim-meeting', openPanel: true },
]);

const paper = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

describe.skipIf(!available)('accessibility (axe-core)', () => {
  test.each(CASES)('$width px, $state, light then dark', async ({ width, path, openPanel }) => {
    const { page, errors, close } = await openPage(app, path, { viewport: { width, height: 900 }, colorScheme: 'light' });
    try {
      if (openPanel) {
        await page.locator('#timeline [data-id="trump-hints-kim-meeting"]').first().click();
        await page.getByRole('dialog').waitFor();
      }
      const lightPaper = await paper(page);
      expect(await axeViolations(page), 'light').toEqual([]);

      await page.emulateMedia({ colorScheme: 'dark' });
      const darkPaper = await paper(page);
      expect(darkPaper, 'the dark theme took effect').not.toBe(lightPaper);
      if (openPanel) await page.getByRole('dialog').waitFor();
      expect(await axeViolations(page), 'dark').toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the check can fail: a page of one frame with a low-contrast label and an unnamed button is reported', async () => {
    const { page, close } = await openPage(app, 'about:blank');
    try {
      await page.setContent('<!doctype html><html lang="en"><title>t</title><main><p style="color:#bbb;background:#fff">faint</p><button></button></main></html>');
      const found = (await axeViolations(page)).map((v) => v.split(' ')[0]);
      expect(found).toEqual(expect.arrayContaining(['color-contrast', 'button-name']));
    } finally {
      await close();
    }
  });
});
