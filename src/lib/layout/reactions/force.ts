/**
 * The seeded d3 force simulation, build time only: a fixed number of ticks settles the
 * nodes around a readable scaffold (reacting actors grouped by camp in a column on the
 * left, what they reacted to in the middle, topics in a column on the right), so the same
 * story always gives the same picture.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, randomLcg } from 'd3';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3';
import { clusterGap } from './clusters.ts';
import { HEAD_HEIGHT, LABEL_GAP, LABEL_HEIGHT, MARGIN, MAX_SPAN } from './constants.ts';
import type { Graph } from './graph.ts';
import type { LayoutMode, Point } from './types.ts';

const SEED = 0.4217;
const TICKS = 300;
/**
 * Node-ticks a layout may spend settling: 300 ticks for any graph up to a hundred nodes (the
 * real story has seventeen); a bigger one gets fewer ticks, never under 100, cooling as fully.
 */
const TICK_BUDGET = 30_000;
const MIN_TICKS = 100;

interface SimNode extends SimulationNodeDatum {
  id: string;
  ax: number;
  ay: number;
  r: number;
}

/**
 * Where the columns' first and last nodes sit, from the top and the bottom of the box: below
 * the heads, with room for a label (beside the node when wide, below it when narrow).
 */
export function columnInsets(mode: LayoutMode): { top: number; bottom: number } {
  const wide = mode === 'wide';
  return {
    top: HEAD_HEIGHT + MARGIN + (wide ? LABEL_HEIGHT / 2 : 12),
    bottom: MARGIN + (wide ? LABEL_HEIGHT : 12 + LABEL_GAP + LABEL_HEIGHT),
  };
}

/**
 * The actor column's vertical slots, in `order` (graph order unless told), with a gap between
 * neighbouring clusters (clusters.ts says how wide): each actor's slot, and how many slots the
 * column spans.
 */
export function actorSlots(graph: Graph, order?: readonly string[]): { slotOf: Map<string, number>; slots: number } {
  let slots = 0;
  let prev = '';
  const slotOf = new Map<string, number>();
  for (const id of order ?? graph.nodes.filter((n) => n.kind === 'actor').map((n) => n.id)) {
    const c = graph.cluster.get(id) ?? '';
    if (prev && c !== prev) slots += clusterGap(prev, c);
    slotOf.set(id, slots);
    slots += 1;
    prev = c;
  }
  return { slotOf, slots };
}

/** Who reacted to each target or topic, in edge order. */
function reactorsOf(graph: Graph): Map<string, string[]> {
  const reactors = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (e.kind !== 'reaction') continue;
    const list = reactors.get(e.target);
    if (list) list.push(e.source);
    else reactors.set(e.target, [e.source]);
  }
  return reactors;
}

const mean = (vs: number[], empty: number) => (vs.length ? vs.reduce((a, b) => a + b, 0) / vs.length : empty);

/**
 * The middle and right columns for actors at `actorY`: each target at the barycentre (mean
 * y) of those who reacted to it, topics in the order of their barycentres, spread evenly
 * from `top` to `bottom`.
 */
function otherColumns(graph: Graph, reactors: Map<string, string[]>, actorY: Map<string, number>, top: number, bottom: number): Map<string, number> {
  const y = new Map<string, number>();
  const centre = (id: string) => mean((reactors.get(id) ?? []).map((a) => actorY.get(a)!), (top + bottom) / 2);
  for (const n of graph.nodes) if (n.kind === 'target') y.set(n.id, centre(n.id));
  const topics = graph.nodes.filter((n) => n.kind === 'topic').map((n, i) => ({ id: n.id, i, c: centre(n.id) }));
  topics.sort((a, b) => a.c - b.c || a.i - b.i);
  const step = (bottom - top) / Math.max(1, topics.length - 1);
  topics.forEach((t, i) => y.set(t.id, top + i * step));
  return y;
}

/** Sweeps of the barycentre ordering; a small story settles in two or three. */
const SWEEPS = 6;

/**
 * The actor column's order, for fewer crossings: the clusters stay in reading order (abroad,
 * then home; clusters.ts), and within each cluster the actors are sorted by the barycentre of
 * what they reacted to (the mean slot of their targets and topics), bodies before their
 * members as before. Repeated until the order holds, ties kept in reading order:
 * deterministic. `barycentre: false` keeps the reading order (tests compare the two).
 */
export function actorOrder(graph: Graph, barycentre = true): string[] {
  let order = graph.nodes.filter((n) => n.kind === 'actor').map((n) => n.id);
  if (!barycentre) return order;
  const reactors = reactorsOf(graph);
  const reacted = new Map<string, string[]>();
  for (const e of graph.edges) if (e.kind === 'reaction') reacted.set(e.source, [...(reacted.get(e.source) ?? []), e.target]);
  const member = new Set(graph.edges.filter((e) => e.kind === 'member').map((e) => e.source));
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const { slotOf, slots } = actorSlots(graph, order);
    const other = otherColumns(graph, reactors, slotOf, 0, Math.max(0, slots - 1));
    const key = (id: string) => mean((reacted.get(id) ?? []).map((t) => other.get(t)!), slotOf.get(id)!);
    const next: string[] = [];
    for (let i = 0; i < order.length; ) {
      const c = graph.cluster.get(order[i]!);
      let j = i;
      while (j < order.length && graph.cluster.get(order[j]!) === c) j++;
      const run = order.slice(i, j).map((id, k) => ({ id, k, m: member.has(id) ? 1 : 0, y: key(id) }));
      run.sort((a, b) => a.m - b.m || a.y - b.y || a.k - b.k);
      next.push(...run.map((r) => r.id));
      i = j;
    }
    if (next.every((id, i) => id === order[i])) break;
    order = next;
  }
  return order;
}

/** Scaffold positions: where each node starts and what forceX/forceY pull it towards. */
function scaffold(graph: Graph, width: number, height: number, mode: LayoutMode, barycentre: boolean): Map<string, Point> {
  const pos = new Map<string, Point>();
  const actors = graph.nodes.filter((n) => n.kind === 'actor');
  const topics = graph.nodes.filter((n) => n.kind === 'topic');

  const wide = mode === 'wide';
  const inset = Math.max(0, (width - MAX_SPAN) / 2);
  const maxActorLabel = Math.max(...actors.map((n) => n.labelWidth));
  const maxTopicLabel = Math.max(...topics.map((n) => n.labelWidth));
  // Wide: the label hangs outwards beside the node. Narrow: it is centred below the node.
  const actorX = inset + MARGIN + (wide ? maxActorLabel + LABEL_GAP + 12 : maxActorLabel / 2);
  const topicX = width - inset - MARGIN - (wide ? maxTopicLabel + LABEL_GAP + 12 : maxTopicLabel / 2);
  const insets = columnInsets(mode);
  const top = insets.top;
  const bottom = height - insets.bottom;

  const { slotOf, slots } = actorSlots(graph, actorOrder(graph, barycentre));
  const step = (bottom - top) / Math.max(1, slots - 1);
  const actorY = new Map<string, number>();
  for (const n of actors) {
    actorY.set(n.id, top + slotOf.get(n.id)! * step);
    // Members sit a little inward of the body they speak for.
    pos.set(n.id, { x: actorX + (n.person ? (wide ? 22 : 12) : 0), y: actorY.get(n.id)! });
  }
  const cx = (actorX + topicX) / 2;
  // Targets at their reactors' barycentre, topics in the order of theirs: fewer crossings.
  const other = otherColumns(graph, reactorsOf(graph), actorY, top, bottom);
  for (const n of graph.nodes) if (n.kind !== 'actor') pos.set(n.id, { x: n.kind === 'topic' ? topicX : cx, y: other.get(n.id)! });
  return pos;
}

/** Runs the simulation for a `width` × `height` box and writes the settled positions into the graph's nodes. */
export function simulate(graph: Graph, width: number, height: number, mode: LayoutMode, barycentre = true): void {
  const anchors = scaffold(graph, width, height, mode, barycentre);
  const simNodes: SimNode[] = graph.nodes.map((n) => {
    const a = anchors.get(n.id)!;
    const s: SimNode = { id: n.id, x: a.x, y: a.y, ax: a.x, ay: a.y, r: n.r };
    // The summit is the hub everything reacts to: keep it put.
    if (n.id === graph.hub) {
      s.fx = a.x;
      s.fy = a.y;
    }
    return s;
  });
  const links: SimulationLinkDatum<SimNode>[] = graph.edges.map((e) => ({ source: e.source, target: e.target }));
  const sim = forceSimulation(simNodes)
    .randomSource(randomLcg(SEED))
    // Springs at the scaffold's own lengths: they hold the picture together while charge
    // and collision make room, instead of dragging the columns inwards.
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .id((d) => d.id)
        .distance((l) => Math.hypot((l.source as SimNode).ax - (l.target as SimNode).ax, (l.source as SimNode).ay - (l.target as SimNode).ay))
        .strength(0.05),
    )
    .force('charge', forceManyBody<SimNode>().strength(-40).distanceMax(120))
    .force('collide', forceCollide<SimNode>((d) => Math.max(d.r, LABEL_HEIGHT / 2) + 8).iterations(2))
    .force('x', forceX<SimNode>((d) => d.ax).strength(0.5))
    .force('y', forceY<SimNode>((d) => d.ay).strength(0.2))
    .stop();
  const ticks = Math.max(MIN_TICKS, Math.min(TICKS, Math.round(TICK_BUDGET / simNodes.length)));
  if (ticks < TICKS) sim.alphaDecay(1 - Math.pow(sim.alphaMin(), 1 / ticks));
  sim.tick(ticks);
  graph.nodes.forEach((n, i) => {
    n.x = simNodes[i]?.x ?? 0;
    n.y = simNodes[i]?.y ?? 0;
  });
}
