/** Keyboard order through the network, and where each key takes focus from a mark. */
import type { ReactionsLayout } from './types.ts';

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

/** The keys the graph answers: ← → walk every mark, ↑ ↓ go round a node's lines, Home/End jump. */
export const NAV_KEYS: Readonly<Record<string, NavStep>> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  ArrowDown: 'round-next',
  ArrowUp: 'round-previous',
  Home: 'first',
  End: 'last',
};

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
