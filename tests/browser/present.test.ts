/**
 * Presentation mode in real Chromium: a clicker's journey through every step and back, the
 * step in the URL across a reload, full screen on F, the blank screen, the notes window
 * following the presenter, axe, no foreign requests or errors, and screenshots at projector
 * sizes (written to SHOT_DIR, by default tests/screenshots) with the type measured.
 */
import { describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { available, openPage, useApp, axeViolations } from './harness.ts';
import { loadStory } from '../../src/build/story/readStory.ts';
import { present } from '../../src/lib/strings.ts';

const app = useApp();
const shotDir = process.env.SHOT_DIR ?? 'tests/screenshots';
const steps = loadStory(process.cwd()).steps;
const total = steps.length;

const title = (page: Page) => page.locator('h1').textContent();
const stepParam = (page: Page) => new URL(page.url()).searchParams.get('step');

/** Font size in px of the first element matching `selector`. */
const fontSize = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

describe.skipIf(!available)('presentation mode', () => {
  test('PageDown walks through every step and PageUp walks back; the URL and title follow', async () => {
    const { page, errors, foreign, close } = await openPage(app, '?present', { viewport: { width: 1024, height: 768 } });
    try {
      for (let n = 1; n <= total; n++) {
        expect(await title(page)).toBe(steps[n - 1]!.title);
        expect(stepParam(page)).toBe(String(n));
        expect(await page.title()).toBe(present.documentTitle(n, total, steps[n - 1]!.title));
        await expect.poll(() => page.getByTestId('step-counter').textContent()).toBe(`Step ${n} of ${total}`);
        if (n < total) await page.keyboard.press('PageDown');
      }
      // Past the end nothing moves.
      await page.keyboard.press('PageDown');
      expect(await title(page)).toBe(steps[total - 1]!.title);
      for (let n = total; n > 1; n--) await page.keyboard.press('PageUp');
      expect(await title(page)).toBe(steps[0]!.title);
      expect(stepParam(page)).toBe('1');
      expect(errors).toEqual([]);
      await page.waitForLoadState('networkidle');
      expect(foreign).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a reload resumes at the step in the URL; an invalid step starts at 1', async () => {
    const { page, errors, close } = await openPage(app, '?present', { viewport: { width: 1280, height: 800 } });
    try {
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      expect(stepParam(page)).toBe('4');
      await page.reload({ waitUntil: 'networkidle' });
      expect(await title(page)).toBe(steps[3]!.title);
      await page.goto(new URL('?present&step=nope', app.url).href, { waitUntil: 'networkidle' });
      expect(await title(page)).toBe(steps[0]!.title);
      expect(stepParam(page)).toBe('1');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('F requests full screen', async () => {
    const { page, errors, close } = await openPage(app, '?present&step=2');
    try {
      await page.evaluate(() => {
        const w = window as unknown as { fullscreenCalls: number };
        w.fullscreenCalls = 0;
        const original = Element.prototype.requestFullscreen;
        Element.prototype.requestFullscreen = function (this: Element, options?: FullscreenOptions) {
          w.fullscreenCalls++;
          return original.call(this, options).catch(() => undefined);
        };
      });
      await page.keyboard.press('f');
      expect(await page.evaluate(() => (window as unknown as { fullscreenCalls: number }).fullscreenCalls)).toBe(1);
      // Nothing else happened: still on step 2.
      expect(await title(page)).toBe(steps[1]!.title);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('B blanks the screen; any key brings it back without moving on', async () => {
    const { page, errors, close } = await openPage(app, '?present&step=3', { viewport: { width: 1024, height: 768 } });
    try {
      await page.keyboard.press('b');
      const blank = page.getByTestId('blank-screen');
      await expect.poll(() => blank.isVisible()).toBe(true);
      const box = await blank.boundingBox();
      expect(box).toEqual({ x: 0, y: 0, width: 1024, height: 768 });
      expect(await blank.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
      await expect.poll(() => page.getByText(present.blanked).count()).toBe(1);
      await page.keyboard.press('PageDown');
      await expect.poll(() => blank.count()).toBe(0);
      expect(await title(page)).toBe(steps[2]!.title);
      await page.keyboard.press('.');
      await expect.poll(() => blank.count()).toBe(1);
      await page.keyboard.press('q');
      await expect.poll(() => blank.count()).toBe(0);
      expect(await title(page)).toBe(steps[2]!.title);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('arrow keys on a mark belong to the view', async () => {
    const { page, close } = await openPage(app, '?present&step=1', { viewport: { width: 1280, height: 800 } });
    try {
      await page.locator('#timeline [data-id="summit"]').first().focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowLeft');
      expect(await title(page)).toBe(steps[0]!.title);
    } finally {
      await close();
    }
  });

  test('the notes window follows the presenter', async () => {
    const { page, errors, close } = await openPage(app, '?present&step=2', { viewport: { width: 1280, height: 800 } });
    try {
      const notes = await page.context().newPage();
      await notes.goto(new URL('?present&notes&step=1', app.url).href, { waitUntil: 'networkidle' });
      // It asks where the presentation is on opening.
      await expect.poll(() => notes.locator('h1').textContent()).toBe(steps[1]!.title);
      await page.keyboard.press('PageDown');
      await expect.poll(() => notes.locator('h1').textContent()).toBe(steps[2]!.title);
      await expect.poll(() => new URL(notes.url()).searchParams.get('step')).toBe('3');
      // And the presenter follows the notes window.
      await notes.keyboard.press('PageDown');
      await expect.poll(() => title(page)).toBe(steps[3]!.title);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('axe finds no violations on a step at 1024×768, with the notes open', async () => {
    const { page, errors, close } = await openPage(app, '?present&step=3', { viewport: { width: 1024, height: 768 } });
    try {
      await page.keyboard.press('n');
      await page.getByRole('region', { name: present.notes }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  const SHOTS = [
    { width: 1024, height: 768, step: 1 },
    { width: 1024, height: 768, step: 7 },
    { width: 1920, height: 1080, step: 3 },
    { width: 1920, height: 1080, step: 6 },
  ];
  test.each(SHOTS)('at $width×$height step $step is readable from the back of the room', async ({ width, height, step }) => {
    mkdirSync(shotDir, { recursive: true });
    const { page, errors, foreign, close } = await openPage(app, `?present&step=${step}`, { viewport: { width, height } });
    try {
      await page.screenshot({ path: `${shotDir}/present-step${step}-${width}.png` });
      const caption = await fontSize(page, '.caption');
      const quote = await fontSize(page, 'blockquote');
      expect(caption).toBeGreaterThanOrEqual(width >= 1920 ? 28 : 24);
      expect(quote).toBeGreaterThanOrEqual(width >= 1920 ? 24 : 20);
      // Previous and Next stay on screen, as large targets.
      for (const name of [/^Previous/, /^Next/]) {
        const box = (await page.getByRole('button', { name }).boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(height);
        expect(box.height).toBeGreaterThanOrEqual(44);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(errors).toEqual([]);
      await page.waitForLoadState('networkidle');
      expect(foreign).toEqual([]);
    } finally {
      await close();
    }
  });

  test.each([1024, 1920])('the notes window at %i px', async (width) => {
    const height = width === 1920 ? 1080 : 768;
    const { page, errors, close } = await openPage(app, '?present&notes&step=2', { viewport: { width, height } });
    try {
      await page.screenshot({ path: `${shotDir}/present-notes-${width}.png` });
      expect(await fontSize(page, 'li')).toBeGreaterThanOrEqual(width >= 1920 ? 28 : 22);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
