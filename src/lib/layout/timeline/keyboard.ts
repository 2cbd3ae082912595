/** Keyboard navigation: the order focus moves in, and where each arrow key takes it. */
import type { LaneId } from './lanes.ts';
import type { EventBin, TimelineLayout } from './types.ts';

/**
 * The Left/Right order: what is drawn, plus the events out of view (focus pans to them), by
 * time, then lane, then row.
 */
export function focusOrder(
  placed: readonly { id: string; lane: LaneId; x0: number }[],
  bins: readonly EventBin[],
  rowOf: ReadonlyMap<string, number>,
  x: (t: number) => number,
  lanes: readonly LaneId[],
): string[] {
  const inBin = new Set(bins.flatMap((b) => b.ids));
  const laneIndex = (l: LaneId) => lanes.indexOf(l);
  const stops = [
    ...placed.filter((p) => !inBin.has(p.id)).map((p) => ({ id: p.id, x: p.x0, lane: laneIndex(p.lane), row: rowOf.get(p.id) ?? 0 })),
    ...bins.map((b) => ({ id: b.id, x: x(b.start), lane: laneIndex(b.lane), row: 0 })),
  ];
  return stops.sort((a, b) => a.x - b.x || a.lane - b.lane || a.row - b.row).map((s) => s.id);
}

/** The keys that move focus between events and bins. */
export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/** Where keyboard focus moves from `id` (an event or a bin): time order for Left/Right, nearest in the next row for Up/Down. */
export function neighbour(layout: TimelineLayout, id: string, key: NavKey): string {
  const { order, marks } = layout;
  const i = order.indexOf(id);
  if (key === 'Home') return order[0]!;
  if (key === 'End') return order[order.length - 1]!;
  if (key === 'ArrowLeft') return order[Math.max(0, i - 1)]!;
  if (key === 'ArrowRight') return order[Math.min(order.length - 1, i + 1)]!;
  const drawn: { id: string; globalRow: number; x0: number }[] = [...marks, ...layout.bins];
  const here = drawn.find((m) => m.id === id);
  if (!here) return id;
  const step = key === 'ArrowDown' ? 1 : -1;
  const rows = [...new Set(drawn.map((m) => m.globalRow))].sort((a, b) => step * (a - b));
  const target = rows.find((r) => step * (r - here.globalRow) > 0);
  if (target === undefined) return id;
  const candidates = drawn.filter((m) => m.globalRow === target);
  return candidates.reduce((best, m) => (Math.abs(m.x0 - here.x0) < Math.abs(best.x0 - here.x0) ? m : best)).id;
}
