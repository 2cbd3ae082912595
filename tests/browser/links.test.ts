/**
 * Links that land, in Chromium, as a reader who opens a link a friend sent: the item it
 * names is scrolled into view, lit and its source open, at a phone's width and a desktop's,
 * in a view hydrated at once (the timeline) and in one still asleep below (the matrix); the
 * "Selected" chip goes back to the item; Copy link copies the address, or shows it to copy by
 * hand where the clipboard is refused; the skip link moves focus to the timeline; the pages
 * carry the preview tags, and their card is a real 1200 × 630 PNG. On the project's own
 * story, as the build serves it.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { available, openPage, useApp } from './harness.ts';
import { share } from '../../src/lib/strings.ts';
import { META } from '../fixtures/meta.ts';
import { pngSize } from '../fixtures/png.ts';

const app = useApp();

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const DEVICES = [['a phone', PHONE], ['a desktop', DESKTOP]] as const;

/** Where an element sits in the viewport, and whether it has focus. */
function place(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: innerHeight, focused: document.activeElement === el };
  });
}

/** Fully within the viewport's height. */
const inView = (p: { top: number; bottom: number; height: number }) => p.top >= 0 && p.bottom <= p.height;

describe.skipIf(!available)('links that land', () => {
  test.each(DEVICES)('on %s, a shared link to an event scrolls to it, lights it and opens its source', async (_name, device) => {
    const { page, errors, close } = await openPage(app, '?sel=japan-cautious-on-nk', device, { hydrateAll: false, keepSource: true });
    try {
      const dialog = page.getByRole('dialog', { name: 'Japan stays cautious on North Korea–US talks' });
      await dialog.waitFor();
      const mark = '#timeline [data-id="japan-cautious-on-nk"]';
      await expect(page.locator(mark).getAttribute('class')).resolves.toMatch(/\bselected\b/);
      const at = await place(page, mark);
      expect(inView(at), JSON.stringify(at)).toBe(true);
      // The page was scrolled to it: the timeline does not start a screen down.
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
      if (device.viewport.width > 1000) {
        // Beside the side sheet, not under it.
        const sheet = await dialog.boundingBox();
        expect(at.right).toBeLessThanOrEqual(sheet!.x);
      }
      // Closing the source gives focus to the item, still in view.
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const after = await place(page, mark);
      expect(after.focused).toBe(true);
      expect(inView(after)).toBe(true);
      expect(new URL(page.url()).searchParams.get('sel')).toBe('japan-cautious-on-nk');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test.each(DEVICES)('on %s, a link to a matrix cell wakes the matrix below the fold and lands on the cell', async (_name, device) => {
    const { page, errors, close } = await openPage(app, '?sel=stance-north-korea:us', device, { hydrateAll: false, keepSource: true });
    try {
      const dialog = page.getByRole('dialog', { name: 'North Korea: Open to meeting Kim Jong-un' });
      await dialog.waitFor();
      await page.locator('[data-island="stances"][data-ready]').waitFor({ state: 'attached' });
      const cell = '#stances [data-key="stance-north-korea/second"]';
      await expect(page.locator(cell).getAttribute('aria-selected')).resolves.toBe('true');
      expect(inView(await place(page, cell))).toBe(true);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await place(page, cell)).toMatchObject({ focused: true });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a plain link lands at the top and loads none of this code', async () => {
    const { page, close } = await openPage(app, '', PHONE, { hydrateAll: false });
    try {
      const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
      expect(scripts.filter((s) => /\/link-[\w-]+\.js$/.test(s))).toEqual([]);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    } finally {
      await close();
    }
  });

  test('the "Selected" chip goes to the item: scrolled into view and focused', async () => {
    const { page, errors, close } = await openPage(app, '', DESKTOP);
    try {
      await page.locator('#reactions [data-id="yoshimasa-hayashi"]').first().click();
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
      await page.evaluate(() => scrollTo(0, 0));
      const mark = '#reactions [data-id="yoshimasa-hayashi"]';
      expect(inView(await place(page, mark))).toBe(false);

      await page.getByRole('button', { name: /^Selected: / }).click();
      await expect.poll(() => place(page, mark).then((p) => p.focused)).toBe(true);
      expect(inView(await place(page, mark))).toBe(true);
      await expect(page.getByRole('dialog').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('Copy link puts the page address with its state on the clipboard and says so', async () => {
    const { page, errors, close } = await openPage(app, '?sel=summit&theme=dark', DESKTOP);
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
      await page.getByRole('button', { name: 'Copy link' }).click();
      await page.getByText(share.copied, { exact: true }).first().waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
      expect(new URL(page.url()).search).toBe('?sel=summit&theme=dark');
      await expect(page.locator('[role="status"][aria-live="polite"]').first().textContent()).resolves.toBe(share.copied);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('where the clipboard is refused, Copy link shows the link selected in a read-only field', async () => {
    const { page, errors, close } = await openPage(app, '?kind=quote', PHONE);
    try {
      await page.evaluate(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      });
      const button = page.getByRole('button', { name: 'Copy link' });
      await button.click();
      const field = page.getByRole('textbox', { name: share.fieldLabel });
      await field.waitFor();
      expect(await field.inputValue()).toBe(page.url());
      expect(await field.getAttribute('readonly')).not.toBeNull();
      const selection = await field.evaluate((el: HTMLInputElement) => ({
        focused: document.activeElement === el, start: el.selectionStart, end: el.selectionEnd, length: el.value.length,
      }));
      expect(selection).toEqual({ focused: true, start: 0, end: selection.length, length: selection.length });
      // Fits the phone: the page never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await page.getByRole('button', { name: share.done }).click();
      await field.waitFor({ state: 'detached' });
      expect(await button.evaluate((el) => document.activeElement === el)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test.each(DEVICES)('on %s, the skip link moves focus to the timeline figure', async (_name, device) => {
    const { page, close } = await openPage(app, '', device, { hydrateAll: false });
    try {
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to the timeline' });
      expect(await skip.evaluate((el) => document.activeElement === el)).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('timeline');
      expect(inView(await place(page, '#timeline h2'))).toBe(true);
      // The next Tab goes on into the timeline's controls, not back to the top of the page.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('#timeline'))).toBe(true);
    } finally {
      await close();
    }
  });

  test.each([['the full page', ''], ...['timeline', 'stances', 'reactions'].map((v) => [`embed/${v}.html`, `embed/${v}.html`])])(
    '%s carries the link-preview tags, and its card is a real 1200 × 630 PNG of the story',
    async (_name, path) => {
      const { page, close } = await openPage(app, path, DESKTOP, { hydrateAll: false });
      try {
        const tag = (key: string) => page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).getAttribute('content');
        await expect(tag('og:title')).resolves.toBe(META.title);
        await expect(tag('og:description')).resolves.toBe(META.description);
        await expect(tag('twitter:card')).resolves.toBe('summary_large_image');
        // The story gives no canonical address, so the page names none.
        await expect(page.locator('head meta[property="og:url"]').count()).resolves.toBe(0);
        const image = (await tag('og:image'))!;
        expect(image).toMatch(/^\/assets\/card-[\w-]+\.png$/);

        const response = await page.request.get(new URL(image, app.url).href);
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toBe('image/png');
        expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
        // Chromium decodes it, and it is a picture: white paper, the ink rule along the top,
        // and the title's dark letters.
        const seen = await page.evaluate(async (src) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          const at = (x: number, y: number) => [...ctx.getImageData(x, y, 1, 1).data.slice(0, 3)];
          const title = ctx.getImageData(64, 100, 700, 140).data;
          let dark = 0;
          for (let i = 0; i < title.length; i += 4) if (title[i]! + title[i + 1]! + title[i + 2]! < 150) dark++;
          return { width: img.naturalWidth, height: img.naturalHeight, paper: at(1150, 300), rule: at(600, 3), dark: dark / (title.length / 4) };
        }, image);
        expect(seen).toMatchObject({ width: 1200, height: 630, paper: [255, 255, 255] });
        expect(Math.max(...seen.rule)).toBeLessThan(60);
        expect(seen.dark).toBeGreaterThan(0.05);
      } finally {
        await close();
      }
    },
  );
});
