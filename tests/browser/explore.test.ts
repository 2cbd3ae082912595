/**
 * The explorer as a reader uses it in Chromium: deep links restore the whole state, Back and
 * Forward work, and a 320 px phone never scrolls sideways.
 */
import { describe, expect, test } from 'vitest';
import { available, openPage, useApp } from './harness.ts';

const app = useApp();

describe.skipIf(!available)('explore in a real browser', () => {
  test('a deep link round trip: set a state, reload its URL, get the same state', async () => {
    const { page, errors, foreign, close } = await openPage(app);
    try {
      await page.getByRole('searchbox', { name: 'Search' }).fill('Hayashi');
      await page.getByRole('button', { name: 'Filters' }).click();
      await page.getByRole('group', { name: 'Kind of claim' }).getByRole('checkbox', { name: /Direct quote/ }).check();
      await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark' }).click();
      await page.locator('#timeline').getByRole('button', { name: 'Summit day' }).click();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator('#reactions [data-id="yoshimasa-hayashi"]').first().click();
      await page.getByRole('dialog').getByRole('button', { name: /Close/ }).click();

      const url = page.url();
      const search = new URL(url).searchParams;
      expect(search.get('q')).toBe('Hayashi');
      expect(search.get('kind')).toBe('quote');
      expect(search.get('theme')).toBe('dark');
      expect(search.get('sel')).toBe('yoshimasa-hayashi');
      expect(search.get('t')).toMatch(/^2025-08-\d\d~2025-08-\d\d$/);

      const before = await snapshot(page);
      await page.goto(url, { waitUntil: 'networkidle' });
      expect(await snapshot(page)).toEqual(before);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await close();
    }
  });

  test('Back and Forward step through selections and filters', async () => {
    const { page, close } = await openPage(app, '?sel=summit');
    try {
      await expect(page.getByRole('button', { name: /Clear selection: First Lee–Trump summit/ }).isVisible()).resolves.toBe(true);
      await page.getByRole('button', { name: 'Only what was reported' }).click();
      expect(new URL(page.url()).searchParams.get('kind')).toBe('reported,quote');
      await page.goBack();
      expect(new URL(page.url()).searchParams.get('kind')).toBeNull();
      await expect(page.getByRole('button', { name: 'Only what was reported' }).getAttribute('aria-pressed')).resolves.toBe('false');
      await page.goForward();
      await expect(page.getByRole('button', { name: 'Only what was reported' }).getAttribute('aria-pressed')).resolves.toBe('true');
    } finally {
      await close();
    }
  });

  test.each([320, 375, 414])('no horizontal scroll at %i px, with the filters open and a selection', async (width) => {
    const { page, close } = await openPage(app, '?sel=north-korea-nuclear', { viewport: { width, height: 800 }, hasTouch: true, isMobile: true });
    try {
      await page.getByRole('button', { name: 'Filters' }).click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
    } finally {
      await close();
    }
  });
});

/** What a reader sees of the state: search text, pressed buttons, the chip, the timeline window. */
async function snapshot(page: import('playwright-core').Page) {
  return {
    query: await page.getByRole('searchbox', { name: 'Search' }).inputValue(),
    pressed: await page.locator('button[aria-pressed="true"]').allTextContents(),
    chip: await page.getByRole('button', { name: /^Clear selection:/ }).getAttribute('aria-label'),
    theme: await page.evaluate(() => document.documentElement.dataset.theme ?? 'auto'),
    checked: await page.locator('input[type="checkbox"]:checked').count(),
    timeline: await page.locator('#timeline').getByText(/^Showing /).textContent(),
  };
}
