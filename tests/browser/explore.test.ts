/**
 * The explorer as a reader uses it in Chromium: deep links restore the whole state, Back and
 * Forward work, and a 320 px phone never scrolls sideways.
 */
import { describe, expect, test } from 'vitest';
import { available, hydrateIslands, openPage, useApp, axeViolations } from './harness.ts';
import { reactions, stances, timeline } from '../../src/lib/strings.ts';

const app = useApp();

describe.skipIf(!available)('explore in a real browser', () => {
  // What a reader sees (innerText skips what CSS hides), in each view's help paragraph.
  const HELP = { timeline: '#timeline .help', stances: '#stances .help', reactions: '#reactions .help' } as const;
  test.each([
    { reader: 'a phone (touch)', options: { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true }, want: { timeline: timeline.touchHint, stances: stances.touchHint, reactions: reactions.touchHint } },
    { reader: 'a laptop (mouse and keys)', options: { viewport: { width: 1280, height: 800 } }, want: { timeline: timeline.keysHint, stances: stances.keysHint, reactions: reactions.hint } },
  ])('on $reader each view’s help speaks of what the reader has in hand', async ({ options, want }) => {
    const { page, errors, close } = await openPage(app, '', options);
    try {
      for (const [view, selector] of Object.entries(HELP) as Array<[keyof typeof HELP, string]>) {
        expect(await page.locator(selector).innerText(), view).toBe(want[view]);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

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
      // Live again, every view included (the lower ones hydrate as a reader scrolls to them).
      await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
      // The link names an item: it lands there with its source open, which the reader closes.
      await page.getByRole('dialog').getByRole('button', { name: /Close/ }).click();
      await hydrateIslands(page);
      // The filter panel's being open is not state worth a URL: open it again to compare.
      await page.getByRole('button', { name: 'Filters' }).click();
      expect(await snapshot(page)).toEqual(before);
      expect(errors).toEqual([]);
      await page.waitForLoadState('networkidle');
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

  test('on a phone a finger drag pans the timeline and a pinch zooms it', async () => {
    const { page, close } = await openPage(app, '?t=2025-08-01~2025-10-01', { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
    try {
      const showing = page.locator('#timeline').getByText(/^Showing /);
      const before = await showing.textContent();
      await page.locator('#timeline .plot').scrollIntoViewIfNeeded();
      const plot = await page.locator('#timeline .plot').boundingBox();
      const y = plot!.y + plot!.height / 2;
      const cdp = await page.context().newCDPSession(page);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
        cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
      // Drag right to left: later dates come into view.
      await touch('touchStart', [{ x: 300, y }]);
      for (let x = 290; x >= 150; x -= 10) await touch('touchMove', [{ x, y }]);
      await touch('touchEnd', []);
      await expect.poll(() => showing.textContent()).not.toBe(before);
      const panned = new URL(page.url()).searchParams.get('t')!;
      expect(panned > '2025-08-01~2025-10-01').toBe(true);
      // Pinch out: two fingers move apart, the window narrows.
      const width = (t: string) => { const [a, b] = t.split('~'); return Date.parse(b!) - Date.parse(a!); };
      await touch('touchStart', [{ x: 150, y }, { x: 220, y }]);
      for (let d = 10; d <= 100; d += 10) await touch('touchMove', [{ x: 150 - d, y }, { x: 220 + d, y }]);
      await touch('touchEnd', []);
      await expect.poll(() => width(new URL(page.url()).searchParams.get('t') ?? '2025-06-01~2027-01-01')).toBeLessThan(width(panned));
    } finally {
      await close();
    }
  });

  test('forced colours and reduced motion: still no axe violations, and the panel does not animate', async () => {
    const { page, close } = await openPage(app, '?sel=stance-north-korea', { forcedColors: 'active', reducedMotion: 'reduce' });
    try {
      await page.locator('#timeline [data-id="trump-hints-kim-meeting"]').click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      const motion = await dialog.evaluate((d) => {
        const cs = getComputedStyle(d);
        return { animation: cs.animationName, duration: cs.transitionDuration };
      });
      expect(motion.animation).toBe('none');
      expect(motion.duration.split(',').every((t) => parseFloat(t) === 0)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
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
