/**
 * The reaction network's layout, build time only: simulation, label sides, overlap removal
 * and column heads, once per breakpoint in NETWORK_WIDTHS. The build ships the packed
 * positions with the story, so the browser never runs a simulation (it draws through
 * index.ts). Pure: no DOM, no Svelte.
 */
import type { Story } from '../../story/types.ts';
import { CLEARANCE, HEAD_HEIGHT, MARGIN, NETWORK_WIDTHS, WIDE_MIN_WIDTH } from './constants.ts';
import { actorSlots, columnInsets, simulate } from './force.ts';
import { buildGraph, type Graph } from './graph.ts';
import { columnHeads } from './heads.ts';
import { clearLabels } from './crossings.ts';
import { nodeBox, rectsOverlap } from './geometry.ts';
import { chooseSides, clampToBox, labelPlacement, markBox, sidesFor } from './labels.ts';
import { packReactionsLayout } from './packing.ts';
import { separate, settleDown } from './separate.ts';
import type { LayoutMode, NodeKind, PackedReactionsLayout, ReactionsLayout } from './types.ts';

/** The box height a layout starts from, before the columns ask for more. */
function startHeight(width: number, mode: LayoutMode): number {
  if (mode === 'wide') return Math.round(Math.min(600, Math.max(460, width * 0.48)));
  return 560;
}

/**
 * Most room the scaffold gives a slot of the actor column, or a topic, in px: more would only
 * spread a small story thin, its few nodes far apart in a tall, empty box. (The real story's
 * columns are denser: at startHeight its slots get less, so its box is unchanged.)
 */
const MAX_PITCH: Record<LayoutMode, number> = { wide: 64, narrow: 72 };

/** The height at which no column is spread wider than MAX_PITCH. */
function fittedHeight(graph: Graph, mode: LayoutMode): number {
  const insets = columnInsets(mode);
  const topics = graph.nodes.filter((n) => n.kind === 'topic').length;
  const span = Math.max(actorSlots(graph).slots - 1, topics - 1) * MAX_PITCH[mode];
  return Math.ceil(insets.top + span + insets.bottom);
}

/**
 * The height the busiest column needs with its nodes one above another, each with its label
 * and clearance: a big story starts there rather than growing towards it 12 % at a time.
 * (The real story's columns need far less than startHeight gives.)
 */
function stackedHeight(graph: Graph, mode: LayoutMode): number {
  const sums = new Map<NodeKind, number>();
  for (const n of graph.nodes) {
    const box = markBox({ ...n, labelSide: sidesFor(n.kind, mode)[0]! });
    sums.set(n.kind, (sums.get(n.kind) ?? 0) + box.y1 - box.y0 + CLEARANCE);
  }
  return Math.round(HEAD_HEIGHT + 2 * MARGIN + Math.max(0, ...sums.values()));
}

/**
 * Lays the reaction network out for a box `width` pixels wide. The height follows from the
 * width (taller on phones, where the graph stacks) and from how much the columns hold: a
 * small story gets a box no taller than its columns need.
 * Same story and width, same picture. `barycentre: false` keeps each column in reading order
 * (force.ts), for tests that count what the ordering saves.
 */
export function layoutReactions(story: Story, size: { width: number; barycentre?: boolean }): ReactionsLayout {
  const width = Math.max(280, Math.round(size.width));
  const mode: LayoutMode = width >= WIDE_MIN_WIDTH ? 'wide' : 'narrow';
  const graph = buildGraph(story);
  let height = Math.max(Math.min(startHeight(width, mode), fittedHeight(graph, mode)), stackedHeight(graph, mode));
  simulate(graph, width, height, mode, size.barycentre ?? true);
  for (const n of graph.nodes) {
    n.labelSide = sidesFor(n.kind, mode)[0]!;
    Object.assign(n, clampToBox(n, n, { width, height, top: HEAD_HEIGHT }));
  }
  chooseSides(graph.nodes, width, height, mode);
  // Still crowded (a story many times the real one): settle the rest downwards, in a taller box.
  if (separate(graph.nodes, width, height, graph.hub) > 0) height = settleDown(graph.nodes, graph.hub, height);
  // No line through a label: labels move to a free side, lines bend round what is left.
  const fits = (n: (typeof graph.nodes)[number]) => {
    const label = labelPlacement(n, n).box;
    const held = clampToBox(n, n, { width, height, top: HEAD_HEIGHT });
    if (Math.abs(held.x - n.x) > 0.01 || Math.abs(held.y - n.y) > 0.01) return false;
    const mark = nodeBox(n, n);
    return graph.nodes.every((m) => {
      if (m === n) return true;
      const [om, ol] = [nodeBox(m, m), labelPlacement(m, m).box];
      return ![[label, om], [label, ol], [mark, om], [mark, ol]].some(([a, b]) => rectsOverlap(a!, b!, CLEARANCE));
    });
  };
  clearLabels(graph, (n) => sidesFor(n.kind, mode), fits);
  for (const n of graph.nodes) {
    n.x = Math.round(n.x * 10) / 10;
    n.y = Math.round(n.y * 10) / 10;
  }
  return { width, height, top: HEAD_HEIGHT, mode, heads: columnHeads(graph.nodes, width, mode), nodes: graph.nodes, edges: graph.edges };
}

/** The layouts the build ships: one per breakpoint, packed. */
export function reactionsLayouts(story: Story): PackedReactionsLayout[] {
  return NETWORK_WIDTHS.map((width) => packReactionsLayout(layoutReactions(story, { width })));
}

/** The story as the app receives it: the data plus its build-time network layouts. */
export function withReactionsLayouts(story: Story): Story {
  return { ...story, reactionsLayouts: reactionsLayouts(story) };
}
