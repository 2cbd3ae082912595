/** Typed access to the page's Explorer through Svelte context. */
import { getContext, hasContext, setContext } from 'svelte';
import type { Explorer } from './explorer.svelte.ts';

const KEY = Symbol('explorer');

export function setExplorer(explorer: Explorer): Explorer {
  return setContext(KEY, explorer);
}

const ALONE = Symbol('alone');

/**
 * Marks the views rendered below as shown one to a page (an embed), so their help and error
 * text speak of one view, not of the others a reader cannot see.
 */
export function setAlone(): void {
  setContext(ALONE, true);
}

/** Whether this view is the only one on its page (see `setAlone`). */
export function isAlone(): boolean {
  return hasContext(ALONE);
}

/** The page's explorer, or undefined when a view is rendered on its own (tests, embeds). */
export function getExplorer(): Explorer | undefined {
  return hasContext(KEY) ? getContext<Explorer>(KEY) : undefined;
}
