/**
 * Navigating the timeline: the windows the reader may see (clamped, zoomed, panned), the
 * preset windows, and the whole-day windows a link carries.
 */
import { utcDay } from './intervals.ts';
import type { Story } from '../../story/types.ts';
import { isoDateStart } from '../../format.ts';
import { summitDay } from './annotations.ts';
import { DAY, HOUR, storyExtent, type Domain } from './time.ts';

/** Narrowest window: a single day then fills 80% of the width. No finer: the article gives no times. */
export const MIN_SPAN = 30 * HOUR;

/** The preset windows: the whole story, the key day (the story names it), the weeks after it. */
export type PresetId = 'whole' | 'summit' | 'after';

/** Preset windows: the whole story, the summit day (filling 80% of the width), the weeks after it. */
export function presets(story: Story): Record<PresetId, Domain> {
  const summit = summitDay(story);
  return {
    whole: storyExtent(story),
    summit: [summit - 3 * HOUR, summit + DAY + 3 * HOUR],
    after: [summit - 7 * DAY, summit + 42 * DAY],
  };
}

/** Keep a window inside the story and between MIN_SPAN and the whole extent, preserving its position. */
export function clampDomain([d0, d1]: Domain, extent: Domain): Domain {
  const full = extent[1] - extent[0];
  const span = Math.min(full, Math.max(MIN_SPAN, d1 - d0));
  const mid = (d0 + d1) / 2;
  let start = mid - span / 2;
  start = Math.max(extent[0], Math.min(extent[1] - span, start));
  return [start, start + span];
}

/** Zoom by `factor` (>1 zooms in) keeping the instant at `anchor` (0..1 across the window) in place. */
export function zoomDomain([d0, d1]: Domain, factor: number, anchor: number, extent: Domain): Domain {
  const span = d1 - d0;
  const full = extent[1] - extent[0];
  const next = Math.min(full, Math.max(MIN_SPAN, span / factor));
  const at = d0 + anchor * span;
  let start = at - anchor * next;
  start = Math.max(extent[0], Math.min(extent[1] - next, start));
  return [start, start + next];
}

/** Move the window by `ms`, stopping at the ends of the story. */
export function panDomain([d0, d1]: Domain, ms: number, extent: Domain): Domain {
  const span = d1 - d0;
  const start = Math.max(extent[0], Math.min(extent[1] - span, d0 + ms));
  return [start, start + span];
}

/** Centre the window on `t` without changing its width (used when keyboard focus leaves the view). */
export function centreOn([d0, d1]: Domain, t: number, extent: Domain): Domain {
  return panDomain([d0, d1], t - (d0 + d1) / 2, extent);
}

/** A visible window as whole UTC days, end exclusive, as the URL carries it. */
export type DayWindow = [string, string];

const MINUTE = 60_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * The window to share: the visible domain widened to whole UTC days (the article gives no
 * times, so a link needs none); null when it shows the whole story.
 */
export function windowOfDomain([d0, d1]: Domain, extent: Domain): DayWindow | null {
  // Zoom maths leaves sub-millisecond noise; without rounding, a midnight edge could spill into the next day.
  const start = utcDay.floor(new Date(Math.round(d0 / MINUTE) * MINUTE)).getTime();
  const end = utcDay.ceil(new Date(Math.round(d1 / MINUTE) * MINUTE)).getTime();
  if (start <= extent[0] && end >= extent[1]) return null;
  return [isoDay(start), isoDay(end)];
}

/** Whether two shared windows (null: the whole story) are the same. */
export function sameWindow(a: DayWindow | null, b: DayWindow | null): boolean {
  return a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1]);
}

/**
 * The domain a shared window shows. A preset's window gives back the preset itself, so a link
 * to the summit day looks exactly like pressing "Summit day"; any other window shows its whole days.
 */
export function domainOfWindow(story: Story, window: DayWindow | null): Domain {
  const extent = storyExtent(story);
  if (!window) return extent;
  const preset = Object.values(presets(story)).find((p) => sameWindow(windowOfDomain(p, extent), window));
  return clampDomain(preset ?? [isoDateStart(window[0]).getTime(), isoDateStart(window[1]).getTime()], extent);
}
