/**
 * `npm run bench`: prints each figure beside its budget (sizes; what Chromium fetches and
 * Lighthouse's scores, with the build served gzip-compressed as a host serves it) and how each
 * view scales with the story (layout in node, render, selection and filter in Chromium), and
 * writes them to tests/bench/results/latest.json. Times are printed, never asserted; the one
 * check is that the real story (1×) lays out and renders in every view. The machine's load
 * average is printed with the figures: on a busy machine Lighthouse's simulated times grow.
 *
 * While working on one part, `BENCH_PARTS=layouts,pages BENCH_FACTORS=1,10` runs only those
 * (parts: sizes, fetched, lighthouse, layouts, pages) and leaves latest.json alone.
 */
import { expect, test } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { loadStory } from '../../src/build/story/readStory.ts';
import { generateStory } from '../../src/lib/bench/generateStory.ts';
import { hasChromium, launchChromium, CHROMIUM_PATH } from '../browser/chromium.ts';
import { serveCompressed } from './serveCompressed.ts';
import { firstLoad, scrolledThrough } from './transfer.ts';
import { FACTORS as ALL_FACTORS, LAYOUT_JOBS, LAYOUT_WIDTH, SEED, VIEWS, type LayoutJobKind, type Timing, type View } from './benchTypes.ts';
import { NETWORK_WIDTHS } from '../../src/lib/layout/reactions/index.ts';
import { buildLayoutWorker, timeLayout } from './layoutTimes.ts';
import { serveBenchPage, timeRender } from './renderTimes.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { measureSizes, type SizeReport } from './sizes.ts';
import { curveLines, fetchedLines, lighthouseLines, scaleRow, showTiming, sizeLines, tableLines, type FetchedReport, type Series } from './report.ts';

const ROOT = process.cwd();
const OUT_DIR = process.env.OUT_DIR ?? 'dist';
/** Past this, a layout or a page is stopped and reported as not finishing. */
const CAP_MS = 10_000;
const BUILD_CAP_MS = 60_000;
const LAYOUT_RUNS = 7;
const listed = (name: string) => process.env[name]?.split(',').map((v) => v.trim()).filter(Boolean);
const ALL_PARTS = ['sizes', 'fetched', 'lighthouse', 'layouts', 'pages'];
const PARTS = new Set(listed('BENCH_PARTS') ?? ALL_PARTS);
const FACTORS = (listed('BENCH_FACTORS')?.map(Number) ?? [...ALL_FACTORS]).filter((f) => (ALL_FACTORS as readonly number[]).includes(f));
const PARTIAL = ALL_PARTS.some((p) => !PARTS.has(p)) || FACTORS.length < ALL_FACTORS.length;
const loadAverage = () => loadavg().map((l) => l.toFixed(1)).join(' / ');

const print = (lines: string[]) => console.log(['', ...lines].join('\n'));
const fail = (e: unknown) => ({ error: e instanceof Error ? e.message.split('\n')[0]! : String(e) });
type PerView = Record<View, Record<number, Timing>>;
const perView = (): PerView => ({ timeline: {}, matrix: {}, network: {} });
type PerJob = Record<LayoutJobKind, Record<number, Timing>>;

async function sizes(): Promise<SizeReport | { error: string }> {
  try {
    const report = measureSizes(OUT_DIR);
    print(sizeLines(report));
    return report;
  } catch (e) {
    print(['SIZES', `  not measured: ${fail(e).error}`]);
    return fail(e);
  }
}

/** `run` against the build served gzip-compressed (serveCompressed.ts), as a host serves it. */
async function served<T>(run: (url: string) => Promise<T>): Promise<T | { error: string }> {
  try {
    const server = await serveCompressed(OUT_DIR);
    try {
      return await run(server.url);
    } finally {
      await server.close();
    }
  } catch (e) {
    return fail(e);
  }
}

async function fetched(): Promise<FetchedReport | { error: string }> {
  const result = !hasChromium ? fail(`no Chromium at ${CHROMIUM_PATH}`) : await served(async (url) => {
    const browser = await launchChromium();
    try {
      return { phone: await firstLoad(browser, url), desktop: await scrolledThrough(browser, url) };
    } finally {
      await browser.close();
    }
  });
  print(fetchedLines(result));
  return result;
}

async function lighthouse(): Promise<LighthouseResult | { error: string }> {
  const result = await served((url) => runLighthouse(ROOT, url));
  print(lighthouseLines(result));
  return result;
}

async function layouts(): Promise<PerJob> {
  const out: PerJob = { ...perView(), 'network-build': {} };
  if (!PARTS.has('layouts')) return out;
  const worker = await buildLayoutWorker(ROOT);
  try {
    for (const factor of FACTORS) {
      for (const view of LAYOUT_JOBS) {
        // The build's own run (every breakpoint) happens once per build, not per reader: a longer cap.
        const cap = view === 'network-build' ? BUILD_CAP_MS : CAP_MS;
        out[view][factor] = await timeLayout(worker.file, { root: ROOT, view, factor, seed: SEED, width: LAYOUT_WIDTH, runs: LAYOUT_RUNS }, cap);
      }
    }
  } finally {
    worker.dispose();
  }
  return out;
}

interface Rendered {
  render: PerView;
  select: PerView;
  filter: PerView;
  /** Explorer construction, once per size (the page's, shared by every view). */
  index: Record<number, Timing>;
  /** The network's layouts computed in the page before its mount (build time in the real app). */
  prepare: Record<number, Timing>;
  /** Elements each view put into the page; null where it did not render. */
  elements: Record<View, Record<number, number | null>>;
}

async function renders(): Promise<Rendered | { error: string }> {
  if (!PARTS.has('pages')) return { error: 'not run (BENCH_PARTS)' };
  if (!hasChromium) return { error: `no Chromium at ${CHROMIUM_PATH}` };
  const out: Rendered = { render: perView(), select: perView(), filter: perView(), index: {}, prepare: {}, elements: { timeline: {}, matrix: {}, network: {} } };
  let t0 = Date.now();
  const page = await serveBenchPage(ROOT);
  const browser = await launchChromium();
  console.log(`  bench page built and served in ${Math.round((Date.now() - t0) / 1000)} s`);
  try {
    for (const factor of FACTORS) {
      for (const view of VIEWS) {
        t0 = Date.now();
        const r = await timeRender(browser, page.url, view, factor, CAP_MS);
        console.log(`  ${view} at ${factor}× in Chromium: ${Math.round((Date.now() - t0) / 1000)} s`);
        for (const key of ['render', 'select', 'filter'] as const) out[key][view][factor] = r[key];
        out.elements[view][factor] = r.elements;
        if ('ms' in r.index) out.index[factor] ??= r.index;
        if (view === 'network') out.prepare[factor] = r.prepare;
      }
    }
  } finally {
    // A renderer still stuck in a view that did not finish must not hold the bench.
    await Promise.race([browser.close(), new Promise((done) => setTimeout(done, 10_000))]);
    await page.close();
  }
  return out;
}

test('bench: sizes, Lighthouse and scaling, each figure beside its budget', async () => {
  const started = Date.now();
  const story = loadStory(ROOT);
  const stories = Object.fromEntries(FACTORS.map((f) => {
    const s = generateStory(story, f, SEED);
    return [f, { events: s.events.length, reactions: s.reactions.length, stances: s.stances.length, actors: s.actors.length, topics: s.topics.length }];
  }));
  const loadAtStart = loadAverage();
  print([`SUMMIT EXPLORER BENCH  ${new Date().toISOString().slice(0, 16)}Z  build: ${OUT_DIR}  node ${process.version}`,
    `load average (1 / 5 / 15 min) ${loadAtStart} on ${cpus().length} cores`]);

  const took: string[] = [];
  const phase = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    const result = await run();
    took.push(`${name} ${Math.round((Date.now() - t0) / 1000)} s`);
    return result;
  };
  const sizeReport = PARTS.has('sizes') ? await sizes() : fail('not run (BENCH_PARTS)');
  const fetchedReport = PARTS.has('fetched') ? await phase('fetched', fetched) : fail('not run (BENCH_PARTS)');
  const lighthouseReport = PARTS.has('lighthouse') ? await phase('Lighthouse', lighthouse) : fail('not run (BENCH_PARTS)');
  const layout = await phase('layouts', layouts);
  const rendered = await phase('pages', () => renders().catch(fail));

  const storyLine = (f: number) => {
    const s = stories[f]!;
    return `  ${`${f}×`.padStart(4)}: ${s.events} events, ${s.reactions} reactions, ${s.stances} stances, ${s.actors} actors, ${s.topics} topics`;
  };
  const series: Series[] = [
    ...VIEWS.map((v) => ({ name: `${v} layout`, timings: layout[v] })),
    { name: `network, ${NETWORK_WIDTHS.length} widths`, timings: layout['network-build'] },
  ];
  const browserSeries: Series[] = 'error' in rendered ? [] : [
    ...VIEWS.map((v) => ({ name: `${v} render`, timings: rendered.render[v] })),
    ...VIEWS.map((v) => ({ name: `${v} select`, timings: rendered.select[v], goal: { factor: 10, ms: 50 } })),
    ...VIEWS.map((v) => ({ name: `${v} filter`, timings: rendered.filter[v], goal: { factor: 10, ms: 50 } })),
  ];
  const elements = 'error' in rendered ? [] : VIEWS.map((v) =>
    scaleRow(v, FACTORS.map((f) => String(rendered.elements[v][f] ?? '–')), FACTORS));
  print([
    `SCALING  (seed ${SEED}; layouts at ${LAYOUT_WIDTH} px in node, median of up to ${LAYOUT_RUNS} runs; pages at 1280 × 900 in Chromium; cap ${CAP_MS / 1000} s, the build's run ${BUILD_CAP_MS / 1000} s)`,
    ...FACTORS.map(storyLine),
    '',
    `Layout in node (the network's at ${LAYOUT_WIDTH} px, then all ${NETWORK_WIDTHS.length} breakpoints as the build runs it)`,
    ...tableLines(series, FACTORS),
    '',
    ...('error' in rendered
      ? [`In Chromium: not measured: ${rendered.error}`]
      : ['In Chromium (to the first paint after: mount, cold; select and filter once settled, median of 9)',
        ...tableLines(browserSeries, FACTORS),
        scaleRow('explorer index', FACTORS.map((f) => showTiming(rendered.index[f])), FACTORS),
        scaleRow('network layouts (page)', FACTORS.map((f) => showTiming(rendered.prepare[f])), FACTORS),
        '', 'Elements in the page', ...elements]),
    '',
    'GROWTH CURVE (log scale: equal steps are equal ratios)',
    ...curveLines([...series, ...browserSeries], FACTORS),
    '',
    `bench took ${Math.round((Date.now() - started) / 1000)} s (${took.join(', ')}); load average at the start ${loadAtStart}, at the end ${loadAverage()}`,
  ]);

  const results = { date: new Date().toISOString(), node: process.version, loadAverage: { start: loadAtStart, end: loadAverage() }, outDir: OUT_DIR, seed: SEED, stories, sizes: sizeReport, fetched: fetchedReport, lighthouse: lighthouseReport, layout, browser: rendered };
  mkdirSync(resolve(ROOT, 'tests/bench/results'), { recursive: true });
  writeFileSync(resolve(ROOT, `tests/bench/results/${PARTIAL ? 'partial' : 'latest'}.json`), JSON.stringify(results, null, 2) + '\n');

  // The real story must work in every view; everything bigger is measured, not judged.
  for (const view of VIEWS) {
    if (PARTS.has('layouts') && FACTORS.includes(1)) expect(layout[view][1], `${view} layout at 1×`).toHaveProperty('ms');
    if (!('error' in rendered) && FACTORS.includes(1)) expect(rendered.render[view][1], `${view} render at 1×`).toHaveProperty('ms');
  }
});
