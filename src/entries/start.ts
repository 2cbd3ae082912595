/**
 * Starting a page in the browser: hydrate the markup the build prerendered into #app (the
 * same component and the same data, so Svelte adopts the nodes already on screen), or mount
 * afresh where there is none (dev, the offline single file, a page the build did not
 * prerender). If the data cannot load, the prerendered page stays as it is, readable.
 */
import { hydrate, mount, type Component } from 'svelte';
import { loadStoryData } from 'virtual:story-data';
import type { Story } from '../lib/story/types.ts';

export type StoryData = { story: Story; articles: Record<string, string> };

export function appTarget(): HTMLElement {
  const target = document.getElementById('app');
  if (!target) throw new Error('the page has no #app element');
  return target;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as svelte's own mount/hydrate
export async function start<P extends Record<string, any>>(
  component: Component<P>,
  props: (data: StoryData) => NoInfer<P> | Promise<NoInfer<P>>,
  { prerendered = true }: { prerendered?: boolean } = {},
): Promise<void> {
  const target = appTarget();
  const given = await props(await loadStoryData());
  if (prerendered && target.firstChild) {
    hydrate(component, { target, props: given });
  } else {
    // The markup is for another page (a legacy or presentation URL): replace it.
    target.replaceChildren();
    mount(component, { target, props: given });
  }
}
