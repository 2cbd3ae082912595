/**
 * The explainer's views, in reading order: the one list every other list of views reads (the
 * page's nav and islands, the embeds and their pages, the exports, the presentation's steps).
 * Pure, no Svelte and no DOM, so node and the build read it too. Each view's facts are in
 * lib/views/viewFacts.ts, beside it: every page loads these ids first, and the facts, read only by
 * code that loads later (export, the embed dialog) and by the build, would cost the page's
 * first load bytes it does not have. The components that draw each view are loaded in
 * src/entries/viewLoaders.ts (one at a time, on demand) and src/entries/viewFigures.ts (all
 * of them, for what draws the whole page at once).
 *
 * A view's id is its key everywhere else: its figure's element id (`#timeline`), its embed
 * page (/embed/timeline.html), its strings section (lib/strings/timeline.ts, `page.nav.timeline`,
 * `embed.views.timeline`) and its folders in each layer (components/timeline/). Old addresses
 * (`/?embed=stances`) keep working because the ids never change.
 */

export const VIEW_IDS = ['timeline', 'stances', 'reactions'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export function isViewId(v: unknown): v is ViewId {
  // includes() compares with ===: anything that is not one of the strings is not found.
  return (VIEW_IDS as readonly unknown[]).includes(v);
}
