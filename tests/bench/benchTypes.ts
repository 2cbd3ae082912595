/** What the bench measures, shared by the runner (node) and the bench page (Chromium). */

export const VIEWS = ['timeline', 'matrix', 'network'] as const;
export type View = (typeof VIEWS)[number];

/**
 * What the node layout bench times: each view's layout at LAYOUT_WIDTH, and what the build
 * runs for the network (`reactionsLayouts`: one layout per breakpoint in NETWORK_WIDTHS).
 */
export const LAYOUT_JOBS = [...VIEWS, 'network-build'] as const;
export type LayoutJobKind = (typeof LAYOUT_JOBS)[number];

/** Sizes of the generated stories, as multiples of the real one. */
export const FACTORS = [1, 10, 100] as const;

/** The seed every generated story uses, so every run measures the same stories. */
export const SEED = 1;

/** Width the node layouts are computed for: the page's widest column (72rem). */
export const LAYOUT_WIDTH = 1152;

/** One measurement: milliseconds, or why there is none. */
export type Timing = { ms: number; runs?: number } | { error: string };

/**
 * What the bench page reports on `window.benchResult`: first once the view is mounted
 * (`select` and `filter` still null), then again when the interactions are timed (`done`).
 */
export type PageResult =
  | {
      ok: true;
      done: boolean;
      /** Events, reactions, stances in the generated story. */
      items: { events: number; reactions: number; stances: number };
      /** Explorer construction (indexing the story), shared by all views on the real page. */
      index: number;
      /** Build-time work the page did first, untimed by the render (the network's layouts); 0 for the other views. */
      prepare: number;
      /** mount() to the first paint after it, cold, including the re-layout for the measured width. */
      render: number;
      /** Elements the view put into the page. */
      elements: number;
      /** explorer.select(id) to the next paint (median of a few different items). */
      select: number | null;
      /** explorer.toggleFacet('kinds', 'reported') to the next paint (median of on/off toggles). */
      filter: number | null;
    }
  | { ok: false; error: string };

declare global {
  interface Window {
    benchResult?: PageResult;
    /** Set once the page has the story ready to mount (after any build-time work): the render's cap starts then. */
    benchPrepared?: boolean;
  }
}
