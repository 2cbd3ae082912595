/**
 * Each view's component and heading, loaded on its own: an embed page fetches the code of the
 * one view it shows (the build preloads that chunk from the page's <head>), and the full page
 * the views it hydrates as they come near (islands.ts). Keyed by the registry's ids
 * (lib/views.ts): a view without a loader is a type error.
 */
import type { Component } from 'svelte';
import type { Story } from '../lib/story/types.ts';
import type { Explorer } from '../lib/state/explorer.svelte.ts';
import type { ViewId } from '../lib/views.ts';

export interface ViewLoaded {
  figure: Component<{ story: Story; explorer?: Explorer; initialWidth?: number }>;
  heading: string;
}

export const VIEW_LOADERS: Record<ViewId, () => Promise<ViewLoaded>> = {
  timeline: async () => {
    const [c, s] = await Promise.all([import('../components/timeline/TimelineView.svelte'), import('../lib/strings/timeline.ts')]);
    return { figure: c.default, heading: s.timeline.heading };
  },
  stances: async () => {
    const [c, s] = await Promise.all([import('../components/stances/StancesView.svelte'), import('../lib/strings/stances.ts')]);
    return { figure: c.default, heading: s.stances.heading };
  },
  reactions: async () => {
    const [c, s] = await Promise.all([import('../components/reactions/ReactionsView.svelte'), import('../lib/strings/reactions.ts')]);
    return { figure: c.default, heading: s.reactions.heading };
  },
};
