/**
 * What a reader's browser actually fetches from a served build (serveCompressed.ts), in
 * Chromium: a phone's first load, no scrolling, and a desktop reader who scrolls the whole
 * page through. Bytes are the response bodies as they crossed the wire (gzipped where the
 * server compressed them; headers not counted), so they compare with sizes.ts's figures.
 * Shared by the bench (printed) and tests/browser/served.test.ts (the budgets, in `npm test`).
 */
import type { Browser, BrowserContextOptions, Page, Request } from 'playwright-core';
import { BUDGETS } from './sizes.ts';

const KB = 1024;

/** The issue's budgets for what is fetched, gzipped as served. */
export const TRANSFER_BUDGETS = {
  /** JavaScript a phone fetches before the reader scrolls: the page's first load (sizes.ts). */
  phoneJs: BUDGETS.js,
  /** Everything scrolled through on a desktop. */
  desktopJs: 55 * KB,
  desktopCss: 8 * KB,
} as const;

export const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

export interface Fetched {
  /** Path on the server, e.g. assets/core-abc123.js */
  file: string;
  /** Chromium's resource type: script, stylesheet, fetch, document, image… */
  type: string;
  /** The body as transferred (gzipped when the server compressed it). */
  bytes: number;
  gzip: boolean;
}

export interface Transfer {
  /** Every response from the page's origin, in the order they finished. */
  files: Fetched[];
  js: number;
  css: number;
  /**
   * Stylesheets the page fetched although it had their rules already: the same file fetched
   * again, or a file whose whole text another stylesheet it fetched holds (a part of a merged
   * sheet), each with the reason.
   */
  repeatedStyles: string[];
  /**
   * The page's largest contentful paint as Chromium reports it, unthrottled: the element (a
   * short selector and its text) and when. Lighthouse names it too, but its gatherer fails in
   * this Chromium (the bench lists such audits).
   */
  lcp: { element: string; ms: number } | null;
}

const sum = (files: Fetched[], type: string) => files.filter((f) => f.type === type).reduce((n, f) => n + f.bytes, 0);

/** Records the page's same-origin responses; `settled` waits for the network to stay quiet. */
function record(page: Page, origin: string) {
  const files: Fetched[] = [];
  const styles: { file: string; text: string }[] = [];
  const pending: Promise<void>[] = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  const ours = (r: Request) => r.url().startsWith(origin);
  page.on('request', (r) => {
    if (!ours(r)) return;
    inFlight++;
    lastActivity = Date.now();
  });
  const ended = () => {
    inFlight--;
    lastActivity = Date.now();
  };
  page.on('requestfailed', (r) => { if (ours(r)) ended(); });
  page.on('requestfinished', (r) => {
    if (!ours(r)) return;
    pending.push((async () => {
      try {
        const response = await r.response();
        const sizes = await r.sizes();
        const file = decodeURIComponent(new URL(r.url()).pathname.slice(1)) || 'index.html';
        const type = r.resourceType();
        files.push({ file, type, bytes: sizes.responseBodySize, gzip: (await response?.headerValue('content-encoding')) === 'gzip' });
        if (type === 'stylesheet' && response) styles.push({ file, text: (await response.text()).trim() });
      } finally {
        ended();
      }
    })());
  });
  return {
    /** Resolves once no request has been in flight for `quietMs` (or after `capMs`). */
    async settled(quietMs = 500, capMs = 15_000) {
      const end = Date.now() + capMs;
      while (Date.now() < end && (inFlight > 0 || Date.now() - lastActivity < quietMs)) await page.waitForTimeout(50);
      await Promise.all(pending);
    },
    result(lcp: Transfer['lcp'] = null): Transfer {
      const repeatedStyles: string[] = [];
      const seen = new Map<string, number>();
      for (const s of styles) seen.set(s.file, (seen.get(s.file) ?? 0) + 1);
      for (const [file, n] of seen) if (n > 1) repeatedStyles.push(`${file}: fetched ${n} times`);
      const distinct = [...new Map(styles.map((s) => [s.file, s])).values()];
      for (const s of distinct) {
        const holder = distinct.find((o) => o.file !== s.file && s.text.length > 0 && o.text.includes(s.text));
        if (holder) repeatedStyles.push(`${s.file}: already in ${holder.file}`);
      }
      return { files, js: sum(files, 'script'), css: sum(files, 'stylesheet'), repeatedStyles, lcp };
    },
  };
}

declare global {
  interface Window {
    benchLcp?: { element: string; ms: number };
  }
}

/** Keeps the latest largest-contentful-paint entry on `window.benchLcp` (runs in the page). */
function watchLcp() {
  new PerformanceObserver((list) => {
    const entry = list.getEntries().at(-1) as PerformanceEntry & { element?: Element | null };
    const el = entry.element;
    const name = !el ? '(removed)' : `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    const text = el?.textContent?.trim().replace(/\s+/g, ' ').slice(0, 40) ?? '';
    window.benchLcp = { element: text ? `${name} "${text}"` : name, ms: entry.startTime };
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

async function open(browser: Browser, url: string, options: BrowserContextOptions) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.addInitScript(watchLcp);
  const recorder = record(page, new URL(url).origin);
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('#app[data-ready]').waitFor({ state: 'attached', timeout: 20_000 });
  await recorder.settled();
  return { page, recorder, close: () => context.close() };
}

/** A phone's first load of `url`: everything fetched before the reader scrolls or touches anything. */
export async function firstLoad(browser: Browser, url: string, options: BrowserContextOptions = PHONE): Promise<Transfer> {
  const { page, recorder, close } = await open(browser, url, options);
  try {
    return recorder.result(await page.evaluate(() => window.benchLcp ?? null));
  } finally {
    await close();
  }
}

/**
 * A reader who scrolls `url` through to the bottom, a screen at a time, waiting at each
 * screen as a reader would (the views below the fold load as they come near), until every
 * island is live and the network is quiet.
 */
export async function scrolledThrough(browser: Browser, url: string, options: BrowserContextOptions = DESKTOP): Promise<Transfer> {
  const { page, recorder, close } = await open(browser, url, options);
  try {
    for (let screens = 0; screens < 100; screens++) {
      const atBottom = await page.evaluate(() => {
        scrollBy(0, Math.round(innerHeight * 0.8));
        return scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
      });
      await page.waitForTimeout(100);
      if (atBottom) break;
    }
    // Every view's island live (the page's own, PageRoot, is mounted and never marked).
    await page.waitForFunction(() => document.querySelector('[data-island]:not([data-ready]):has(> figure)') === null, undefined, { timeout: 20_000 });
    await recorder.settled();
    return recorder.result();
  } finally {
    await close();
  }
}
