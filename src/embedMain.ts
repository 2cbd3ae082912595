/**
 * One view alone, for an iframe: /embed/<view>.html, prerendered by the build with the view
 * named on #app (`data-view`). In dev the template serves every view and the path names it.
 */
import './app.css';
import EmbedApp from './EmbedApp.svelte';
import { appTarget, start } from './start.ts';
import { EMBED_FIGURES } from './embedFigures.ts';
import { isEmbedView, type EmbedView } from './lib/embed/protocol.ts';

const target = appTarget();
const named = target.dataset.view ?? /\/embed\/(\w+)\.html$/.exec(location.pathname)?.[1] ?? new URLSearchParams(location.search).get('embed');
const view: EmbedView = isEmbedView(named) ? named : 'timeline';
// The view's code loads while the story does.
const loading = EMBED_FIGURES[view]();

await start(EmbedApp, async ({ story }) => ({ story, view, ...(await loading) }), { prerendered: target.dataset.view === view });
target.dataset.ready = '';
