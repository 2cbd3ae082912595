/** The annotations above the lanes: the summit-day band and the bracket counting the days up to it. */
import type { Story } from '../../story/types.ts';
import { timeline as strings } from '../../strings.ts';
import { ANNOTATION_H, AXIS_H, LABEL_PAD, textWidth } from './metrics.ts';
import { DAY, eventInterval } from './time.ts';
import type { TimelineLayout } from './types.ts';
import { fillTemplate } from '../../story/meta.ts';

/** The day with the most day-precision events: the summit. */
export function summitDay(story: Story): number {
  const counts = new Map<number, number>();
  for (const e of story.events) {
    if (e.precision !== 'day') continue;
    const t = eventInterval(e).start;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  let best = NaN;
  let bestCount = 0;
  for (const [t, n] of counts) if (n > bestCount) [best, bestCount] = [t, n];
  return best;
}

/** The summit day as a band across the lanes, labelled inside it when it is wide enough; null when out of view. */
export function summitBand(story: Story, x: (t: number) => number, width: number): TimelineLayout['summit'] {
  const day = summitDay(story);
  if (!Number.isFinite(day)) return null;
  const x0 = x(day);
  const x1 = x(day + DAY);
  if (x1 < 0 || x0 > width) return null;
  // Inside the band when the day is wide (the summit-day view), else just after it.
  const inside = Math.max(0, x0) + LABEL_PAD;
  const { label: short, longLabel } = story.meta.timeline.keyDay;
  for (const text of [longLabel, short]) {
    if (inside + textWidth(text, 12) + LABEL_PAD <= Math.min(x1, width)) return { x0, x1, label: { x: inside, text } };
  }
  const text = short;
  return { x0, x1, label: x1 + 4 + textWidth(text, 12) <= width ? { x: x1 + 4, text } : null };
}

/**
 * The story's `countFrom` actor's first day-precise event to the key day, labelled with the
 * day count (`82 days into Lee’s presidency`); null where the story counts from no one.
 */
export function daysBracket(story: Story, x: (t: number) => number, width: number): TimelineLayout['bracket'] {
  const countFrom = story.meta.timeline.countFrom;
  if (!countFrom) return null;
  const summit = summitDay(story);
  const first = story.events
    .filter((e) => e.precision === 'day' && e.actors.includes(countFrom.actor))
    .map((e) => eventInterval(e).start)
    .filter((t) => t < summit)
    .sort((a, b) => a - b)[0];
  if (first === undefined) return null;
  const days = Math.round((summit - first) / DAY);
  const x0 = Math.max(0, x(first));
  const x1 = Math.min(width, x(summit));
  if (x1 - x0 < 4) return null;
  let label: { x: number; text: string } | null = null;
  for (const text of [fillTemplate(countFrom.label, { n: days }), strings.daysShort(days)]) {
    const w = textWidth(text, 12);
    if (w + 12 <= x1 - x0) {
      label = { x: (x0 + x1) / 2, text };
      break;
    }
  }
  return { x0, x1, y: AXIS_H + ANNOTATION_H - 8, label };
}
