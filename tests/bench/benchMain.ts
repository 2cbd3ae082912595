/**
 * The bench page: mounts one real view (`?view=timeline|matrix|network`) with a story
 * `?factor=` times the real one, times the mount, a selection and a filter, each to the
 * first frame after it, and leaves the figures on `window.benchResult` for the runner.
 * The story first gets what the build gives the real one (the network's layouts, one per
 * breakpoint); that work is build time, so it is reported apart and not in the render.
 */
import { flushSync, mount, type Component } from 'svelte';
import '../../src/app.css';
import story from 'virtual:story';
import { generateStory } from '../../src/lib/bench/generateStory.ts';
import { withReactionsLayouts } from '../../src/lib/layout/reactions/layoutReactions.ts';
import { Explorer } from '../../src/lib/state/explorer.svelte.ts';
import type { Story } from '../../src/lib/story/types.ts';
import TimelineView from '../../src/components/timeline/TimelineView.svelte';
import StancesView from '../../src/components/stances/StancesView.svelte';
import ReactionsView from '../../src/components/reactions/ReactionsView.svelte';
import { SEED, VIEWS, type View } from './benchTypes.ts';

type ViewProps = { story: Story; explorer: Explorer };

const COMPONENTS: Record<View, Component<ViewProps>> = {
  timeline: TimelineView,
  matrix: StancesView,
  network: ReactionsView,
};

/** What a reader would click in each view, in turn: events, issues, reactions. */
const TARGETS: Record<View, (s: Story) => string[]> = {
  timeline: (s) => s.events.map((e) => e.id),
  matrix: (s) => s.stances.map((x) => x.id),
  network: (s) => s.reactions.map((r) => r.id),
};

/** Interactions are timed this many times each (the median is kept), unless they are slow. */
const REPEATS = 9;
/** Pause between the mount and the first timed interaction. */
const SETTLE_MS = 500;
const REPEAT_BUDGET_MS = 2_000;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Resolves once the browser has painted what is in the DOM now (the frame, then its paint). */
const nextPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

async function timed(action: () => void): Promise<number> {
  const t0 = performance.now();
  action();
  flushSync();
  await nextPaint();
  return performance.now() - t0;
}

async function repeat(action: (i: number) => void): Promise<number> {
  const times: number[] = [];
  let spent = 0;
  while (times.length < REPEATS && spent < REPEAT_BUDGET_MS) {
    const t = await timed(() => action(times.length));
    times.push(t);
    spent += t;
  }
  return median(times);
}

async function run(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const view = params.get('view') as View;
  if (!VIEWS.includes(view)) throw new Error(`unknown view "${view}"`);
  const generated = generateStory(story, Number(params.get('factor') ?? 1), SEED);
  const p0 = performance.now();
  // Only the network reads the layouts; the other views would carry them unread.
  const big = view === 'network' ? withReactionsLayouts(generated) : generated;
  const prepare = view === 'network' ? performance.now() - p0 : 0;
  window.benchPrepared = true;
  const target = document.getElementById('app')!;
  await nextPaint();

  const t0 = performance.now();
  const explorer = new Explorer(big);
  const index = performance.now() - t0;
  // The first mount, cold, as a reader gets it.
  const render = await timed(() => mount(COMPONENTS[view], { target, props: { story: big, explorer } }));
  const mounted = {
    ok: true as const,
    items: { events: big.events.length, reactions: big.reactions.length, stances: big.stances.length },
    index, prepare, render,
    elements: target.querySelectorAll('*').length,
  };
  window.benchResult = { ...mounted, done: false, select: null, filter: null };
  // A reader clicks once the page has settled (the view re-fitted to its measured width,
  // the mount's garbage collected), not in the frame after it appeared.
  await nextPaint();
  await new Promise((done) => setTimeout(done, SETTLE_MS));
  const ids = TARGETS[view](big);
  const select = await repeat((i) => explorer.select(ids[(i * 7) % ids.length]!));
  explorer.clearSelection();
  flushSync();
  // On, off, on…: each toggle is one filter change for every mark.
  const filter = await repeat(() => explorer.toggleFacet('kinds', 'reported'));
  window.benchResult = { ...mounted, done: true, select, filter };
}

run().catch((e: unknown) => {
  window.benchResult = { ok: false, error: e instanceof Error ? e.message : String(e) };
});
