/**
 * The stance matrix lays out by its own width in CSS (container queries), so the prerendered
 * figure is the finished picture at every width: with JavaScript off, before and after
 * hydration its height differs by at most 1 %, and inside a news article's 680 px column
 * (embed/stances.html in an iframe) it is the grid and at most 1,400 px tall.
 */
import { describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { available, hydrateIslands, openPage, useApp } from './harness.ts';
import { BREAKPOINTS, layoutStances } from '../../src/lib/layout/stances.ts';
import { harbourStory } from '../fixtures/harbour.ts';

const app = useApp();
const WIDTHS = [1440, 1024, 768, 375];
const COLUMN = 680;
const MAX_EMBED_HEIGHT = 1400;

/** The stances figure's height, the matrix's width and whether its column heads show (the grid). */
async function measure(page: Page | Frame) {
  return page.evaluate(() => {
    const figure = document.querySelector<HTMLElement>('figure#stances')!;
    const matrix = figure.querySelector<HTMLElement>('.matrix')!;
    const heads = figure.querySelector<HTMLElement>('[aria-hidden="true"]:has(> p + p + p)');
    const row = figure.querySelector<HTMLElement>('[role="row"]')!;
    return {
      height: figure.getBoundingClientRect().height,
      matrix: matrix.getBoundingClientRect().width,
      grid: getComputedStyle(row).display === 'grid',
      heads: heads ? getComputedStyle(heads).display !== 'none' : false,
      columns: getComputedStyle(row).gridTemplateColumns,
    };
  });
}

const within1 = (a: number, b: number) => Math.abs(a - b) / Math.max(a, b);

describe.skipIf(!available)('stance matrix: the same picture before, after and without script', () => {
  test.each(WIDTHS)('%i px', async (width) => {
    const viewport = { width, height: 900 };
    const off = await openPage(app, '', { viewport, javaScriptEnabled: false });
    const noScript = await measure(off.page);
    await off.close();

    const on = await openPage(app, '', { viewport }, { hydrateAll: false });
    await on.page.locator('#stances').scrollIntoViewIfNeeded();
    const before = await measure(on.page);
    await hydrateIslands(on.page);
    await on.page.locator('[data-island]:has(> #stances)[data-ready]').waitFor({ state: 'attached' });
    const after = await measure(on.page);
    expect(on.errors).toEqual([]);
    await on.close();

    const mode = width >= 768 ? 'grid' : 'stacked';
    for (const m of [noScript, before, after]) {
      expect(m.grid, `${width}px grid`).toBe(m.matrix >= BREAKPOINTS.grid);
      expect(m.heads).toBe(m.grid);
    }
    expect(after.grid ? 'grid' : 'stacked').toBe(mode);
    expect(within1(noScript.height, after.height), `${noScript.height} vs ${after.height}`).toBeLessThanOrEqual(0.01);
    expect(within1(before.height, after.height), `${before.height} vs ${after.height}`).toBeLessThanOrEqual(0.01);
    // the CSS grid's columns are those layoutStances computes for the export at that width
    if (after.grid) {
      const expected = layoutStances(harbourStory(), { width: after.matrix }).columns.map((c) => c.width);
      const tracks = after.columns.split(' ').map(parseFloat);
      // the grid row has no issue column below `wide`: the heading spans the row instead
      expect(tracks).toHaveLength(expected.length);
      tracks.forEach((t, i) => expect(Math.abs(t - expected[i]!), `column ${i}: ${after.columns}`).toBeLessThanOrEqual(1.5));
    }
  });
});

describe.skipIf(!available)('stance embed in a 680 px column', () => {
  test.each([true, false])('JavaScript %s: the grid, at most 1,400 px tall', async (javaScriptEnabled) => {
    const { page, errors, close } = await openPage(app, '', { viewport: { width: 1280, height: 900 }, javaScriptEnabled }, { hydrateAll: false });
    const src = new URL('embed/stances.html', app.url).href;
    await page.setContent(`<!doctype html><body style="margin:0"><iframe src="${src}" style="width:${COLUMN}px;height:3000px;border:0" title="Stances"></iframe></body>`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame!.waitForSelector('figure#stances [role="row"]');
    if (javaScriptEnabled) await frame!.waitForSelector('[data-ready]', { state: 'attached' }).catch(() => undefined);
    const m = await measure(frame!);
    const height = await frame!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    expect(m.grid).toBe(true);
    expect(height, `embed document ${height}px`).toBeLessThanOrEqual(MAX_EMBED_HEIGHT);
    if (javaScriptEnabled) expect(errors).toEqual([]);
    await close();
  });
});

describe.skipIf(!available)('stance legend: its words never run together', () => {
  // The projector's larger type once made "Aligned" wider than its step and the words met
  // ("AlignedClose"); each step now grows with its word.
  test.each([
    { width: 1920, path: '?theme=projector' },
    { width: 1024, path: '?theme=projector' },
    { width: 1280, path: '' },
    { width: 375, path: '' },
  ])('$width px $path', async ({ width, path }) => {
    const { page, close } = await openPage(app, path, { viewport: { width, height: 900 } }, { hydrateAll: false });
    const boxes = await page.locator('#stances ol li > span').evaluateAll((spans) =>
      spans.map((s) => { const r = s.getBoundingClientRect(); return { text: s.textContent, left: r.left, right: r.right, top: r.top }; }));
    await close();
    expect(boxes.map((b) => b.text)).toEqual(['Aligned', 'Close', 'Apart', 'Opposed']);
    for (let i = 1; i < boxes.length; i++) {
      const [a, b] = [boxes[i - 1]!, boxes[i]!];
      // on the same line, the next word starts at least 6 px after this one ends
      if (Math.abs(a.top - b.top) < 2) expect(b.left - a.right, `${a.text} → ${b.text}`).toBeGreaterThanOrEqual(6);
    }
  });
});
