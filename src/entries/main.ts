/**
 * The full page. Prerendered by the build as islands (src/islands.ts); in dev and the offline
 * single file it mounts App whole. `?present` (the classroom presentation) and `?embed=view`
 * (the old embed address; embed codes now point at /embed/<view>.html) load their own code on
 * demand and replace the prerendered page.
 */
import '../app.css';
import 'virtual:story.css';
import { appTarget, start } from './start.ts';
import { hasIslands, hydrateIslands } from './islands.ts';
import { loadStoryData } from 'virtual:story-data';
import { isViewId } from '../lib/views.ts';

const params = new URLSearchParams(location.search);
const embed = params.get('embed');

if (params.has('present')) {
  const { default: Present } = await import('../pages/Present.svelte');
  await start(Present, ({ story }) => ({ story }), { prerendered: false });
} else if (isViewId(embed)) {
  const { startEmbed } = await import('./startEmbed.ts');
  await startEmbed(embed, { prerendered: false });
} else if (hasIslands()) {
  await hydrateIslands((await loadStoryData()).story);
} else {
  const { default: App } = await import('../pages/App.svelte');
  await start(App, ({ story, articles }) => ({ story, articles }), { prerendered: false });
}

appTarget().dataset.ready = '';
