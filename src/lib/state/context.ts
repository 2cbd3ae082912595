/** Typed access to the page's Explorer through Svelte context. */
import { getContext, hasContext, setContext } from 'svelte';
import type { Explorer } from './explorer.svelte.ts';

const KEY = Symbol('explorer');

export function setExplorer(explorer: Explorer): Explorer {
  return setContext(KEY, explorer);
}

/** The page's explorer, or undefined when a view is rendered on its own (tests, embeds). */
export function getExplorer(): Explorer | undefined {
  return hasContext(KEY) ? getContext<Explorer>(KEY) : undefined;
}
