/**
 * Binning: a lane too crowded to show event by event (a story many times the real one) shows
 * one count per period instead.
 */
import { utcDay, utcMonday, utcMonth, utcYear, type Interval } from './intervals.ts';
import type { StoryEvent } from '../../story/types.ts';
import type { LaneId } from './lanes.ts';
import { BAR_H, HIT_MIN, LABEL_FONT, LABEL_PAD, ROW_H, textWidth } from './metrics.ts';
import { eventInterval } from './time.ts';
import type { EventBin } from './types.ts';

/** A lane needing more rows than this in view is binned (the real story needs at most four). */
export const MAX_LANE_ROWS = 8;
/** So is a lane with more events than this in view, however few rows they need. */
export const MAX_LANE_MARKS = 60;
/** Narrowest bin, px: room for a three-digit count. */
export const BIN_MIN_PX = 36;

/** Bin periods, finest first, with their shortest length in days. */
const BIN_PERIODS: { interval: Interval; days: number }[] = [
  { interval: utcDay, days: 1 },
  { interval: utcMonday, days: 7 },
  { interval: utcMonth, days: 28 },
  { interval: utcMonth.every(3), days: 90 },
  { interval: utcYear, days: 365 },
];

/** The finest period whose bins are at least BIN_MIN_PX wide when a day is `dayWidth` px. */
export function binPeriod(dayWidth: number): Interval {
  return (BIN_PERIODS.find((p) => p.days * dayWidth >= BIN_MIN_PX) ?? BIN_PERIODS[BIN_PERIODS.length - 1]!).interval;
}

/** One bin per period and lane, counting the lane's events in view by their start. */
export function binLanes(
  drafts: { id: string; lane: LaneId; x0: number; event: StoryEvent }[],
  period: Interval,
  x: (t: number) => number,
  width: number,
  laneRowBase: Map<LaneId, { y: number; globalRow: number }>,
): EventBin[] {
  const byKey = new Map<string, EventBin>();
  for (const d of drafts) {
    const start = period.floor(new Date(eventInterval(d.event).start)).getTime();
    const id = `bin:${d.lane}:${start}`;
    const bin = byKey.get(id);
    if (bin) {
      bin.ids.push(d.id);
      continue;
    }
    const end = period.offset(new Date(start), 1).getTime();
    const base = laneRowBase.get(d.lane)!;
    const x0 = Math.max(0, x(start));
    const x1 = Math.min(width, x(end));
    const mid = (x0 + x1) / 2;
    const hitX0 = x1 - x0 < HIT_MIN ? mid - HIT_MIN / 2 : x0;
    byKey.set(id, {
      id, lane: d.lane, ids: [d.id], start, end, x0, x1,
      globalRow: base.globalRow,
      barY: base.y + (ROW_H - BAR_H) / 2,
      label: null,
      hit: { x: hitX0, y: base.y + (ROW_H - HIT_MIN) / 2, width: Math.max(HIT_MIN, x1 - x0), height: HIT_MIN },
    });
  }
  const bins = [...byKey.values()];
  for (const b of bins) {
    const text = String(b.ids.length);
    if (textWidth(text) + 2 * LABEL_PAD <= b.x1 - b.x0) {
      b.label = { x: (b.x0 + b.x1) / 2, y: b.barY + BAR_H / 2 + LABEL_FONT * 0.35, text };
    }
  }
  return bins;
}
