/**
 * Helpers for tests/browser/harbour.test.ts: a build of a story folder with the project's own
 * Vite config, and what a reader sees of the built timeline and network, read from the page.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { Locator, Page } from 'playwright-core';

/** Builds the story in `storyDir` with the project's own vite.config.ts, as `STORY=… npm run build[:single]` does. */
export async function buildStory(storyDir: string, outDir: string, mode: 'production' | 'single'): Promise<void> {
  const saved = { STORY: process.env.STORY, NODE_ENV: process.env.NODE_ENV };
  process.env.STORY = storyDir;
  // Vitest runs with NODE_ENV=test, which would give a development build of Svelte.
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: resolve('vite.config.ts'), mode, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** Every file below `dir`. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The bounding box of every element matching `selector` in `root`, in page pixels. */
export const boxes = (root: Locator, selector: string) =>
  root.locator(selector).evaluateAll((els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, text: el.textContent ?? '', id: el.closest('[data-id]')?.getAttribute('data-id') ?? '' };
  }));

/** The page's own view of the timeline: lanes top to bottom, and the lane each event's bar sits in. */
export async function timelineLanes(page: Page): Promise<{ lanes: string[]; laneOf: Record<string, string> }> {
  return page.locator('#timeline svg:has(.lane-label)').evaluate((svg) => {
    const lanes = [...svg.querySelectorAll('g.lane')].map((g) => ({ name: g.querySelector('.lane-label')!.textContent!.trim(), top: g.querySelector('line')!.getBoundingClientRect().top }));
    lanes.sort((a, b) => a.top - b.top);
    const laneOf: Record<string, string> = {};
    for (const mark of svg.querySelectorAll('g.event[data-id]')) {
      const r = mark.querySelector('.bar, .fade, .hit')!.getBoundingClientRect();
      const mid = (r.top + r.bottom) / 2;
      laneOf[mark.getAttribute('data-id')!] = lanes.filter((l) => l.top <= mid).at(-1)?.name ?? '';
    }
    return { lanes: lanes.map((l) => l.name), laneOf };
  });
}

/** Each reaction's line, with the ids of the nodes at its two ends (the nearest to each end point). */
export async function edgeEnds(page: Page): Promise<Record<string, [string, string]>> {
  return page.locator('#reactions svg:has([data-node])').evaluate((svg) => {
    const nodes = [...svg.querySelectorAll<SVGGElement>('[data-node]')].map((g) => {
      const m = g.transform.baseVal.consolidate()!.matrix;
      return { id: g.dataset.id!, x: m.e, y: m.f };
    });
    const nearest = (p: DOMPoint) => nodes.reduce((a, b) => (Math.hypot(a.x - p.x, a.y - p.y) <= Math.hypot(b.x - p.x, b.y - p.y) ? a : b)).id;
    const out: Record<string, [string, string]> = {};
    for (const g of svg.querySelectorAll<SVGGElement>('[data-edge="reaction"]')) {
      const line = g.querySelector<SVGPathElement>('path.line')!;
      out[g.dataset.id!] = [nearest(line.getPointAtLength(0)), nearest(line.getPointAtLength(line.getTotalLength()))];
    }
    return out;
  });
}
