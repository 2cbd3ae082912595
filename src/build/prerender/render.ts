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
import ShareButtons from '../../components/explore/ShareButtons.svelte';
import ExploreBar from '../../components/explore/ExploreBar.svelte';
import Island from '../../components/shared/Island.svelte';
import { viewFigure } from '../../entries/viewFigures.ts';
import { Explorer } from '../../lib/state/explorer.svelte.ts';
import { VIEW_IDS, type ViewId } from '../../lib/views.ts';
import { viewHeading } from '../../lib/story/meta.ts';

/** The story file, for the pages' titles. */
export const meta = story.meta;

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
    share: () => render(ShareButtons, { props: { explorer } }),
    explore: () => render(ExploreBar, { props: { explorer } }),
    ...Object.fromEntries(VIEW_IDS.map((id) => {
      const { figure } = viewFigure(id);
      return [id, () => render(Island, { props: { ...views, view: figure, id, heading: viewHeading(story.meta, id) } })];
    })),
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
export function renderEmbed(view: ViewId): Rendered {
  return render(EmbedApp, { props: { story, view, heading: viewHeading(story.meta, view), ...viewFigure(view) } });
}
