/** The overview strip: the whole story at a glance, with the visible window on it. */
import type { Story } from '../../story/types.ts';
import { laneOf, laneOrder, type LaneId } from './lanes.ts';
import { MONTHLY, timeTicks, utcScale, type Tick } from './scale.ts';
import { eventInterval, storyExtent, type Domain } from './time.ts';

/** The strip, in pixels. */
export interface OverviewLayout {
  width: number;
  height: number;
  ticks: Tick[];
  /** One short tick per event, in a mini lane (per pixel, when there are more events than pixels). */
  marks: { id: string; x: number; y: number; lane: LaneId; forecast: boolean }[];
  /** The visible window, never thinner than a grabbable minimum. */
  window: { x0: number; x1: number; drawX0: number; drawX1: number };
  laneH: number;
}

/** Height of one mini lane, px. */
export const OVERVIEW_LANE_H = 4;
const OVERVIEW_WINDOW_MIN = 12;

/** The focus-plus-context strip: the whole story at a glance with the visible window on it. */
export function layoutOverview(story: Story, width: number, domain: Domain, include?: (id: string) => boolean): OverviewLayout {
  const extent = storyExtent(story);
  const x = utcScale(extent, [0, width]);
  const groupOf = new Map(story.actors.map((a) => [a.id, a.group] as const));
  const events = include ? story.events.filter((e) => include(e.id)) : story.events;
  let marks = events.map((e) => {
    const lane = laneOf(e, groupOf, story.meta);
    return { id: e.id, x: x(eventInterval(e).start), y: 2 + laneOrder(story.meta).indexOf(lane) * (OVERVIEW_LANE_H + 1), lane, forecast: e.kind === 'forecast' };
  });
  // More ticks than pixels: one tick per pixel and lane (and kind) says the same.
  if (marks.length > width) {
    const seen = new Set<string>();
    marks = marks.filter((m) => {
      const key = `${m.lane}/${Math.round(m.x)}/${m.forecast}`;
      return !seen.has(key) && !!seen.add(key);
    });
  }
  const x0 = x(domain[0]);
  const x1 = x(domain[1]);
  const mid = (x0 + x1) / 2;
  const w = Math.max(OVERVIEW_WINDOW_MIN, x1 - x0);
  const drawX0 = Math.max(0, Math.min(width - w, mid - w / 2));
  const laneH = 2 + laneOrder(story.meta).length * (OVERVIEW_LANE_H + 1);
  return {
    width, height: laneH + 38, laneH, marks,
    ticks: timeTicks(extent, width, MONTHLY),
    window: { x0, x1, drawX0, drawX1: drawX0 + w },
  };
}

/** Pixel on the overview strip → instant. */
export function overviewInvert(story: Story, width: number, px: number): number {
  const extent = storyExtent(story);
  return extent[0] + (px / width) * (extent[1] - extent[0]);
}
