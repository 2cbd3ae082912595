/**
 * Hydrating the prerendered full page island by island (see src/prerender/render.ts): the
 * explore bar, the share buttons (Copy link, Embed) and the timeline at once; the stance
 * matrix and the network when they come within a screen of view or take focus, their code
 * loading only then. Until then their markup is the prerendered picture, readable. All
 * islands share one explorer.
 */
import { hydrate, mount } from 'svelte';
import type { Story } from '../lib/story/types.ts';
import { Explorer } from '../lib/state/explorer.svelte.ts';
import type { ViewId } from '../lib/views.ts';
import type { EagerViewId } from '../lib/views/viewFacts.ts';
import Island from '../components/shared/Island.svelte';
import ExploreBar from '../components/explore/ExploreBar.svelte';
import ShareButtons from '../components/explore/ShareButtons.svelte';
import TimelineView from '../components/timeline/TimelineView.svelte';
import PageRoot from '../pages/PageRoot.svelte';
import type { ViewLoaded } from './viewLoaders.ts';
import { viewHeading } from '../lib/story/meta.ts';

/**
 * How each view's island comes to life, as lib/views/viewFacts.ts says (`hydrate`): a view
 * hydrated with the page is imported here, so its code comes with the page's first scripts;
 * the others load only their component when near (their headings are on the page already). Not VIEW_LOADERS:
 * the embeds' loaders also fetch each view's strings, and in the page's first load they would
 * cost some 450 bytes it does not have. A view missing here, or in the wrong list, is a type error.
 */
const AT_ONCE: Record<EagerViewId, ViewLoaded> = {
  timeline: { figure: TimelineView },
};
const WHEN_NEAR: Record<Exclude<ViewId, EagerViewId>, () => Promise<{ default: ViewLoaded['figure'] }>> = {
  stances: () => import('../components/stances/StancesView.svelte'),
  reactions: () => import('../components/reactions/ReactionsView.svelte'),
};

const slot = (name: string) => document.querySelector<HTMLElement>(`[data-island="${name}"]`);

/** Whether the page was prerendered as islands (not in dev or the offline single file). */
export const hasIslands = () => slot('timeline')?.firstChild != null;

/**
 * Runs `then` once `el` is within a screen's height of the viewport, or takes focus. Measured
 * on scroll and resize rather than with an IntersectionObserver: the slot has no box of its
 * own (display: contents), and mobile emulation reports the whole page as its viewport.
 */
function whenNear(el: HTMLElement, then: () => void): void {
  const box = el.firstElementChild ?? el;
  const check = () => {
    const r = box.getBoundingClientRect();
    if (r.top < innerHeight * 2 && r.bottom > -innerHeight) go();
  };
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    removeEventListener('scroll', check);
    removeEventListener('resize', check);
    el.removeEventListener('focusin', go);
    then();
  };
  addEventListener('scroll', check, { passive: true });
  addEventListener('resize', check, { passive: true });
  el.addEventListener('focusin', go);
  check();
}

const nextTask = () => new Promise<void>((done) => setTimeout(done, 0));

export async function hydrateIslands(story: Story): Promise<void> {
  const explorer = new Explorer(story);
  const views = { story, explorer };
  // One island per task, so a slow phone's main thread is never held for long at a stretch.
  const live = (name: string, run: (target: HTMLElement) => void) => {
    const target = slot(name)!;
    run(target);
    target.dataset.ready = '';
  };
  for (const [id, { figure }] of Object.entries(AT_ONCE)) {
    const heading = viewHeading(story.meta, id as ViewId);
    live(id, (target) => hydrate(Island, { target, props: { ...views, view: figure, id, heading } }));
  }
  await nextTask();
  live('explore', (target) => hydrate(ExploreBar, { target, props: { explorer } }));
  live('share', (target) => hydrate(ShareButtons, { target, props: { explorer } }));
  await nextTask();
  for (const [id, load] of Object.entries(WHEN_NEAR)) {
    const target = slot(id)!;
    const heading = viewHeading(story.meta, id as ViewId);
    whenNear(target, async () => {
      const { default: view } = await load();
      hydrate(Island, { target, props: { ...views, view, id, heading } });
      target.dataset.ready = '';
    });
  }
  // Mounted last, so the URL's state (applied on mount) meets hydrated islands.
  mount(PageRoot, { target: slot('page')!, props: { explorer } });
}
