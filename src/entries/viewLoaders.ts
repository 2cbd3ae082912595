/**
 * Each view's component, loaded on its own (its heading is the story's): an embed page fetches the code of the
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
}

export const VIEW_LOADERS: Record<ViewId, () => Promise<ViewLoaded>> = {
  timeline: async () => ({ figure: (await import('../components/timeline/TimelineView.svelte')).default }),
  stances: async () => ({ figure: (await import('../components/stances/StancesView.svelte')).default }),
  reactions: async () => ({ figure: (await import('../components/reactions/ReactionsView.svelte')).default }),
};
