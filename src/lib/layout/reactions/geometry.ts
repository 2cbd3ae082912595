/** Boxes, lines and the tooltip's spot: the drawing's plain geometry, in layout pixels. */
import type { Point, ReactionsNode, Rect } from './types.ts';

/** Whether two boxes come closer than `pad`. */
export function rectsOverlap(a: Rect, b: Rect, pad = 0): boolean {
  return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
}

/** The node's own square around its mark. */
export function nodeBox(node: Pick<ReactionsNode, 'r'>, at: Point): Rect {
  return { x0: at.x - node.r, y0: at.y - node.r, x1: at.x + node.r, y1: at.y + node.r };
}

/**
 * A straight (or, for parallel edges, curved) path from the rim of one node to the rim of
 * the other, plus the end point and direction there for the tone's end marker.
 */
export function edgeGeometry(
  s: Point & { r: number },
  t: Point & { r: number },
  bend: number,
): { d: string; end: Point; dir: Point } {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const len = Math.hypot(dx, dy) || 1;
  const c = { x: (s.x + t.x) / 2 - (dy / len) * bend, y: (s.y + t.y) / 2 + (dx / len) * bend };
  const unit = (x: number, y: number) => {
    const l = Math.hypot(x, y) || 1;
    return { x: x / l, y: y / l };
  };
  const u0 = unit(c.x - s.x, c.y - s.y);
  const u1 = unit(t.x - c.x, t.y - c.y);
  const start = { x: s.x + u0.x * (s.r + 1), y: s.y + u0.y * (s.r + 1) };
  const end = { x: t.x - u1.x * (t.r + 3), y: t.y - u1.y * (t.r + 3) };
  const f = (v: number) => Math.round(v * 10) / 10;
  const d = bend
    ? `M${f(start.x)},${f(start.y)}Q${f(c.x)},${f(c.y)} ${f(end.x)},${f(end.y)}`
    : `M${f(start.x)},${f(start.y)}L${f(end.x)},${f(end.y)}`;
  return { d, end, dir: u1 };
}

/**
 * Where the tooltip goes: centred on the anchor, below it in the upper half of the graph
 * and above it in the lower half, never wider than the box or past its sides.
 */
export function tooltipPlacement(
  anchor: Point,
  size: { width: number; height: number },
  maxWidth = 340,
): { left: number; width: number; top?: number; bottom?: number } {
  const width = Math.min(maxWidth, size.width);
  const left = Math.round(Math.min(Math.max(anchor.x - width / 2, 0), size.width - width));
  const gap = 18;
  return anchor.y <= size.height / 2
    ? { left, width, top: Math.round(anchor.y + gap) }
    : { left, width, bottom: Math.round(size.height - anchor.y + gap) };
}
