/**
 * One view alone, for an iframe: /embed/<view>.html, prerendered by the build with the view
 * named on #app (`data-view`). In dev the template serves every view and the path names it.
 */
import '../app.css';
import 'virtual:story.css';
import { appTarget } from './start.ts';
import { startEmbed } from './startEmbed.ts';
import { EMBED_VIEWS, isEmbedView, type EmbedView } from '../lib/embed/protocol.ts';

const target = appTarget();
const named = target.dataset.view ?? /\/embed\/(\w+)\.html$/.exec(location.pathname)?.[1] ?? new URLSearchParams(location.search).get('embed');
const view: EmbedView = isEmbedView(named) ? named : EMBED_VIEWS[0];

await startEmbed(view, { prerendered: target.dataset.view === view });
target.dataset.ready = '';
