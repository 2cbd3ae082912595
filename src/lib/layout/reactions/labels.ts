/**
 * Label placement: where each node's label goes, the box mark and label take up together,
 * and the post-pass that puts every label on a free side. Widths come from
 * lib/text/measure.ts, so the build and every browser agree.
 */
import { textWidth as measureText } from '../../text/measure.ts';
import { SpatialGrid } from '../spatialGrid.ts';
import { CLEARANCE, GRID_CELL, HEAD_HEIGHT, LABEL_FONT_SIZE, LABEL_GAP, LABEL_HEIGHT, MARGIN } from './constants.ts';
import { nodeBox, rectsOverlap } from './geometry.ts';
import type { LabelSide, LayoutMode, NodeKind, Point, ReactionsLayout, ReactionsNode, Rect } from './types.ts';

/** A label's width at the network's label size unless told otherwise (lib/text/measure.ts). */
export const textWidth = (text: string, fontSize = LABEL_FONT_SIZE, bold = false): number => measureText(text, fontSize, { bold });

/** Where a node's label goes: anchor point (text centre line), text-anchor and box. */
export function labelPlacement(
  node: Pick<ReactionsNode, 'r' | 'labelSide' | 'labelWidth'>,
  at: Point,
): { x: number; y: number; anchor: 'start' | 'middle' | 'end'; box: Rect } {
  const w = node.labelWidth;
  const h = LABEL_HEIGHT;
  const off = node.r + LABEL_GAP;
  switch (node.labelSide) {
    case 'left':
      return { x: at.x - off, y: at.y, anchor: 'end', box: { x0: at.x - off - w, y0: at.y - h / 2, x1: at.x - off, y1: at.y + h / 2 } };
    case 'right':
      return { x: at.x + off, y: at.y, anchor: 'start', box: { x0: at.x + off, y0: at.y - h / 2, x1: at.x + off + w, y1: at.y + h / 2 } };
    case 'above': {
      const cy = at.y - off - h / 2;
      return { x: at.x, y: cy, anchor: 'middle', box: { x0: at.x - w / 2, y0: cy - h / 2, x1: at.x + w / 2, y1: cy + h / 2 } };
    }
    case 'below': {
      const cy = at.y + off + h / 2;
      return { x: at.x, y: cy, anchor: 'middle', box: { x0: at.x - w / 2, y0: cy - h / 2, x1: at.x + w / 2, y1: cy + h / 2 } };
    }
  }
}

/** The node's mark and label together, relative to the node's centre: what a focus outline goes round. */
export function markBox(node: Pick<ReactionsNode, 'r' | 'labelSide' | 'labelWidth'>, pad = 0): Rect {
  const m = nodeBox(node, { x: 0, y: 0 });
  const l = labelPlacement(node, { x: 0, y: 0 }).box;
  return { x0: Math.min(m.x0, l.x0) - pad, y0: Math.min(m.y0, l.y0) - pad, x1: Math.max(m.x1, l.x1) + pad, y1: Math.max(m.y1, l.y1) + pad };
}

/**
 * Moves a node (say, while it is dragged) to the nearest spot where its mark and label
 * stay inside the box.
 */
export function clampToBox(
  node: Pick<ReactionsNode, 'r' | 'labelSide' | 'labelWidth'>,
  at: Point,
  size: { width: number; height: number; top?: number },
): Point {
  const l = labelPlacement(node, { x: 0, y: 0 }).box;
  const left = Math.min(-node.r, l.x0);
  const right = Math.max(node.r, l.x1);
  const top = Math.min(-node.r, l.y0);
  const bottom = Math.max(node.r, l.y1);
  const lo = (v: number, a: number, b: number) => (a > b ? (a + b) / 2 : Math.min(Math.max(v, a), b));
  return {
    x: lo(at.x, MARGIN - left, size.width - MARGIN - right),
    y: lo(at.y, (size.top ?? 0) + MARGIN - top, size.height - MARGIN - bottom),
  };
}

/** Every pair of boxes that must not touch: label/label, label/node, node/node. */
export function overlaps(layout: Pick<ReactionsLayout, 'nodes'>): [string, string][] {
  const found: [string, string][] = [];
  const { nodes } = layout;
  const boxes = nodes.map((n) => ({ node: nodeBox(n, n), label: labelPlacement(n, n).box }));
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (
        rectsOverlap(a.label, b.label) ||
        rectsOverlap(a.label, b.node) ||
        rectsOverlap(a.node, b.label) ||
        rectsOverlap(a.node, b.node)
      ) {
        found.push([nodes[i]!.id, nodes[j]!.id]);
      }
    }
  }
  return found;
}

/** Preferred label sides, best first. */
export function sidesFor(kind: NodeKind, mode: LayoutMode): LabelSide[] {
  if (mode === 'narrow') return ['below', 'above', 'right', 'left'];
  if (kind === 'actor') return ['left', 'above', 'below', 'right'];
  if (kind === 'topic') return ['right', 'above', 'below', 'left'];
  return ['below', 'above', 'right', 'left'];
}

/** Puts each label on the first preferred side that is free and inside the box. */
export function chooseSides(nodes: ReactionsNode[], width: number, height: number, mode: LayoutMode): void {
  const box = { x0: MARGIN, y0: HEAD_HEIGHT + MARGIN, x1: width - MARGIN, y1: height - MARGIN };
  const inside = (r: Rect) => r.x0 >= box.x0 && r.y0 >= box.y0 && r.x1 <= box.x1 && r.y1 <= box.y1;
  const marks = nodes.map((m) => nodeBox(m, m));
  const markGrid = new SpatialGrid(GRID_CELL);
  marks.forEach((r, i) => markGrid.set(i, r));
  const placed: Rect[] = [];
  const placedGrid = new SpatialGrid(GRID_CELL);
  nodes.forEach((n, i) => {
    let best: { side: LabelSide; cost: number } | null = null;
    for (const [rank, side] of sidesFor(n.kind, mode).entries()) {
      const l = labelPlacement({ ...n, labelSide: side }, n).box;
      let hits = 0;
      for (const j of markGrid.near(l, CLEARANCE)) if (j !== i && rectsOverlap(l, marks[j]!, CLEARANCE)) hits++;
      for (const k of placedGrid.near(l, CLEARANCE)) if (rectsOverlap(l, placed[k]!, CLEARANCE)) hits++;
      const cost = hits * 10 + (inside(l) ? 0 : 5) + rank * 0.1;
      if (!best || cost < best.cost) best = { side, cost };
    }
    n.labelSide = best!.side;
    placedGrid.set(placed.push(labelPlacement(n, n).box) - 1, placed.at(-1)!);
  });
}
