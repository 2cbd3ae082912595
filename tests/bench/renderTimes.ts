/**
 * Render and interaction times in Chromium: the bench page is built with the project's own
 * Vite config (production Svelte, as readers get it), served on loopback, and opened once per
 * view and size in a fresh context, so a view that hangs is closed and reported.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { serveBuild } from '../browser/server.ts';
import type { PageResult, Timing, View } from './benchTypes.ts';

export interface BenchPage {
  url: string;
  close: () => Promise<void>;
}

/** Build tests/bench/bench.html into a temporary folder and serve it. */
export async function serveBenchPage(root: string): Promise<BenchPage> {
  const outDir = mkdtempSync(join(tmpdir(), 'summit-bench-page-'));
  await build({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'silent',
    publicDir: false,
    build: { outDir, emptyOutDir: true, rollupOptions: { input: resolve(root, 'tests/bench/bench.html') } },
  });
  const server = await serveBuild(outDir);
  return {
    url: new URL('tests/bench/bench.html', server.url).href,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Resolves with `value` after `ms`, for racing against a page that may not answer. */
const after = <T>(ms: number, value: T) => new Promise<T>((done) => setTimeout(() => done(value), ms));

/** A page's figures as the runner keeps them: each one a time or why there is none. */
export interface RenderTimings {
  render: Timing;
  select: Timing;
  filter: Timing;
  index: Timing;
  elements: number | null;
}

class TimeoutError extends Error {
  override name = 'TimeoutError';
}
const isTimeout = (e: unknown) => e instanceof Error && e.name === 'TimeoutError';

/**
 * One view at one size. The mount and the interactions each get `capMs`, so a slow
 * interaction does not hide the render time, and a view that hangs is reported as such.
 */
export async function timeRender(browser: Browser, pageUrl: string, view: View, factor: number, capMs: number): Promise<RenderTimings> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cap = { error: `did not finish in ${capMs / 1000} s` };
  const out: RenderTimings = { render: cap, select: cap, filter: cap, index: cap, elements: null };
  const read = () => page.evaluate(() => window.benchResult);
  // The timeout is kept here, not in the page: a renderer busy in one long task runs no timers.
  const wait = (done: boolean) =>
    Promise.race([
      page.waitForFunction((d) => window.benchResult !== undefined && (!d || !window.benchResult.ok || window.benchResult.done), done,
        { timeout: 0, polling: 100 }),
      after(capMs, 'cap').then(() => { throw new TimeoutError(); }),
    ]);
  const failed = (r: PageResult | undefined): r is { ok: false; error: string } => !!r && !r.ok;
  try {
    await page.goto(`${pageUrl}?view=${view}&factor=${factor}`, { waitUntil: 'commit', timeout: capMs });
    // From here on the page may be busy for good: every wait races the cap.
    await wait(false);
    let r = await read();
    if (failed(r)) throw new Error(errors[0] ?? r.error);
    if (!r?.ok) throw new Error('no result');
    Object.assign(out, { render: { ms: r.render }, index: { ms: r.index }, elements: r.elements });
    await wait(true);
    r = await read();
    if (failed(r)) throw new Error(errors[0] ?? r.error);
    if (r?.ok && r.select !== null && r.filter !== null) Object.assign(out, { select: { ms: r.select }, filter: { ms: r.filter } });
  } catch (e) {
    if (!isTimeout(e)) {
      const error = { error: (e instanceof Error ? e.message : String(e)).split('\n')[0]! };
      for (const key of ['render', 'select', 'filter', 'index'] as const) if (!('ms' in out[key])) out[key] = error;
    }
  } finally {
    // A renderer stuck in a long task may not answer a polite close; do not wait for it forever.
    await Promise.race([context.close(), after(5_000, undefined)]);
  }
  return out;
}
