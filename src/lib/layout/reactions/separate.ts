/**
 * Overlap removal after the simulation: pushes nodes apart until no label touches another
 * label or node, and, when a box is too small for that, settles the rest downwards.
 */
import { SpatialGrid } from '../spatialGrid.ts';
import { CLEARANCE, GRID_CELL, HEAD_HEIGHT, MARGIN } from './constants.ts';
import { nodeBox, rectsOverlap } from './geometry.ts';
import { clampToBox, labelPlacement, markBox, overlaps } from './labels.ts';
import type { ReactionsNode, Rect } from './types.ts';

/** Rounds of pushing without fewer clashes before separate() changes tack, then gives up. */
const STALL_ROUNDS = 40;
/** Rounds separate() may take in all; what is left, settleDown() finishes in one pass. */
const MAX_ROUNDS = 60;

/**
 * Pushes overlapping nodes apart (and back inside the box) until nothing touches. Each round
 * visits the pairs in index order, as a plain double loop would, but finds each node's
 * neighbours through a grid, so a round costs about n rather than n². When the clashes stop
 * falling (two pushes undo each other), every push goes along the columns, the upper node
 * upwards; when that stalls too, or after MAX_ROUNDS, it stops: the box is too small, and
 * settleDown() finishes the job in a taller one. Returns how many pairs still clash.
 */
export function separate(nodes: ReactionsNode[], width: number, height: number, hub: string | null, rounds = MAX_ROUNDS): number {
  const size = { width, height, top: HEAD_HEIGHT };
  const clamp = () => {
    for (const n of nodes) Object.assign(n, clampToBox(n, n, size));
  };
  // Mark and label together, relative to the node: the label's side is settled by now.
  const reach = nodes.map((n) => markBox(n));
  const extent = (i: number): Rect => {
    const n = nodes[i]!;
    const r = reach[i]!;
    return { x0: n.x + r.x0, y0: n.y + r.y0, x1: n.x + r.x1, y1: n.y + r.y1 };
  };
  let fewest = Infinity;
  let stalled = 0;
  let alongOnly = false;
  clamp();
  for (let round = 0; round < rounds; round++) {
    const grid = new SpatialGrid(GRID_CELL);
    nodes.forEach((_, i) => grid.set(i, extent(i)));
    let pushes = 0;
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i]!;
      // Later nodes that may touch a, looked up again whenever a moves (a pixel more, for rounding).
      const after = (j: number) => grid.near(extent(i), CLEARANCE + 1).filter((k) => k > j);
      let next = after(i);
      for (let q = 0; q < next.length; q++) {
        const j = next[q]!;
        const b = nodes[j]!;
        const pa = [nodeBox(a, a), labelPlacement(a, a).box];
        const pb = [nodeBox(b, b), labelPlacement(b, b).box];
        let pushed = false;
        for (const ra of pa) {
          for (const rb of pb) {
            if (!rectsOverlap(ra, rb, CLEARANCE)) continue;
            const ox = Math.min(ra.x1, rb.x1) - Math.max(ra.x0, rb.x0) + CLEARANCE + 0.5;
            const oy = Math.min(ra.y1, rb.y1) - Math.max(ra.y0, rb.y0) + CLEARANCE + 0.5;
            // Columns keep their x: prefer sliding along them unless that costs far more.
            const vertical = oy < ox * 3;
            const wa = a.id === hub ? 0 : b.id === hub ? 1 : 0.5;
            const wb = 1 - wa;
            if (alongOnly) {
              // The upper node goes up, whichever of its boxes clashes, so no two pushes fight.
              const up = a.y < b.y || (a.y === b.y && i < j);
              const shift = (up ? ra.y1 - rb.y0 : rb.y1 - ra.y0) + CLEARANCE + 0.5;
              a.y += (up ? -shift : shift) * wa;
              b.y -= (up ? -shift : shift) * wb;
            } else if (vertical) {
              const s = (ra.y0 + ra.y1) / 2 <= (rb.y0 + rb.y1) / 2 || (ra.y0 + ra.y1 === rb.y0 + rb.y1 && i < j) ? -1 : 1;
              a.y += s * oy * wa;
              b.y -= s * oy * wb;
            } else {
              const s = (ra.x0 + ra.x1) / 2 <= (rb.x0 + rb.x1) / 2 ? -1 : 1;
              a.x += s * ox * wa;
              b.x -= s * ox * wb;
            }
            pushed = true;
            pushes++;
          }
        }
        if (pushed) {
          grid.set(i, extent(i));
          grid.set(j, extent(j));
          next = after(j);
          q = -1;
        }
      }
    }
    clamp();
    if (!pushes) return 0;
    if (pushes < fewest) {
      fewest = pushes;
      stalled = 0;
    } else if (++stalled >= STALL_ROUNDS) {
      if (alongOnly) break;
      alongOnly = true;
      stalled = 0;
      fewest = Infinity;
    }
  }
  return overlaps({ nodes }).length;
}

/**
 * Settles what separate() could not: nodes from the top down (the hub first, as it stays put),
 * each moved down until it clears every node settled before it. One pass, so it always ends
 * with nothing touching; returns the height the box needs to hold the result.
 */
export function settleDown(nodes: ReactionsNode[], hub: string | null, height: number): number {
  const boxes = (n: ReactionsNode) => [nodeBox(n, n), labelPlacement(n, n).box];
  const reach = nodes.map((n) => markBox(n));
  const extent = (i: number): Rect => {
    const n = nodes[i]!;
    const r = reach[i]!;
    return { x0: n.x + r.x0, y0: n.y + r.y0, x1: n.x + r.x1, y1: n.y + r.y1 };
  };
  const first = (i: number) => (nodes[i]!.id === hub ? -Infinity : nodes[i]!.y);
  const order = nodes.map((_, i) => i).sort((a, b) => first(a) - first(b) || a - b);
  const settled = new SpatialGrid(GRID_CELL);
  let bottom = 0;
  for (const i of order) {
    const n = nodes[i]!;
    for (;;) {
      let drop = 0;
      for (const j of settled.near(extent(i), CLEARANCE + 1)) {
        for (const rn of boxes(n)) {
          for (const rm of boxes(nodes[j]!)) if (rectsOverlap(rn, rm, CLEARANCE)) drop = Math.max(drop, rm.y1 - rn.y0 + CLEARANCE + 0.5);
        }
      }
      if (!drop) break;
      n.y += drop;
    }
    settled.set(i, extent(i));
    bottom = Math.max(bottom, extent(i).y1);
  }
  return Math.max(height, Math.ceil(bottom + MARGIN));
}
