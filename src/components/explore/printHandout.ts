/**
 * The printed handout's two needs that CSS alone cannot meet. The timeline prints the whole
 * story, not the reader's zoomed window. And the views lay out for the width they measured on
 * screen: a print layout gives them no chance to measure again, so a graphic wider than the
 * paper is zoomed to fit it (print CSS applies `--print-zoom`). Both are undone after printing.
 */
import { flushSync } from 'svelte';
import type { Explorer } from '../../lib/state/explorer.svelte.ts';

/** The printable width of A4 with 15 mm margins (the narrower of A4 and Letter), in CSS px. */
export const PAPER_WIDTH = Math.floor((180 / 25.4) * 96);

/** How much a graphic of this width must shrink to fit the paper (1: it fits). */
export function printZoom(width: number, paper = PAPER_WIDTH): number {
  return width > paper ? Math.floor((paper / width) * 1000) / 1000 : 1;
}

/** Listen for the browser's print events; returns a function that stops listening. */
export function printHandout(explorer: Explorer): () => void {
  let saved: [string, string] | null = null;
  let graphics: HTMLElement[] = [];

  function before() {
    saved = explorer.window;
    if (saved) {
      explorer.setWindow(null);
      flushSync();
    }
    graphics = [...document.querySelectorAll<HTMLElement>('.figure .graphic')];
    for (const g of graphics) g.style.setProperty('--print-zoom', String(printZoom(g.scrollWidth)));
  }

  function after() {
    if (saved && explorer.window === null) explorer.setWindow(saved);
    saved = null;
    for (const g of graphics) g.style.removeProperty('--print-zoom');
    graphics = [];
  }

  addEventListener('beforeprint', before);
  addEventListener('afterprint', after);
  return () => {
    removeEventListener('beforeprint', before);
    removeEventListener('afterprint', after);
  };
}
