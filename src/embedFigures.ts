/**
 * Each embeddable view's component and heading, loaded on its own: an embed page fetches the
 * code of the one view it shows (the build preloads that chunk from the page's <head>).
 */
import type { Component } from 'svelte';
import type { Story } from './lib/story/types.ts';
import type { EmbedView } from './lib/embed/protocol.ts';

export interface EmbedFigure {
  figure: Component<{ story: Story; initialWidth?: number }>;
  heading: string;
}

export const EMBED_FIGURES: Record<EmbedView, () => Promise<EmbedFigure>> = {
  timeline: async () => {
    const [c, s] = await Promise.all([import('./components/timeline/Timeline.svelte'), import('./lib/strings/timeline.ts')]);
    return { figure: c.default, heading: s.timeline.heading };
  },
  stances: async () => {
    const [c, s] = await Promise.all([import('./components/matrix/StanceMatrix.svelte'), import('./lib/strings/matrix.ts')]);
    return { figure: c.default, heading: s.matrix.heading };
  },
  reactions: async () => {
    const [c, s] = await Promise.all([import('./components/network/ReactionNetwork.svelte'), import('./lib/strings/network.ts')]);
    return { figure: c.default, heading: s.network.heading };
  },
};
