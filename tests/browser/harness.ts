/**
 * Shared set-up for browser tests: one build served on loopback, one Chromium, and pages that
 * record console errors and any request leaving the origin.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { launchChromium, requireChromium } from './chromium.ts';
import { serveBuild } from './server.ts';

export const available = requireChromium();

export interface Session {
  browser: Browser;
  url: string;
}

/**
 * The run's shared Chromium (started once by tests/browser/globalSetup.ts), connected to from
 * this file; a browser of its own where there is none to share (a run without the globalSetup).
 * Closing it disconnects this file and closes the contexts it made, not the shared browser.
 */
export async function sharedChromium(): Promise<Browser> {
  const wsEndpoint = inject('chromiumWsEndpoint');
  return wsEndpoint ? chromium.connect(wsEndpoint) : launchChromium();
}

/** Registers beforeAll/afterAll hooks; read the fields inside tests. */
export function useApp(outDir = process.env.OUT_DIR ?? 'dist'): Session {
  const session = {} as Session;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!available) return;
    // The run's shared preview server when it serves this build; otherwise one for this file.
    const shared = inject('appUrl');
    if (shared && inject('appOutDir') === outDir) session.url = shared;
    else {
      const server = await serveBuild(outDir);
      close = server.close;
      session.url = server.url;
    }
    session.browser = await sharedChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await close?.();
  });
  return session;
}

export interface OpenedPage {
  page: Page;
  errors: string[];
  /**
   * Requests off the page's origin so far. `openPage` returns once the app is live, not once the
   * network is quiet: a test about requests waits for `page.waitForLoadState('networkidle')` first.
   */
  foreign: string[];
  close: () => Promise<void>;
}

/**
 * Brings every island of the full page to life, as a reader scrolling through it would (the
 * views below the fold hydrate as they come near: src/islands.ts), then returns to the top.
 */
export async function hydrateIslands(page: Page): Promise<void> {
  for (const id of await page.locator('[data-island]:not([data-ready]) > figure').evaluateAll((els) => els.map((e) => e.id))) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.locator(`[data-island]:has(> #${id})[data-ready]`).waitFor({ state: 'attached', timeout: 15_000 });
  }
  await page.evaluate(() => scrollTo(0, 0));
}

/** The page's console errors and uncaught exceptions, as they come. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Whether the full page at `path` lands on an item: it names one (`?sel=`, src/components/link/). */
const landsOnItem = (path: string) => !/(^|\/)embed|[?&](embed|present)\b/.test(path) && new URLSearchParams(path.split('?')[1] ?? '').has('sel');

interface Pooled {
  page: Page;
  browser: Browser;
  /** The context options it was made with, other than those a page sets itself (`takePage`). */
  key: string;
  busy: boolean;
}

/**
 * Pages this file has opened and given back, for the next `openPage` with the same context
 * options. Opening a page in a new context cost Chromium about 2.2 CPU-seconds on this machine;
 * loading the app again in a page that had shown it, 0.85 s (tests/TIMINGS.md). A page given
 * back is reset to what a new context would give: no other pages, listeners, cookies,
 * permissions or storage, about:blank, and its HTTP cache off (a new context's cache is empty,
 * so every load still fetches everything, and tests that watch requests see them all).
 */
const pool: Pooled[] = [];

async function newPooled(browser: Browser, key: string, options: BrowserContextOptions): Promise<Pooled> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  // A Content-Security-Policy violation is an error like any other (errorsOf records it).
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await (await context.newCDPSession(page)).send('Network.setCacheDisabled', { cacheDisabled: true });
  const entry = { page, browser, key, busy: false };
  pool.push(entry);
  return entry;
}

/** Resets a page for its next use; a page that cannot be reset is closed and leaves the pool. */
async function giveBack(entry: Pooled): Promise<void> {
  const { page } = entry;
  const context = page.context();
  try {
    await page.removeAllListeners(undefined, { behavior: 'ignoreErrors' });
    context.removeAllListeners();
    for (const other of context.pages()) if (other !== page) await other.close();
    await page.mouse.move(0, 0);
    if (page.url().startsWith('http')) await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); }).catch(() => {});
    await Promise.all([context.clearCookies(), context.clearPermissions()]);
    await page.goto('about:blank');
    entry.busy = false;
  } catch {
    pool.splice(pool.indexOf(entry), 1);
    await context.close().catch(() => {});
  }
}

/** A page with `options`: one this file gave back if there is one, else a page in a new context. */
async function takePage(session: Session, options: BrowserContextOptions): Promise<Pooled> {
  // What a page can change without a new context; every other option makes a context of its own.
  const { viewport, colorScheme = 'light', reducedMotion = 'no-preference', forcedColors = 'none', contrast = 'no-preference', ...fixed } = options;
  const size = viewport ?? { width: 1280, height: 900 };
  const key = JSON.stringify(fixed);
  const entry = pool.find((e) => !e.busy && e.browser === session.browser && e.key === key && !e.page.isClosed())
    ?? (await newPooled(session.browser, key, { ...fixed, viewport: size }));
  entry.busy = true;
  await entry.page.setViewportSize(size);
  await entry.page.emulateMedia({ media: null, colorScheme, reducedMotion, forcedColors, contrast });
  return entry;
}

/**
 * Opens `path` and waits until the page is live, in a page as a new context would give
 * (reused from this file's pool, see `pool`). A link that names an item lands on it, its source
 * panel open: that is waited for too, and the panel closed (the page as a reader leaves it
 * after reading) unless `keepSource`. `close` gives the page back.
 */
export async function openPage(
  session: Session, path = '', options: BrowserContextOptions = {}, { hydrateAll = true, keepSource = false } = {},
): Promise<OpenedPage> {
  const entry = await takePage(session, options);
  const { page } = entry;
  const errors = errorsOf(page);
  const foreign: string[] = [];
  const origin = new URL(session.url).origin;
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  // 'load', then the app's own ready marks: waiting for the network to be quiet as well
  // ('networkidle') cost every page 0.5 s more; the tests about requests wait for it themselves.
  await page.goto(new URL(path, session.url).href, { waitUntil: 'load' });
  // The markup is there before any script runs (prerendered): wait until the app is live.
  if (options.javaScriptEnabled !== false && (await page.locator('#app').count()) > 0) {
    await page.locator('#app[data-ready]').waitFor({ state: 'attached', timeout: 15_000 });
    if (landsOnItem(path)) {
      const source = page.getByRole('dialog');
      await source.waitFor({ timeout: 15_000 });
      if (!keepSource) {
        await page.keyboard.press('Escape');
        await source.waitFor({ state: 'hidden' });
      }
    }
    if (hydrateAll) await hydrateIslands(page);
  }
  return { page, errors, foreign, close: () => giveBack(entry) };
}

/**
 * An offline single file opened from disk with every request that is not a file refused, as
 * on a USB stick in a room without a network; `foreign` lists what it asked for and was refused.
 */
export async function openFile(browser: Browser, file: string): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors = errorsOf(page);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, errors, foreign, close: () => context.close() };
}

/** axe-core's violations on the page (or inside `include`), one readable line each. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  // Every rule still runs; only violations are collected in full (axe keeps one node of each
  // pass and inapplicable result), which roughly halves the time of a run on the full page.
  // A page without frames runs axe in place (legacy mode): the default runs each frame's part
  // and then merges the parts in a blank page of its own, which took about 2.5 s of the
  // 3-3.5 s a full-page check needed (idle machine), for the same rules and result on one frame.
  const oneFrame = page.frames().length === 1;
  const builder = new AxeBuilder({ page }).setLegacyMode(oneFrame).options({ resultTypes: ['violations'] });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
