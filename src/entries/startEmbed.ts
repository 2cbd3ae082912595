/**
 * Starting one view alone (an embed): its code loads while the story does, then it hydrates
 * the prerendered embed page, or draws afresh (the older `/?embed=view` address, dev).
 */
import EmbedApp from '../pages/EmbedApp.svelte';
import { start } from './start.ts';
import { VIEW_LOADERS } from './viewLoaders.ts';
import { viewHeading } from '../lib/story/meta.ts';
import type { EmbedView } from '../lib/embed/protocol.ts';

export async function startEmbed(view: EmbedView, { prerendered }: { prerendered: boolean }): Promise<void> {
  const loading = VIEW_LOADERS[view]();
  await start(EmbedApp, async ({ story }) => ({ story, view, heading: viewHeading(story.meta, view), ...(await loading) }), { prerendered });
}
