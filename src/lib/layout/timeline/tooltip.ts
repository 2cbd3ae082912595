/** Where a mark's tooltip goes. */
import type { EventMark } from './types.ts';

/** Widest tooltip, in pixels (narrower on a narrow chart). */
export const TOOLTIP_W = 240;
/** Room a tooltip needs above its mark; marks nearer the top get theirs below. */
const TOOLTIP_ROOM = 100;
const TOOLTIP_GAP = 6;

/**
 * Where a mark's tooltip goes: over the visible part of the mark, kept inside the chart, above
 * the mark when there is room (`y` is then the tooltip's bottom edge) and below it otherwise.
 */
export function tooltipAnchor(mark: Pick<EventMark, 'hit'>, width: number, tipWidth = TOOLTIP_W): { x: number; y: number; above: boolean; width: number } {
  const w = Math.min(tipWidth, width);
  const x = Math.max(0, Math.min(width - w, Math.max(mark.hit.x, 0)));
  const above = mark.hit.y >= TOOLTIP_ROOM;
  const y = above ? mark.hit.y - TOOLTIP_GAP : mark.hit.y + mark.hit.height + TOOLTIP_GAP;
  return { x, y, above, width: w };
}
