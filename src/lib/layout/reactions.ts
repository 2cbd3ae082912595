/**
 * Reaction network layout: story + width -> nodes, edges and label placements in pixels.
 *
 * A d3 force simulation, seeded and run for a fixed number of ticks, settles the nodes
 * around a readable scaffold: reacting actors grouped by camp in a column on the left, what
 * they reacted to in the middle, topics in a column on the right. Wide boxes label nodes
 * beside them; narrow ones (phones) below, so the three columns still fit. A
 * post-pass then places every label on a free side and pushes nodes apart until no label
 * touches another label or node, growing the box if it has to. Pure: no DOM, no Svelte.
 */
import type { Actor, ActorGroup, Story, Tone } from '../story/types.ts';
import { reactions as strings } from '../strings.ts';
import { textWidth as measureText } from '../text/measure.ts';

export const LABEL_FONT_SIZE = 13;
/** Height of a label's box: one line of 13 px text with its halo. */
export const LABEL_HEIGHT = 17;
/** Gap between a node's edge and its label. */
export const LABEL_GAP = 4;
/** Minimum free space kept around labels and nodes when checking overlaps. */
export const CLEARANCE = 2;
/** Inner margin of the box. */
export const MARGIN = 6;
/** Band at the top for the column heads ("Who reacted", "To what", "About what"). */
export const HEAD_HEIGHT = 28;
/** Below this width labels beside the nodes do not fit; they go below instead. */
export const WIDE_MIN_WIDTH = 600;
/** Widest span the columns use on very wide screens, so edges stay readable. */
export const MAX_SPAN = 1000;

export type NodeKind = 'actor' | 'target' | 'topic';
export type LabelSide = 'left' | 'right' | 'above' | 'below';
/** `wide`: labels beside the nodes, pointing outwards; `narrow`: labels below the nodes. */
export type LayoutMode = 'wide' | 'narrow';

export interface Point {
  x: number;
  y: number;
}
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface ReactionsNode extends Point {
  /** The data id of the actor, event or topic (`bloomberg`, `summit`, `trade-agriculture`): ids are unique across the story. */
  id: string;
  kind: NodeKind;
  /** Direct label (the data's shortName). */
  label: string;
  /** Full name, for the detail card and accessible name. */
  name: string;
  /** Actor group, for colour; none for events and topics. */
  group?: ActorGroup;
  /** A person speaking for a body: drawn smaller. */
  person: boolean;
  /** One of the three contested issues (topics only). */
  contested: boolean;
  r: number;
  labelSide: LabelSide;
  labelWidth: number;
  /** Bold labels (the targets) are wider per character. */
  bold: boolean;
}

export interface ReactionsEdge {
  /**
   * A reaction's edge to its target carries the reaction id; its edges to topics are
   * `reaction-id>topic-id`; membership edges `member:person-id`.
   */
  id: string;
  kind: 'reaction' | 'member';
  /** Node ids. */
  source: string;
  target: string;
  /** Reaction id and tone, for reaction edges. */
  reaction?: string;
  tone?: Tone;
  /** Sideways offset of the curve's control point; parallel edges bend apart. */
  bend: number;
}

/** A column head, set above the column it names. */
export interface ColumnHead {
  text: string;
  x: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface ReactionsLayout {
  width: number;
  height: number;
  /** Nodes stay below this line; the column heads sit above it. */
  top: number;
  mode: LayoutMode;
  heads: ColumnHead[];
  nodes: ReactionsNode[];
  edges: ReactionsEdge[];
}

/** How each tone is drawn besides its colour. */
export const TONE_STROKES: Record<Tone, { dash: string | null; marker: 'none' | 'dot' | 'bar'; width: number }> = {
  welcome: { dash: null, marker: 'none', width: 2.5 },
  positive: { dash: null, marker: 'dot', width: 2 },
  cautious: { dash: '7 4', marker: 'none', width: 2 },
  critical: { dash: '2 3', marker: 'bar', width: 2.5 },
};

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

/** The node's own square around its mark. */
export function nodeBox(node: Pick<ReactionsNode, 'r'>, at: Point): Rect {
  return { x0: at.x - node.r, y0: at.y - node.r, x1: at.x + node.r, y1: at.y + node.r };
}

/** The node's mark and label together, relative to the node's centre: what a focus outline goes round. */
export function markBox(node: Pick<ReactionsNode, 'r' | 'labelSide' | 'labelWidth'>, pad = 0): Rect {
  const m = nodeBox(node, { x: 0, y: 0 });
  const l = labelPlacement(node, { x: 0, y: 0 }).box;
  return { x0: Math.min(m.x0, l.x0) - pad, y0: Math.min(m.y0, l.y0) - pad, x1: Math.max(m.x1, l.x1) + pad, y1: Math.max(m.y1, l.y1) + pad };
}

export function rectsOverlap(a: Rect, b: Rect, pad = 0): boolean {
  return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
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

/** Keyboard order: each reacting actor followed by its reactions, then targets, then topics. */
export function navigationOrder(layout: Pick<ReactionsLayout, 'nodes' | 'edges'>): string[] {
  const order: string[] = [];
  for (const n of layout.nodes.filter((n) => n.kind === 'actor')) {
    order.push(n.id);
    for (const e of layout.edges) if (e.kind === 'reaction' && e.source === n.id) order.push(e.id);
  }
  for (const n of layout.nodes) if (n.kind !== 'actor') order.push(n.id);
  return order;
}

/** What a key does inside the graph: step through the order, or go round one node's lines. */
export type NavStep = 'next' | 'previous' | 'first' | 'last' | 'round-next' | 'round-previous';

/**
 * Where focus goes from `current` for a key. `order` holds the reachable marks (node and
 * reaction-edge ids, filtered marks already left out). next/previous/first/last walk that
 * order; round-next/round-previous go round the `anchor` node and its reaction edges, so
 * from a topic a reader reaches every reaction about it. The anchor is the node last
 * focused, or the source of an edge reached another way. Wraps at both ends.
 */
export function stepFocus(
  layout: Pick<ReactionsLayout, 'edges'>,
  order: string[],
  current: string,
  anchor: string | null,
  step: NavStep,
): { id: string; anchor: string | null } {
  if (!order.length) return { id: current, anchor };
  const i = order.indexOf(current);
  const wrap = (k: number) => order[(k + order.length) % order.length]!;
  if (step === 'first') return { id: order[0]!, anchor: null };
  if (step === 'last') return { id: order[order.length - 1]!, anchor: null };
  if (step === 'next') return { id: i < 0 ? order[0]! : wrap(i + 1), anchor: null };
  if (step === 'previous') return { id: i < 0 ? order[0]! : wrap(i - 1), anchor: null };

  const edge = layout.edges.find((e) => e.id === current && e.kind === 'reaction');
  const hub = edge ? (anchor === edge.source || anchor === edge.target ? anchor : edge.source) : current;
  const reachable = new Set(order);
  const ring = [hub, ...layout.edges.filter((e) => e.kind === 'reaction' && (e.source === hub || e.target === hub)).map((e) => e.id)]
    .filter((id) => reachable.has(id) || id === current);
  const k = ring.indexOf(current);
  const next = ring[(k + (step === 'round-next' ? 1 : -1) + ring.length) % ring.length] ?? current;
  return { id: next, anchor: hub };
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

/** Reacting actors in reading order: abroad before home, camps together, bodies before members. */
export function reactingActors(story: Story): Actor[] {
  const reacting = new Set(story.reactions.map((r) => r.actor));
  for (const a of story.actors) if (reacting.has(a.id) && a.memberOf) reacting.add(a.memberOf);
  const actors = story.actors.filter((a) => reacting.has(a.id));
  const cluster = (a: Actor) => a.camp ?? a.group;
  const clusters = [...new Set(actors.map(cluster))];
  const rank = (a: Actor) => (a.country === 'KR' ? 1000 : 0) + clusters.indexOf(cluster(a)) * 10 + (a.memberOf ? 1 : 0);
  return actors
    .map((a, i) => ({ a, i }))
    .sort((p, q) => rank(p.a) - rank(q.a) || p.i - q.i)
    .map((p) => p.a);
}

export interface Graph {
  nodes: ReactionsNode[];
  edges: ReactionsEdge[];
  /** Cluster key of each actor node, for the scaffold's gaps. */
  cluster: Map<string, string>;
  /** The target most reactions point at (the summit): it stays put while the rest settles. */
  hub: string | null;
}

/** Nodes and edges from the data, without positions. */
export function buildGraph(story: Story): Graph {
  const actorsById = new Map(story.actors.map((a) => [a.id, a]));
  const eventsById = new Map(story.events.map((e) => [e.id, e]));
  const topicsById = new Map(story.topics.map((t) => [t.id, t]));
  const nodes: ReactionsNode[] = [];
  const cluster = new Map<string, string>();
  const base = { x: 0, y: 0, labelSide: 'right' as LabelSide, labelWidth: 0, person: false, contested: false, bold: false };

  for (const a of reactingActors(story)) {
    const id = a.id;
    nodes.push({ ...base, id, kind: 'actor', label: a.shortName, name: a.name, group: a.group, person: a.type === 'person', r: a.type === 'person' ? 7 : 10 });
    cluster.set(id, `${a.country === 'KR' ? 'home' : 'abroad'}/${a.camp ?? a.group}`);
  }
  for (const r of story.reactions) {
    const id = r.target;
    if (nodes.some((n) => n.id === id)) continue;
    const ev = eventsById.get(r.target);
    const actor = actorsById.get(r.target);
    if (ev) nodes.push({ ...base, id, kind: 'target', label: ev.id === 'summit' ? strings.summitLabel : ev.title, name: ev.title, r: 14, bold: true });
    else if (actor) nodes.push({ ...base, id, kind: 'target', label: actor.shortName, name: actor.name, group: actor.group, r: 11, bold: true });
  }
  const mentioned = new Set(story.reactions.flatMap((r) => r.topics));
  for (const t of story.topics) {
    if (!mentioned.has(t.id)) continue;
    nodes.push({ ...base, id: t.id, kind: 'topic', label: t.shortName, name: t.name, contested: t.type === 'contested', r: 8 });
  }
  for (const n of nodes) n.labelWidth = textWidth(n.label, LABEL_FONT_SIZE, n.bold) + 4;

  const edges: ReactionsEdge[] = [];
  const pairCount = new Map<string, number>();
  const add = (e: Omit<ReactionsEdge, 'bend'>) => {
    edges.push({ ...e, bend: 0 });
    const key = `${e.source}>${e.target}`;
    pairCount.set(key, (pairCount.get(key) ?? 0) + 1);
  };
  for (const r of story.reactions) {
    const source = r.actor;
    add({ id: r.id, kind: 'reaction', source, target: r.target, reaction: r.id, tone: r.tone });
    for (const t of r.topics) add({ id: `${r.id}>${t}`, kind: 'reaction', source, target: t, reaction: r.id, tone: r.tone });
  }
  for (const a of story.actors) {
    if (a.memberOf && nodes.some((n) => n.id === a.id)) {
      add({ id: `member:${a.id}`, kind: 'member', source: a.id, target: a.memberOf });
    }
  }
  // Parallel edges (Hayashi's welcome and caution, both about the summit) bend apart.
  const seen = new Map<string, number>();
  for (const e of edges) {
    const key = `${e.source}>${e.target}`;
    const count = pairCount.get(key) ?? 1;
    if (count < 2) continue;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    e.bend = (k - (count - 1) / 2) * 26;
  }
  const received = (id: string) => story.reactions.filter((r) => r.target === id).length;
  const hub = nodes.filter((n) => n.kind === 'target').reduce<ReactionsNode | null>((best, n) => (!best || received(n.id) > received(best.id) ? n : best), null);
  return { nodes, edges, cluster, hub: hub?.id ?? null };
}

/** Column heads are 12 px bold capitals with a little letter spacing. */
export const HEAD_FONT_SIZE = 12;

/** The box a column head takes up (estimated, as for labels). */
export function headBox(h: ColumnHead): Rect {
  const w = textWidth(h.text.toUpperCase(), HEAD_FONT_SIZE, true) + h.text.length * HEAD_FONT_SIZE * 0.06;
  const x0 = h.anchor === 'start' ? h.x : h.anchor === 'end' ? h.x - w : h.x - w / 2;
  return { x0, y0: 4, x1: x0 + w, y1: 4 + HEAD_FONT_SIZE * 1.25 };
}


/**
 * Breakpoints the build lays the network out for, like a newsroom graphic's artboards: the
 * browser draws the widest layout that fits its box, at the theme's scale (type stays at its
 * size), centred; steps of about 10 % keep the margin small. Past 1000 px the columns span
 * no wider (MAX_SPAN), so the 1000 px layout serves every wider box.
 */
export const NETWORK_WIDTHS = [280, 310, 340, 375, 410, 450, 500, 550, 600, 660, 720, 790, 860, 930, 1000] as const;

const SIDES: readonly LabelSide[] = ['left', 'right', 'above', 'below'];

/**
 * A layout as the build ships it: the box, the heads and each node's position and label
 * side, in buildGraph's order. Nodes and edges themselves follow from the story.
 */
export interface PackedReactionsLayout {
  width: number;
  height: number;
  top: number;
  mode: LayoutMode;
  heads: ColumnHead[];
  /** `[x, y, label side index]` per node, in buildGraph order. */
  at: [number, number, number][];
}

export function packReactionsLayout(l: ReactionsLayout): PackedReactionsLayout {
  return {
    width: l.width,
    height: l.height,
    top: l.top,
    mode: l.mode,
    heads: l.heads,
    at: l.nodes.map((n) => [n.x, n.y, SIDES.indexOf(n.labelSide)]),
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
  return { width: p.width, height: p.height, top: p.top, mode: p.mode, heads: p.heads, nodes, edges };
}

/** The widest packed layout that fits `width` (the narrowest when none does). */
export function pickReactionsLayout(layouts: readonly PackedReactionsLayout[], width: number): PackedReactionsLayout {
  if (!layouts.length) throw new Error('no network layout: the story was not prepared at build time');
  let best = layouts[0]!;
  for (const l of layouts) if (l.width <= width + 0.5 && l.width >= best.width) best = l;
  return best;
}
