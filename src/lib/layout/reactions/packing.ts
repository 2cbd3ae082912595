/**
 * The build-time layouts as they travel with the story: packed to positions and label
 * sides, unpacked against the story's graph, and picked for the reader's width.
 */
import type { Story } from '../../story/types.ts';
import { buildGraph } from './graph.ts';
import type { LabelSide, PackedReactionsLayout, ReactionsLayout } from './types.ts';

const SIDES: readonly LabelSide[] = ['left', 'right', 'above', 'below'];

/** A full layout reduced to what the story cannot rebuild: the box, the heads, each node's spot and label side. */
export function packReactionsLayout(l: ReactionsLayout): PackedReactionsLayout {
  const bends = l.edges.flatMap((e, i): [number, number][] => (e.bend ? [[i, e.bend]] : []));
  return {
    width: l.width,
    height: l.height,
    top: l.top,
    mode: l.mode,
    heads: l.heads,
    at: l.nodes.map((n) => [n.x, n.y, SIDES.indexOf(n.labelSide)]),
    ...(bends.length ? { bends } : {}),
  };
}

/** The full layout again: the story's graph, placed where the build put it. */
export function unpackReactionsLayout(story: Story, p: PackedReactionsLayout): ReactionsLayout {
  const { nodes, edges } = buildGraph(story);
  if (nodes.length !== p.at.length) throw new Error(`network layout has ${p.at.length} nodes, the story ${nodes.length}: rebuild`);
  nodes.forEach((n, i) => {
    const [x, y, side] = p.at[i]!;
    n.x = x;
    n.y = y;
    n.labelSide = SIDES[side] ?? 'right';
  });
  // Every curve as the build drew it (parallel lines, lines bent round a label); the rest straight.
  if (p.bends) {
    for (const e of edges) e.bend = 0;
    for (const [i, bend] of p.bends) if (edges[i]) edges[i].bend = bend;
  }
  return { width: p.width, height: p.height, top: p.top, mode: p.mode, heads: p.heads, nodes, edges };
}

/** The widest packed layout that fits `width` (the narrowest when none does). */
export function pickReactionsLayout(layouts: readonly PackedReactionsLayout[], width: number): PackedReactionsLayout {
  if (!layouts.length) throw new Error('no network layout: the story was not prepared at build time');
  let best = layouts[0]!;
  for (const l of layouts) if (l.width <= width + 0.5 && l.width >= best.width) best = l;
  return best;
}
