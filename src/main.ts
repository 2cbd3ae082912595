import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import EmbedApp from './EmbedApp.svelte';
import Present from './Present.svelte';
import { isPresent } from './lib/present/steps.ts';
import { isEmbedView } from './lib/embed/protocol.ts';
import story, { articles } from 'virtual:story';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// `?present` is the classroom presentation; `?embed=timeline|stances|reactions` shows that
// view alone; anything else, the full page.
const embed = new URLSearchParams(location.search).get('embed');

export default isPresent(location.search)
  ? mount(Present, { target, props: { story } })
  : isEmbedView(embed)
    ? mount(EmbedApp, { target, props: { story, view: embed } })
    : mount(App, { target, props: { story, articles } });
