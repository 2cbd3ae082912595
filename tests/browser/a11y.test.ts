/**
 * axe-core in real Chromium: zero violations in light and dark, at phone and desktop widths,
 * with nothing selected, with a selection active, and with the source panel open.
 */
import { describe, expect, test } from 'vitest';
import { available, openPage, useApp, axeViolations } from './harness.ts';

const app = useApp();

const CASES = [375, 1280].flatMap((width) =>
  (['light', 'dark'] as const).flatMap((theme) => [
    { width, theme, state: 'plain', path: '' },
    { width, theme, state: 'selection', path: '?sel=north-korea-nuclear' },
    { width, theme, state: 'panel', path: '?sel=trump-hints-kim-meeting', openPanel: true },
  ]),
);

describe.skipIf(!available)('accessibility (axe-core)', () => {
  test.each(CASES)('$width px, $theme, $state', async ({ width, theme, path, openPanel }) => {
    const { page, errors, close } = await openPage(app, path, { viewport: { width, height: 900 }, colorScheme: theme });
    try {
      if (openPanel) {
        await page.locator('#timeline [data-id="trump-hints-kim-meeting"]').first().click();
        await page.getByRole('dialog').waitFor();
      }
      expect(await axeViolations(page)).toEqual([]);
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
