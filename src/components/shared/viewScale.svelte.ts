/**
 * How much bigger the projector theme draws the SVG views: the same factor as the page's root
 * font-size (125% from 1024 px, 150% from 1600 px, in src/app.css), so chart labels grow with
 * the HTML type. A view lays out for `width / scale` and draws at the full width with the
 * layout's size as its viewBox; the layout keeps its labels apart at its own width, so they
 * stay apart when the whole picture grows.
 */
import { createSubscriber } from 'svelte/reactivity';
import type { Theme } from '../../lib/state/urlState.ts';

// The root font-size follows media queries (the window's width) and the theme attribute that
// PageState writes on <html>, which lands after the explorer's theme changes.
const subscribe = createSubscriber((update) => {
  const root = document.documentElement;
  const observer = new MutationObserver(update);
  observer.observe(root, { attributes: true, attributeFilter: ['data-theme', 'style', 'class'] });
  window.addEventListener('resize', update);
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', update);
  };
});

/** The root font-size over the browser's 16 px; 1 where nothing can be measured (server, jsdom without styles). */
export function rootScale(): number {
  if (typeof window === 'undefined' || typeof document === 'undefined') return 1;
  subscribe();
  const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px / 16 : 1;
}

/** The factor a view draws its SVG at: the root's under the projector theme, 1 in every other. */
export function viewScale(theme: Theme): number {
  return theme === 'projector' ? rootScale() : 1;
}
