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

/** An edge's curve from rim to rim: start, control point (the middle, when straight), end and the direction it ends in. */
function edgeCurve(s: Point & { r: number }, t: Point & { r: number }, bend: number): { start: Point; c: Point; end: Point; dir: Point } {
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
  return { start, c, end, dir: u1 };
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
  const { start, c, end, dir } = edgeCurve(s, t, bend);
  const f = (v: number) => Math.round(v * 10) / 10;
  const d = bend
    ? `M${f(start.x)},${f(start.y)}Q${f(c.x)},${f(c.y)} ${f(end.x)},${f(end.y)}`
    : `M${f(start.x)},${f(start.y)}L${f(end.x)},${f(end.y)}`;
  return { d, end, dir };
}

/** The drawn path as a polyline, rim to rim (a curve in `steps` pieces), for the layout's checks. */
export function edgePoints(s: Point & { r: number }, t: Point & { r: number }, bend: number, steps = 12): Point[] {
  const { start, c, end } = edgeCurve(s, t, bend);
  if (!bend) return [start, end];
  return Array.from({ length: steps + 1 }, (_, i) => {
    const u = i / steps;
    const a = (1 - u) * (1 - u);
    const b = 2 * u * (1 - u);
    const d = u * u;
    return { x: a * start.x + b * c.x + d * end.x, y: a * start.y + b * c.y + d * end.y };
  });
}

/** Whether the segment p–q passes through the box (touching its inside, not just an edge). */
export function segmentHitsRect(p: Point, q: Point, r: Rect): boolean {
  // Liang–Barsky clipping: the part of the segment inside the box, if any, has length > 0.
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  for (const [a, b] of [[-dx, p.x - r.x0], [dx, r.x1 - p.x], [-dy, p.y - r.y0], [dy, r.y1 - p.y]] as const) {
    if (a === 0) {
      if (b <= 0) return false;
    } else {
      const t = b / a;
      if (a < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 >= t1) return false;
    }
  }
  return true;
}

/** Whether two segments cross at a point inside both (not at a shared end). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

export type TooltipSide = 'below' | 'above';

/** The side the tooltip takes unless it would run off the page: below in the upper half. */
export const naturalSide = (anchor: Point, size: { height: number }): TooltipSide =>
  anchor.y <= size.height / 2 ? 'below' : 'above';

/**
 * Where the tooltip goes: centred on the anchor, on `side` of it (by default below it in the
 * upper half of the graph and above it in the lower half), never wider than the box or past
 * its sides.
 */
export function tooltipPlacement(
  anchor: Point,
  size: { width: number; height: number },
  maxWidth = 340,
  side: TooltipSide = naturalSide(anchor, size),
): { left: number; width: number; top?: number; bottom?: number } {
  const width = Math.min(maxWidth, size.width);
  const left = Math.round(Math.min(Math.max(anchor.x - width / 2, 0), size.width - width));
  const gap = 18;
  return side === 'below'
    ? { left, width, top: Math.round(anchor.y + gap) }
    : { left, width, bottom: Math.round(size.height - anchor.y + gap) };
}
