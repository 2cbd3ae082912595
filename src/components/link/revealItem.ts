/**
 * Bringing an item into view, for a link that names it (`?sel=`) and the explore bar's
 * "Selected" chip: the mark that draws it is scrolled to the middle of the screen and focused,
 * or its source panel opened (which gives focus back to the mark when it closes). A view still
 * asleep as an island (src/entries/islands.ts) is woken first by focusing its figure, as a
 * reader's Tab would, and its mark looked for once it is live. Loaded on demand: only a
 * shared link and the chip need it.
 */
import type { Explorer } from '../../lib/state/explorer.svelte.ts';
import { itemMarks } from '../../lib/link/itemMarks.ts';

type Mark = HTMLElement | SVGElement;

const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

/**
 * Resolves once the figure's island is live (at once on a page without islands) and the view
 * has stopped moving: once live it measures its box and may draw again for the screen's
 * width, and views above it may change height as they do. Gives up after `ms`.
 */
async function settled(figure: HTMLElement, ms = 5000): Promise<void> {
  const slot = figure.closest<HTMLElement>('[data-island]');
  const until = performance.now() + ms;
  if (slot && slot.dataset.ready === undefined) {
    // islands.ts hydrates a view that takes focus.
    figure.focus({ preventScroll: true });
    while (slot.dataset.ready === undefined && performance.now() < until) await frame();
  }
  const box = (r: DOMRect) => `${r.top + scrollY} ${r.height}`;
  for (let last = '', still = 0; still < 3 && performance.now() < until; await frame()) {
    const now = box(figure.getBoundingClientRect());
    still = now === last ? still + 1 : 0;
    last = now;
  }
}

/** The item's mark where a view draws it (not while the figure shows its table), else the first view's figure. */
async function markOf(explorer: Explorer, id: string): Promise<Mark | null> {
  const item = explorer.index.items.get(id);
  let fallback: Mark | null = null;
  for (const { view, selector } of item ? itemMarks(item, explorer.story.meta) : []) {
    const figure = document.getElementById(view);
    if (!figure) continue;
    fallback ??= figure;
    await settled(figure);
    const mark = [...figure.querySelectorAll<Mark>(selector)].find((m) => !m.closest('[hidden]'));
    if (mark) return mark;
  }
  return fallback;
}

/**
 * Scrolls the item's mark to the middle of the screen and focuses it, or with `open` opens its
 * source panel instead. An item filtered out or outside the timeline's window has no mark: its
 * view's figure takes its place.
 */
export async function revealItem(explorer: Explorer, id: string | null, { open = false } = {}): Promise<void> {
  const mark = id ? await markOf(explorer, id) : null;
  if (!mark || !id || explorer.selected !== id) return;
  mark.scrollIntoView({ block: 'center' });
  if (open) explorer.openSource(id, mark);
  else mark.focus({ preventScroll: true });
}

/** A shared link that names an item lands on it: in view, lit as the selection, its source open. */
export async function landOnSelection(explorer: Explorer): Promise<void> {
  // The URL's state applies as the page's root mounts: let it.
  await frame();
  await revealItem(explorer, explorer.selected, { open: true });
}
