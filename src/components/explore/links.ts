import type { Explorer } from '../../lib/state/explorer.svelte.ts';

/** The code of links that land (components/link/), loaded on first use: few readers need it. */
export const links = () => import('../link/index.ts');

/**
 * A link that names an item (`?sel=`, as a reader shares it) lands on it: scrolled into view,
 * lit, its source panel open. The code for that loads only for such a link.
 */
export function landOnLink(explorer: Explorer): void {
  if (/[?&]sel=/.test(location.search)) void links().then((m) => m.landOnSelection(explorer));
}
