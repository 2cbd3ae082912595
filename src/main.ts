import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import story, { articles } from 'virtual:story';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target, props: { story, articles } });
