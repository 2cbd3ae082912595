/**
 * The reaction network's force layout: build time only. A d3 force simulation, seeded and
 * run for a fixed number of ticks, settles the nodes around a readable scaffold (see
 * reactions.ts); a post-pass places every label on a free side and pushes nodes apart until
 * no label touches another label or node, growing the box if it has to. The build runs it
 * once per breakpoint in NETWORK_WIDTHS and ships the packed positions with the story, so
 * the browser never runs a simulation. Pure: no DOM, no Svelte.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, randomLcg } from 'd3';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3';
import type { Story } from '../story/types.ts';
import { reactions as strings } from '../strings.ts';
import {
  buildGraph,
  clampToBox,
  CLEARANCE,
  HEAD_HEIGHT,
  headBox,
  LABEL_GAP,
  LABEL_HEIGHT,
  labelPlacement,
  MARGIN,
  markBox,
  MAX_SPAN,
  NETWORK_WIDTHS,
  nodeBox,
  overlaps,
  packReactionsLayout,
  rectsOverlap,
  WIDE_MIN_WIDTH,
  type ColumnHead,
  type Graph,
  type LabelSide,
  type LayoutMode,
  type ReactionsLayout,
  type ReactionsNode,
  type NodeKind,
  type PackedReactionsLayout,
  type Point,
  type Rect,
} from './reactions.ts';
import { SpatialGrid } from './spatialGrid.ts';

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

/** Preferred label sides, best first. */
function sidesFor(kind: NodeKind, mode: LayoutMode): LabelSide[] {
  if (mode === 'narrow') return ['below', 'above', 'right', 'left'];
  if (kind === 'actor') return ['left', 'above', 'below', 'right'];
  if (kind === 'topic') return ['right', 'above', 'below', 'left'];
  return ['below', 'above', 'right', 'left'];
}

/** Scaffold positions: where each node starts and what forceX/forceY pull it towards. */
function scaffold(graph: Graph, width: number, height: number, mode: LayoutMode): Map<string, Point> {
  const pos = new Map<string, Point>();
  const actors = graph.nodes.filter((n) => n.kind === 'actor');
  const targets = graph.nodes.filter((n) => n.kind === 'target');
  const topics = graph.nodes.filter((n) => n.kind === 'topic');
  // Who reacted to each target or topic, in edge order.
  const reactors = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (e.kind !== 'reaction') continue;
    const list = reactors.get(e.target);
    if (list) list.push(e.source);
    else reactors.set(e.target, [e.source]);
  }
  const neighbours = (id: string) => (reactors.get(id) ?? []).map((source) => pos.get(source)!);
  const meanY = (pts: Point[]) => (pts.length ? pts.reduce((s, p) => s + p.y, 0) / pts.length : height / 2);

  const wide = mode === 'wide';
  const inset = Math.max(0, (width - MAX_SPAN) / 2);
  const maxActorLabel = Math.max(...actors.map((n) => n.labelWidth));
  const maxTopicLabel = Math.max(...topics.map((n) => n.labelWidth));
  // Wide: the label hangs outwards beside the node. Narrow: it is centred below the node.
  const actorX = inset + MARGIN + (wide ? maxActorLabel + LABEL_GAP + 12 : maxActorLabel / 2);
  const topicX = width - inset - MARGIN - (wide ? maxTopicLabel + LABEL_GAP + 12 : maxTopicLabel / 2);
  const top = HEAD_HEIGHT + MARGIN + (wide ? LABEL_HEIGHT / 2 : 12);
  const bottom = height - MARGIN - (wide ? LABEL_HEIGHT : 12 + LABEL_GAP + LABEL_HEIGHT);

  // Vertical slots, with a small gap between camps and a larger one between abroad and home.
  let slots = 0;
  let prev = '';
  const slotOf = new Map<string, number>();
  for (const n of actors) {
    const c = graph.cluster.get(n.id) ?? '';
    if (prev && c !== prev) slots += c.split('/')[0] !== prev.split('/')[0] ? 1 : 0.5;
    slotOf.set(n.id, slots);
    slots += 1;
    prev = c;
  }
  const step = (bottom - top) / Math.max(1, slots - 1);
  for (const n of actors) {
    // Members sit a little inward of the body they speak for.
    pos.set(n.id, { x: actorX + (n.person ? (wide ? 22 : 12) : 0), y: top + slotOf.get(n.id)! * step });
  }
  const cx = (actorX + topicX) / 2;
  for (const n of targets) pos.set(n.id, { x: cx, y: meanY(neighbours(n.id)) });
  // Topics in the order of their reacting actors, spread evenly: fewer crossings.
  const sorted = topics.map((n) => ({ n, y: meanY(neighbours(n.id)) })).sort((a, b) => a.y - b.y);
  const tStep = (bottom - top) / Math.max(1, sorted.length - 1);
  sorted.forEach(({ n }, i) => pos.set(n.id, { x: topicX, y: top + i * tStep }));
  return pos;
}

function simulate(graph: Graph, width: number, height: number, mode: LayoutMode): void {
  const anchors = scaffold(graph, width, height, mode);
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

/** Side of a grid cell for overlap checks: about one label's height and a half. */
const CELL = 32;

/** Puts each label on the first preferred side that is free and inside the box. */
function chooseSides(nodes: ReactionsNode[], width: number, height: number, mode: LayoutMode): void {
  const box = { x0: MARGIN, y0: HEAD_HEIGHT + MARGIN, x1: width - MARGIN, y1: height - MARGIN };
  const inside = (r: Rect) => r.x0 >= box.x0 && r.y0 >= box.y0 && r.x1 <= box.x1 && r.y1 <= box.y1;
  const marks = nodes.map((m) => nodeBox(m, m));
  const markGrid = new SpatialGrid(CELL);
  marks.forEach((r, i) => markGrid.set(i, r));
  const placed: Rect[] = [];
  const placedGrid = new SpatialGrid(CELL);
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
function separate(nodes: ReactionsNode[], width: number, height: number, hub: string | null, rounds = MAX_ROUNDS): number {
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
    const grid = new SpatialGrid(CELL);
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

/** Heads over the three columns, lined up with where the columns ended up. */
function columnHeads(nodes: ReactionsNode[], width: number, mode: LayoutMode): ColumnHead[] {
  const median = (kind: NodeKind) => {
    const xs = nodes.filter((n) => n.kind === kind).map((n) => n.x).sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)] ?? width / 2;
  };
  const actorX = Math.min(...nodes.filter((n) => n.kind === 'actor' && !n.person).map((n) => n.x));
  const topicX = median('topic');
  const wide = mode === 'wide';
  // Phones have no room for three heads in a row: the bold summit label names the middle.
  const heads: ColumnHead[] = wide
    ? [
        { text: strings.columnActors, x: actorX + 10, anchor: 'end' },
        { text: strings.columnTargets, x: median('target'), anchor: 'middle' },
        { text: strings.columnTopics, x: topicX - 8, anchor: 'start' },
      ]
    : [
        { text: strings.columnActors, x: MARGIN, anchor: 'start' },
        { text: strings.columnTopics, x: width - MARGIN, anchor: 'end' },
      ];
  // Keep each head's text inside the box.
  for (const h of heads) {
    const box = headBox(h);
    if (box.x0 < MARGIN) h.x += MARGIN - box.x0;
    if (box.x1 > width - MARGIN) h.x -= box.x1 - (width - MARGIN);
  }
  return heads;
}

function startHeight(width: number, mode: LayoutMode): number {
  if (mode === 'wide') return Math.round(Math.min(600, Math.max(460, width * 0.48)));
  return 560;
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
 * Settles what separate() could not: nodes from the top down (the hub first, as it stays put),
 * each moved down until it clears every node settled before it. One pass, so it always ends
 * with nothing touching; returns the height the box needs to hold the result.
 */
function settleDown(nodes: ReactionsNode[], hub: string | null, height: number): number {
  const boxes = (n: ReactionsNode) => [nodeBox(n, n), labelPlacement(n, n).box];
  const reach = nodes.map((n) => markBox(n));
  const extent = (i: number): Rect => {
    const n = nodes[i]!;
    const r = reach[i]!;
    return { x0: n.x + r.x0, y0: n.y + r.y0, x1: n.x + r.x1, y1: n.y + r.y1 };
  };
  const first = (i: number) => (nodes[i]!.id === hub ? -Infinity : nodes[i]!.y);
  const order = nodes.map((_, i) => i).sort((a, b) => first(a) - first(b) || a - b);
  const settled = new SpatialGrid(CELL);
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

/**
 * Lays the reaction network out for a box `width` pixels wide. The height follows from the
 * width (taller on phones, where the graph stacks) and from how much the columns hold.
 * Same story and width, same picture.
 */
export function layoutReactions(story: Story, size: { width: number }): ReactionsLayout {
  const width = Math.max(280, Math.round(size.width));
  const mode: LayoutMode = width >= WIDE_MIN_WIDTH ? 'wide' : 'narrow';
  const graph = buildGraph(story);
  let height = Math.max(startHeight(width, mode), stackedHeight(graph, mode));
  simulate(graph, width, height, mode);
  for (const n of graph.nodes) {
    n.labelSide = sidesFor(n.kind, mode)[0]!;
    Object.assign(n, clampToBox(n, n, { width, height, top: HEAD_HEIGHT }));
  }
  chooseSides(graph.nodes, width, height, mode);
  // Still crowded (a story many times the real one): settle the rest downwards, in a taller box.
  if (separate(graph.nodes, width, height, graph.hub) > 0) height = settleDown(graph.nodes, graph.hub, height);
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
