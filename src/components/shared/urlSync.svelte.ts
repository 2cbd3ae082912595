/**
 * Mirror the explorer in the URL: selection and filter changes push a history entry (so
 * Back undoes them), typing and zooming replace the current one, and Back/Forward restore
 * the state. Call during component initialisation; the URL's state applies on mount. `history: false` (embeds) only replaces.
 */
import { untrack } from 'svelte';
import { knownOf, parseUrlState, serializeUrlState, type UrlState } from '../../lib/state/urlState.ts';
import type { Explorer } from '../../lib/state/explorer.svelte.ts';

function pushWorthy(a: UrlState, b: UrlState): boolean {
  const f = (s: UrlState) => JSON.stringify([s.selected, s.filters.kinds, s.filters.groups, s.filters.topics]);
  return f(a) !== f(b);
}

export function syncWithUrl(explorer: Explorer, { history: useHistory = true } = {}): void {
  const known = knownOf(explorer.index);
  const read = () => parseUrlState(location.search, known);
  let last = explorer.urlState;

  // The URL's state applies once the page is live, not while it renders: a prerendered page
  // is hydrated in its default state (the markup the build wrote), then updated like any change.
  $effect(() => {
    untrack(() => {
      explorer.applyUrlState(read());
      last = explorer.urlState;
    });
  });

  $effect(() => {
    const state = explorer.urlState;
    const query = serializeUrlState(state, location.search);
    if (query === location.search.replace(/^\?/, '')) {
      last = state;
      return;
    }
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    // Inside an iframe a push would add to the host page's Back history: replace there.
    if (useHistory && pushWorthy(last, state)) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    last = state;
  });

  $effect(() => {
    const onPop = () => {
      explorer.applyUrlState(read());
      last = explorer.urlState;
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  });
}
