/**
 * What a finished network must not do, counted: lines that cross each other (fewer is
 * better; the barycentre ordering in force.ts brings them down) and lines that run through a
 * label (none at all; layoutReactions clears them with clearLabels below).
 */
import { edgePoints, segmentHitsRect, segmentsCross } from './geometry.ts';
import { labelPlacement } from './labels.ts';
import type { Point, ReactionsEdge, ReactionsLayout, ReactionsNode, Rect } from './types.ts';

type Drawn = Pick<ReactionsLayout, 'nodes' | 'edges'>;

/** Each edge's drawn polyline, rim to rim, by edge id. */
export function edgePaths(layout: Drawn): Map<string, Point[]> {
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  return new Map(layout.edges.map((e) => [e.id, edgePoints(at.get(e.source)!, at.get(e.target)!, e.bend)]));
}

/** Pairs of reaction lines that cross between their ends (lines that share a node are not counted). */
export function edgeCrossings(layout: Drawn): [string, string][] {
  const edges = layout.edges.filter((e) => e.kind === 'reaction');
  const paths = edgePaths(layout);
  const found: [string, string][] = [];
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      const a = edges[i]!;
      const b = edges[j]!;
      if (a.source === b.source || a.source === b.target || a.target === b.source || a.target === b.target) continue;
      if (pathsCross(paths.get(a.id)!, paths.get(b.id)!)) found.push([a.id, b.id]);
    }
  }
  return found;
}

function pathsCross(p: Point[], q: Point[]): boolean {
  for (let i = 1; i < p.length; i++) for (let j = 1; j < q.length; j++) if (segmentsCross(p[i - 1]!, p[i]!, q[j - 1]!, q[j]!)) return true;
  return false;
}

/** A label's box, a pixel in from its halo on each side: a line grazing the halo does not run through the words. */
export function labelInk(n: ReactionsNode): Rect {
  const b = labelPlacement(n, n).box;
  return { x0: b.x0 + 1, y0: b.y0 + 1, x1: b.x1 - 1, y1: b.y1 - 1 };
}

/** Every line (reaction or membership) that runs through a node's label: `[edge id, node id]`. */
export function labelCrossings(layout: Drawn, only?: ReadonlySet<string>): [string, string][] {
  const paths = edgePaths(layout);
  const found: [string, string][] = [];
  for (const e of layout.edges) {
    if (only && !only.has(e.id)) continue;
    const path = paths.get(e.id)!;
    for (const n of layout.nodes) {
      const box = labelInk(n);
      if (pathHits(path, box)) found.push([e.id, n.id]);
    }
  }
  return found;
}

const pathHits = (path: Point[], box: Rect) => path.some((p, i) => i > 0 && segmentHitsRect(path[i - 1]!, p, box));

/** Edge ids by node: the lines a move of that node or its label could change. */
export function edgesAt(edges: readonly ReactionsEdge[]): Map<string, ReactionsEdge[]> {
  const out = new Map<string, ReactionsEdge[]>();
  for (const e of edges) for (const id of [e.source, e.target]) out.set(id, [...(out.get(id) ?? []), e]);
  return out;
}

/** Sideways offsets an edge may take to go round a label, in px, nearest the straight line first. */
const BENDS = [10, -10, 20, -20, 30, -30, 45, -45, 60, -60, 80, -80, 100, -100, 130, -130];
/** Small moves along its column a node may take to let a line past its label, in px, nearest first. */
const NUDGES = [4, -4, 8, -8, 12, -12, 16, -16, 20, -20, 28, -28, 36, -36, 48, -48];
/** Moves across its column, in px, for a node nudges along it cannot free: a member steps out from under its body's label. */
const SHIFTS = [15, -15, 30, -30, 45, -45, 60, -60];
/** Rounds of clearLabels: each tries every crossed label's sides and nudges, then every crossing line's bends. */
const ROUNDS = 10;
/** Past this many lines (a story many times the real one) the search would cost more than it is worth. */
const MAX_EDGES = 150;

/**
 * Takes every line out of the labels it runs through, build time only. Each round, each node
 * whose label a line crosses (or whose line crosses one) tries its other label sides
 * (sidesFor's, best first) and small moves along its column, then across it, keeping whichever leaves the fewest crossings at that node while its
 * label and mark stay clear of the others and inside the box (`fits`); then each line still
 * through a label tries bending round it (the smallest bend that clears the most). Only a
 * strict improvement is kept, so it always ends. Returns what is left, which the unit tests
 * require to be nothing for the fixture and the real story.
 */
export function clearLabels(
  layout: Drawn,
  sides: (n: ReactionsNode) => readonly ReactionsNode['labelSide'][],
  fits: (n: ReactionsNode) => boolean,
): [string, string][] {
  if (layout.edges.length > MAX_EDGES) return labelCrossings(layout);
  const byNode = edgesAt(layout.edges);
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  // Paths by where their ends are and how they bend: the search tries the same few again and again.
  const cache = new Map<string, { points: Point[]; box: Rect }>();
  const path = (e: ReactionsEdge) => {
    const s = at.get(e.source)!;
    const t = at.get(e.target)!;
    const key = `${s.x},${s.y},${t.x},${t.y},${e.bend},${s.r},${t.r}`;
    let hit = cache.get(key);
    if (!hit) {
      const points = edgePoints(s, t, e.bend);
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      hit = { points, box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) } };
      cache.set(key, hit);
    }
    return hit;
  };
  const hits = (e: ReactionsEdge, box: Rect) => {
    const p = path(e);
    return p.box.x0 < box.x1 && box.x0 < p.box.x1 && p.box.y0 < box.y1 && box.y0 < p.box.y1 && pathHits(p.points, box);
  };
  /** Lines through any label, counting only those that involve `n`: its label, or its own lines. */
  const costAt = (n: ReactionsNode) => {
    const box = labelInk(n);
    let cost = 0;
    for (const e of layout.edges) if (hits(e, box)) cost++;
    for (const e of byNode.get(n.id) ?? []) for (const m of layout.nodes) if (m !== n && hits(e, labelInk(m))) cost++;
    return cost;
  };
  const edgeCost = (e: ReactionsEdge) => layout.nodes.filter((m) => hits(e, labelInk(m))).length;
  for (let round = 0; round < ROUNDS; round++) {
    let crossings = labelCrossings(layout);
    if (!crossings.length) break;
    const crossed = new Set(crossings.flatMap(([e, n]) => [n, ...[at.get(layout.edges.find((x) => x.id === e)!.source)!.id]]));
    for (const id of crossed) {
      const n = at.get(id)!;
      const was = { side: n.labelSide, x: n.x, y: n.y };
      let best = { ...was, cost: costAt(n) };
      const tryIt = (side: ReactionsNode['labelSide'], x: number, y: number) => {
        n.labelSide = side;
        n.x = x;
        n.y = y;
        if (!fits(n)) return;
        const cost = costAt(n);
        if (cost < best.cost) best = { side, x, y, cost };
      };
      if (best.cost === 0) continue;
      for (const side of sides(n)) if (side !== was.side) tryIt(side, was.x, was.y);
      for (const dy of NUDGES) for (const side of sides(n)) tryIt(side, was.x, was.y + dy);
      if (best.cost > 0) for (const dx of SHIFTS) for (const side of sides(n)) tryIt(side, was.x + dx, was.y);
      n.labelSide = best.side;
      n.x = best.x;
      n.y = best.y;
    }
    crossings = labelCrossings(layout);
    for (const edgeId of new Set(crossings.map(([e]) => e))) {
      const e = layout.edges.find((x) => x.id === edgeId)!;
      const base = e.bend;
      let best = { bend: base, cost: edgeCost(e) };
      for (const d of BENDS) {
        e.bend = base + d;
        const cost = edgeCost(e);
        if (cost < best.cost) best = { bend: e.bend, cost };
      }
      e.bend = best.bend;
    }
    // What neither freed alone: the line's bend and the label's side and spot together.
    for (const [edgeId, nodeId] of labelCrossings(layout)) {
      const e = layout.edges.find((x) => x.id === edgeId)!;
      const n = at.get(nodeId)!;
      const was = { bend: e.bend, side: n.labelSide, y: n.y };
      const cost = () => costAt(n) + edgeCost(e);
      let best = { ...was, cost: cost() };
      search: for (const d of [0, ...BENDS]) {
        for (const dy of [0, 8, -8, 16, -16, 28, -28]) {
          for (const side of sides(n)) {
            if (best.cost === 0) break search;
            e.bend = was.bend + d;
            n.labelSide = side;
            n.y = was.y + dy;
            if (!fits(n)) continue;
            const c = cost();
            if (c < best.cost) best = { bend: e.bend, side, y: n.y, cost: c };
          }
        }
      }
      e.bend = best.bend;
      n.labelSide = best.side;
      n.y = best.y;
    }
  }
  return labelCrossings(layout);
}
