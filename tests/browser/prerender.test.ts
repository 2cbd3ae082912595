/**
 * Prerendering: the built page and each embed carry their views as markup, readable with
 * JavaScript off; with JavaScript on, Svelte hydrates that markup (it adopts the nodes
 * already on screen rather than drawing the page again) and the URL's state applies after.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { available, openPage, useApp } from './harness.ts';

const session = useApp();
const OUT = process.env.OUT_DIR ?? 'dist';

const VIEWS = [
  { path: 'embed/timeline.html', figure: 'timeline', mark: '[data-id="summit"]' },
  { path: 'embed/stances.html', figure: 'stances', mark: '#stance-trade-agriculture-reason' },
  { path: 'embed/reactions.html', figure: 'reactions', mark: '[data-node][data-id="japan-government"]' },
];

describe.runIf(available)('prerendered markup', () => {
  test('the built HTML holds the rendered views, and no inline script', () => {
    for (const file of ['index.html', ...VIEWS.map((v) => v.path)]) {
      const html = readFileSync(join(OUT, file), 'utf8');
      expect(html, file).toMatch(/<div id="app"[^>]*><[a-z!]/);
      expect(html, file).toContain('<svg');
      for (const [, attrs, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        expect(attrs, `${file}: every script is a file`).toMatch(/\bsrc=/);
        expect(code).toBe('');
      }
    }
  });

  test('with JavaScript off, the full page shows every view and its HTML alternative', async () => {
    const { page, close } = await openPage(session, '', { javaScriptEnabled: false });
    try {
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Lee/);
      for (const name of ['From inauguration to the summit and beyond', 'Where the two sides stand', 'Who reacted, and how']) {
        await expect(page.getByRole('heading', { name, level: 2 }).isVisible(), name).resolves.toBe(true);
      }
      // Marks are drawn: events, the three contested issues, the network's nodes.
      expect(await page.locator('#timeline svg [data-id]').count()).toBeGreaterThan(10);
      expect(await page.locator('#reactions svg [data-node]').count()).toBeGreaterThan(10);
      await expect(page.locator('#stances').getByText('North Korea', { exact: false }).first().isVisible()).resolves.toBe(true);
      // The alternatives are in the markup too (tables and lists with the same facts).
      expect(await page.locator('#timeline table tbody tr').count()).toBeGreaterThan(10);
      expect(await page.locator('#reactions li').count()).toBeGreaterThan(5);
      expect((await page.locator('#reactions svg:has([data-node])').boundingBox())!.height).toBeGreaterThan(200);
      // Styled as when live, the page shell included (its code never loads: its styles must).
      const styled = await page.evaluate(() => ({
        navList: getComputedStyle(document.querySelector('header nav ul')!).listStyleType,
        introTop: parseFloat(getComputedStyle(document.querySelector('header.intro')!).paddingTop),
      }));
      expect(styled.navList).toBe('none');
      expect(styled.introTop).toBeGreaterThan(16);
    } finally {
      await close();
    }
  });

  test.each(VIEWS)('with JavaScript off, $path shows its view alone', async ({ path, figure, mark }) => {
    const { page, close } = await openPage(session, path, { javaScriptEnabled: false });
    try {
      await expect(page.locator(`#${figure}`).isVisible()).resolves.toBe(true);
      await expect(page.locator(mark).first().isVisible()).resolves.toBe(true);
      const others = VIEWS.filter((v) => v.figure !== figure).map((v) => `#${v.figure}`).join(', ');
      expect(await page.locator(others).count()).toBe(0);
    } finally {
      await close();
    }
  });
});

describe.runIf(available)('hydration', () => {
  test('adopts the prerendered nodes: the mark on screen before the script runs is the one that answers', async () => {
    // A phone, whose measured width is the one the build drew at: nothing to redraw after.
    const context = await session.browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    // Hold the story back until the prerendered page has been seen and marked.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/assets/story-*.json', async (route) => {
      await held;
      await route.continue();
    });
    try {
      await page.goto(session.url);
      const summit = page.locator('#timeline svg [data-id="summit"]');
      await summit.evaluate((el) => ((el as HTMLElement & { marked?: boolean }).marked = true));
      expect(await page.locator('#app[data-ready]').count()).toBe(0);
      release();
      await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
      // Same node, now live: clicking it selects the summit and opens its sources.
      await expect(summit.evaluate((el) => (el as HTMLElement & { marked?: boolean }).marked)).resolves.toBe(true);
      await summit.click();
      await page.getByRole('dialog').waitFor({ state: 'visible' });
      expect(page.url()).toContain('sel=summit');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('state from the URL applies once hydrated, in the page and in an embed', async () => {
    for (const path of ['?sel=summit', 'embed/timeline.html?sel=summit']) {
      const { page, errors, close } = await openPage(session, path);
      try {
        await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
        await expect(page.locator('#timeline svg [data-id="summit"].selected').count(), path).resolves.toBe(1);
        await expect(page.locator('#timeline svg [data-id="administration-begins"].dimmed').count(), path).resolves.toBe(1);
        expect(errors, path).toEqual([]);
      } finally {
        await close();
      }
    }
  });
});

describe.runIf(available)('islands: the views below the fold load as they come near', () => {
  test('a phone’s first screen fetches only the JavaScript index.html names; scrolling brings the rest, live', async () => {
    const html = readFileSync(join(OUT, 'index.html'), 'utf8');
    const named = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!));
    const context = await session.browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.slice(1)); });
    try {
      await page.goto(session.url, { waitUntil: 'networkidle' });
      await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
      expect(scripts.filter((s) => !named.has(s)), `fetched before any scroll (index.html names ${[...named].join(' ')})`).toEqual([]);
      expect(await page.locator('[data-island="stances"][data-ready]').count()).toBe(0);

      // Scrolled to it, the matrix hydrates and answers a click with its sources.
      await page.locator('#stances').scrollIntoViewIfNeeded();
      await page.locator('[data-island="stances"][data-ready]').waitFor({ state: 'attached' });
      expect(scripts.some((s) => /StancesView/.test(s))).toBe(true);
      // A grid stop's key names its column (`first`: the first side's cell), not the side.
      await page.locator('#stances [role="gridcell"][data-key$="/first"]').first().click();
      await page.getByRole('dialog').waitFor({ state: 'visible' });
      await page.keyboard.press('Escape');

      // Tabbing into the network before it is near also brings it to life.
      await page.locator('#reactions [tabindex="0"]').first().focus();
      await page.locator('[data-island="reactions"][data-ready]').waitFor({ state: 'attached' });
    } finally {
      await context.close();
    }
  });

  test('a selection made before a view hydrates shows in it once it does', async () => {
    const { page, errors, close } = await openPage(session, '?sel=reaction-japan-welcome', { viewport: { width: 412, height: 823 } });
    try {
      await page.locator('#reactions').scrollIntoViewIfNeeded();
      await page.locator('[data-island="reactions"][data-ready]').waitFor({ state: 'attached' });
      await expect(page.locator('#reactions svg [data-id="reaction-japan-welcome"]').first().getAttribute('class')).resolves.toMatch(/selected/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
