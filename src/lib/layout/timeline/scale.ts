/** The time axis: a UTC scale over the visible window and the ticks that fit it. */
import { utcDay, utcMonday, utcMonth, utcYear, type Interval } from './intervals.ts';
import { timeline as strings } from '../../strings.ts';
import type { Domain } from './time.ts';
import { textWidth } from './metrics.ts';

/**
 * A linear UTC time scale, ms -> px, rounded to 0.1 px (finer than any screen, and the
 * prerendered SVG stays short). d3's scaleUtc does the same sum but brings d3-interpolate,
 * d3-color and d3-time-format with it: ~9 KB gzipped for one multiplication.
 */
export function utcScale(domain: readonly [number | Date, number | Date], range: readonly [number, number]): (t: number | Date) => number {
  const d0 = +domain[0];
  const span = +domain[1] - d0 || 1;
  const [r0, r1] = range;
  return (t) => Math.round((r0 + ((+t - d0) / span) * (r1 - r0)) * 10) / 10;
}

/** One tick of the time axis. */
export interface Tick {
  /** Position of the tick line. */
  x: number;
  /** Day or month label, or null when it would not fit before the next tick or the edge. */
  label: string | null;
  /** The year, on a second line, under the first tick and each new year. */
  year: string | null;
  /** A year boundary: drawn a little stronger. */
  major: boolean;
}

/** A tick interval and whether its labels name days (`25 Aug`) or months (`Aug`). */
export interface TickInterval { interval: Interval; days: boolean }

/** Month to year ticks, for views that never show single days (the overview strip). */
export const MONTHLY: TickInterval[] = [utcMonth, utcMonth.every(2), utcMonth.every(3), utcMonth.every(6), utcYear]
  .map((interval) => ({ interval, days: false }));
const TICK_INTERVALS: TickInterval[] = [
  ...[utcDay, utcDay.every(2), utcMonday].map((interval) => ({ interval, days: true })),
  ...MONTHLY,
];

/**
 * Ticks for a window: the finest interval (never finer than a day, since the article gives no
 * times) whose labels all fit before the next tick; a label that would cross the right edge is dropped.
 */
export function timeTicks(domain: Domain, width: number, intervals: TickInterval[] = TICK_INTERVALS, fontSize = 12): Tick[] {
  const x = utcScale(domain, [0, width]);
  for (const [i, { interval, days }] of intervals.entries()) {
    const dates = interval.range(new Date(domain[0]), new Date(domain[1] + 1));
    if (dates.length > 60 && i < intervals.length - 1) continue;
    const ticks = dates.map((t, j) => {
      const newYear = t.getUTCMonth() === 0 && t.getUTCDate() === 1;
      const month = strings.months[t.getUTCMonth()]!;
      return {
        x: x(t),
        text: days ? `${t.getUTCDate()} ${month}` : month,
        year: j === 0 || newYear ? String(t.getUTCFullYear()) : null,
        major: newYear,
      };
    });
    const room = (t: (typeof ticks)[number]) => Math.max(textWidth(t.text, fontSize), t.year ? textWidth(t.year, fontSize) : 0) + 4;
    const fits = ticks.every((t, j) => j === ticks.length - 1 || ticks[j + 1]!.x - t.x >= room(t) + 10);
    if (!fits && i < intervals.length - 1) continue;
    return ticks.map((t) => {
      const inside = t.x + room(t) <= width;
      return { x: t.x, major: t.major, label: inside ? t.text : null, year: inside ? t.year : null };
    });
  }
  return [];
}
