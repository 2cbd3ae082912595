import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import EmbedApp from './EmbedApp.svelte';
import { isEmbedView } from './lib/embed/protocol.ts';
import story, { articles } from 'virtual:story';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// `?embed=timeline|stances|reactions` shows that view alone; anything else, the full page.
const embed = new URLSearchParams(location.search).get('embed');

export default isEmbedView(embed)
  ? mount(EmbedApp, { target, props: { story, view: embed } })
  : mount(App, { target, props: { story, articles } });
