/**
 * Render and interaction times in Chromium: the bench page is built as the app is (production
 * Svelte with runes, the story as `virtual:story`), served on loopback, and opened once per
 * view and size in a fresh context, so a view that hangs is closed and reported.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Browser } from 'playwright-core';
import { storyData } from '../../src/build/story/storyPlugin.ts';
import { serveBuild } from '../browser/server.ts';
import type { PageResult, Timing, View } from './benchTypes.ts';

export interface BenchPage {
  url: string;
  close: () => Promise<void>;
}

/**
 * Build tests/bench/bench.html into a temporary folder and serve it. Not through
 * vite.config.ts: its prerender step expects the app's own pages in the output.
 */
export async function serveBenchPage(root: string): Promise<BenchPage> {
  const outDir = mkdtempSync(join(tmpdir(), 'summit-bench-page-'));
  // Vitest sets NODE_ENV=test, under which Vite builds Svelte's development mode (checks,
  // stack traces on every signal): several times slower than what readers get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      mode: 'production',
      configFile: false,
      plugins: [storyData({ fetchJson: false }), svelte({ compilerOptions: { runes: true } })],
      logLevel: 'silent',
      publicDir: false,
      build: { outDir, emptyOutDir: true, rollupOptions: { input: resolve(root, 'tests/bench/bench.html') } },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await serveBuild(outDir);
  return {
    url: new URL('tests/bench/bench.html', server.url).href,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** The page's build-time work may take this many caps: the build runs it once, not per reader. */
const PREPARE_CAPS = 6;

/** Resolves with `value` after `ms`, for racing against a page that may not answer. */
const after = <T>(ms: number, value: T) => new Promise<T>((done) => setTimeout(() => done(value), ms));

/** A page's figures as the runner keeps them: each one a time or why there is none. */
export interface RenderTimings {
  render: Timing;
  select: Timing;
  filter: Timing;
  index: Timing;
  /** Build-time work the page did before mounting (the network's layouts), in the browser. */
  prepare: Timing;
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
  const out: RenderTimings = { render: cap, select: cap, filter: cap, index: cap, prepare: cap, elements: null };
  const unprepared = { error: `layouts did not finish in ${(PREPARE_CAPS * capMs) / 1000} s` };
  const read = () => page.evaluate(() => window.benchResult);
  // The timeout is kept here, not in the page: a renderer busy in one long task runs no timers.
  const wait = (done: boolean) =>
    Promise.race([
      page.waitForFunction((d) => window.benchResult !== undefined && (!d || !window.benchResult.ok || window.benchResult.done), done,
        { timeout: 0, polling: 100 }),
      after(capMs, 'cap').then(() => { throw new TimeoutError(); }),
    ]);
  // Build-time work (nine network layouts) gets a cap of its own, so it never eats the render's.
  const prepared = () =>
    Promise.race([
      page.waitForFunction(() => window.benchPrepared === true || window.benchResult !== undefined, undefined, { timeout: 0, polling: 100 }),
      after(PREPARE_CAPS * capMs, 'cap').then(() => { throw new TimeoutError(); }),
    ]);
  const failed = (r: PageResult | undefined): r is { ok: false; error: string } => !!r && !r.ok;
  try {
    await page.goto(`${pageUrl}?view=${view}&factor=${factor}`, { waitUntil: 'commit', timeout: capMs });
    // From here on the page may be busy for good: every wait races the cap.
    await prepared().catch((e: unknown) => {
      if (isTimeout(e)) Object.assign(out, { render: unprepared, select: unprepared, filter: unprepared, index: unprepared, prepare: unprepared });
      throw e;
    });
    await wait(false);
    let r = await read();
    if (failed(r)) throw new Error(errors[0] ?? r.error);
    if (!r?.ok) throw new Error('no result');
    Object.assign(out, { render: { ms: r.render }, index: { ms: r.index }, prepare: { ms: r.prepare }, elements: r.elements });
    await wait(true);
    r = await read();
    if (failed(r)) throw new Error(errors[0] ?? r.error);
    if (r?.ok && r.select !== null && r.filter !== null) Object.assign(out, { select: { ms: r.select }, filter: { ms: r.filter } });
  } catch (e) {
    if (!isTimeout(e)) {
      const error = { error: (e instanceof Error ? e.message : String(e)).split('\n')[0]! };
      for (const key of ['render', 'select', 'filter', 'index', 'prepare'] as const) if (!('ms' in out[key])) out[key] = error;
    }
  } finally {
    // A renderer stuck in a long task may not answer a polite close; do not wait for it forever.
    await Promise.race([context.close(), after(5_000, undefined)]);
  }
  return out;
}
