/**
 * Build time only: the server render of each prerendered page (Svelte's `svelte/server`),
 * bundled by the prerender plugin and run in node once the browser build is written. The
 * props are the very data the browser later fetches, so hydration meets the same markup.
 *
 * The full page is a static shell (App with `islands`) whose live parts are rendered one by
 * one into their `data-island` slots, each with hydration markers of its own, so main.ts can
 * hydrate each island on its own: the timeline at once, the views below as they near the
 * screen. An embed shows one view and is hydrated whole.
 */
import { render } from 'svelte/server';
import story, { articles } from 'virtual:story';
import App from '../../pages/App.svelte';
import EmbedApp from '../../pages/EmbedApp.svelte';
import EmbedButton from '../../components/explore/EmbedButton.svelte';
import ExploreBar from '../../components/explore/ExploreBar.svelte';
import Island from '../../components/shared/Island.svelte';
import TimelineView from '../../components/timeline/TimelineView.svelte';
import StancesView from '../../components/stances/StancesView.svelte';
import ReactionsView from '../../components/reactions/ReactionsView.svelte';
import { Explorer } from '../../lib/state/explorer.svelte.ts';
import { stances, reactions, timeline } from '../../lib/strings.ts';
import type { EmbedView } from '../../lib/embed/protocol.ts';

export interface Rendered {
  head: string;
  body: string;
}

const SLOT = /<div data-island="([a-z]+)"><\/div>/g;

/** The full page, as a reader with no query string sees it first. */
export function renderPage(): Rendered {
  const explorer = new Explorer(story);
  const views = { story, explorer };
  const islands: Record<string, () => Rendered> = {
    embed: () => render(EmbedButton, { props: { explorer } }),
    explore: () => render(ExploreBar, { props: { explorer } }),
    timeline: () => render(Island, { props: { ...views, view: TimelineView, id: 'timeline', heading: timeline.heading } }),
    stances: () => render(Island, { props: { ...views, view: StancesView, id: 'stances', heading: stances.heading } }),
    reactions: () => render(Island, { props: { ...views, view: ReactionsView, id: 'reactions', heading: reactions.heading } }),
    // Client-only (the source panel, the live region): nothing to prerender.
    page: () => ({ head: '', body: '' }),
  };
  const shell = render(App, { props: { story, articles, islands: true } });
  const heads = [shell.head];
  const body = shell.body.replace(SLOT, (_m, name: string) => {
    const island = islands[name];
    if (!island) throw new Error(`prerender: no island named ${name}`);
    const out = island();
    heads.push(out.head);
    return `<div data-island="${name}">${out.body}</div>`;
  });
  return { head: heads.join(''), body };
}

/** One view alone, as an iframe shows it. */
export function renderEmbed(view: EmbedView): Rendered {
  const figures = {
    timeline: { figure: TimelineView, heading: timeline.heading },
    stances: { figure: StancesView, heading: stances.heading },
    reactions: { figure: ReactionsView, heading: reactions.heading },
  };
  return render(EmbedApp, { props: { story, view, ...figures[view] } });
}
