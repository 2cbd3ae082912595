/** Where each event sits in time, and the widest window the story gives. */
import { utcMonth } from './intervals.ts';
import type { Story, StoryEvent } from '../../story/types.ts';
import { isoDateEnd, isoDateStart } from '../../format.ts';

/** A visible time window, in UTC milliseconds: [start, end). */
export type Domain = [number, number];

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Parsed once per event: every pan, zoom and filter lays the timeline out again. */
const intervals = new WeakMap<StoryEvent, { start: number; end: number | null }>();

/** Start and (for spans) exclusive end of an event in UTC ms; open-ended precisions have no end. */
export function eventInterval(e: StoryEvent): { readonly start: number; readonly end: number | null } {
  let interval = intervals.get(e);
  if (!interval) {
    const start = isoDateStart(e.date).getTime();
    interval = { start, end: e.precision === 'after' || e.precision === 'expected' ? null : isoDateEnd(e.date).getTime() };
    intervals.set(e, interval);
  }
  return interval;
}

/** Whole months around every dated thing in the story: the widest window the reader may see. */
export function storyExtent(story: Story): Domain {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of story.events) {
    const { start, end } = eventInterval(e);
    lo = Math.min(lo, start);
    hi = Math.max(hi, end ?? start + DAY);
  }
  return [utcMonth.floor(new Date(lo)).getTime(), utcMonth.ceil(new Date(hi)).getTime()];
}
