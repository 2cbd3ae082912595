/**
 * The timeline's visible window. The explorer (and so the URL) keeps it to whole days; this
 * also keeps the exact window the reader's last gesture left, used while it still rounds to
 * the explorer's window, so that a link or Back that sets another window wins. Beside the
 * view rather than in lib/state: only the timeline loads it (and the layout it calls).
 */
import { clampDomain, domainOfWindow, presets, sameWindow, storyExtent, windowOfDomain, type Domain, type PresetId } from '../../lib/layout/timeline.ts';
import type { Explorer } from '../../lib/state/explorer.svelte.ts';
import type { Story } from '../../lib/story/types.ts';

export type TimelineWindow = ReturnType<typeof timelineWindow>;

/** `story` is read as the view's prop: the window follows a new story. */
export function timelineWindow(story: () => Story, explorer: Explorer) {
  let precise = $state<Domain | null>(null);
  const extent = $derived(storyExtent(story()));
  const windows = $derived(presets(story()));
  const domain = $derived(precise && sameWindow(windowOfDomain(precise, extent), explorer.window) ? precise : domainOfWindow(story(), explorer.window));

  return {
    /** The whole story. */
    get extent() {
      return extent;
    },
    /** The preset windows, by id. */
    get presets() {
      return windows;
    },
    /** The window to draw. */
    get domain() {
      return domain;
    },
    /** Show a window, and hand it to the explorer (and so to the URL) rounded to whole days. */
    set(next: Domain) {
      precise = clampDomain(next, extent);
      const rounded = windowOfDomain(precise, extent);
      if (!sameWindow(rounded, explorer.window)) explorer.setWindow(rounded);
    },
    /** Whether the window `shown` is a preset's, to the day. */
    isPreset(id: PresetId, shown: Domain) {
      return sameWindow(windowOfDomain(shown, extent), windowOfDomain(windows[id], extent));
    },
  };
}
