/**
 * Runs one view's layout in a worker thread, bundled by layoutTimes.ts: a layout that never
 * ends can then be stopped (worker.terminate) instead of stalling the bench.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadStory } from '../../src/build/story/readStory.ts';
import { generateStory } from '../../src/lib/bench/generateStory.ts';
import { layoutTimeline } from '../../src/lib/layout/timeline.ts';
import { layoutStances } from '../../src/lib/layout/stances.ts';
import { layoutReactions, reactionsLayouts } from '../../src/lib/layout/reactions/layoutReactions.ts';
import type { Story } from '../../src/lib/story/types.ts';
import type { LayoutJobKind } from './benchTypes.ts';

export interface LayoutJob {
  root: string;
  view: LayoutJobKind;
  factor: number;
  seed: number;
  width: number;
  /** Timed runs wanted after the warm-up… */
  runs: number;
  /** …unless they would take longer than this in all. */
  budgetMs: number;
}

export interface LayoutReply {
  /** The warm-up run (includes JIT compilation). */
  first: number;
  /** The timed runs. */
  times: number[];
}

const LAYOUTS: Record<LayoutJobKind, (story: Story, width: number) => unknown> = {
  timeline: (story, width) => layoutTimeline(story, { width }),
  matrix: (story, width) => layoutStances(story, { width }),
  network: (story, width) => layoutReactions(story, { width }),
  // What the build does: every breakpoint, whatever the width.
  'network-build': (story) => reactionsLayouts(story),
};

const job = workerData as LayoutJob;
const story = generateStory(loadStory(job.root), job.factor, job.seed);
const layout = LAYOUTS[job.view];

const time = () => {
  const t0 = performance.now();
  layout(story, job.width);
  return performance.now() - t0;
};
const first = time();
const times: number[] = [];
let spent = first;
while (times.length < job.runs && spent + first < job.budgetMs) {
  const t = time();
  times.push(t);
  spent += t;
}
parentPort!.postMessage({ first, times } satisfies LayoutReply);
