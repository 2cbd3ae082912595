/**
 * What each view of the registry (lib/views.ts) needs its lists to know: how the page hydrates
 * it, how wide its export draws, how tall its embed starts. Keyed by the registry's ids, so a
 * view without facts is a type error. Pure; read by the export, the embed dialog and the build.
 */
import type { ViewId } from '../views.ts';

export interface ViewFacts {
  /**
   * When the prerendered full page hydrates the view's island: `now`, with the page (its code
   * loads first); `near`, once it comes within a screen of view or takes focus.
   */
  hydrate: 'now' | 'near';
  /** Narrowest graphic its SVG/PNG export draws without changing its design, in px (margins extra). */
  exportMinWidth: number;
  /**
   * The embed code's initial iframe height in px at the preview's article column (PREVIEW_COLUMN
   * in lib/embed/embedCode.ts), until the preview reports the real one: the view with no state,
   * measured in Chromium from the built embed and rounded up to 10 px.
   */
  embedHeight: number;
}

export const VIEWS = {
  timeline: { hydrate: 'now', exportMinWidth: 560, embedHeight: 1410 },
  // The matrix needs its 'wide' grid (an issue column) to be drawn as a picture.
  stances: { hydrate: 'near', exportMinWidth: 1000, embedHeight: 2510 },
  reactions: { hydrate: 'near', exportMinWidth: 600, embedHeight: 1190 },
} as const satisfies Record<ViewId, ViewFacts>;

/** The views the full page hydrates at once: their code is part of its first load. */
export type EagerViewId = { [K in ViewId]: (typeof VIEWS)[K]['hydrate'] extends 'now' ? K : never }[ViewId];
