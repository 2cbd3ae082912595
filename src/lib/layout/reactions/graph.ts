/** The reaction network's nodes and edges, straight from the story, without positions. */
import type { Story } from '../../story/types.ts';
import { actorCluster, eventLabel, reactingActors } from './clusters.ts';
import { LABEL_FONT_SIZE } from './constants.ts';
import { textWidth } from './labels.ts';
import type { LabelSide, ReactionsEdge, ReactionsNode } from './types.ts';

/** The story's network before layout, with what the scaffold needs to place it. */
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
  const nodes: ReactionsNode[] = [];
  const cluster = new Map<string, string>();
  const base = { x: 0, y: 0, labelSide: 'right' as LabelSide, labelWidth: 0, person: false, contested: false, bold: false };

  for (const a of reactingActors(story)) {
    const id = a.id;
    nodes.push({ ...base, id, kind: 'actor', label: a.shortName, name: a.name, group: a.group, person: a.type === 'person', r: a.type === 'person' ? 7 : 10 });
    cluster.set(id, actorCluster(a, story.meta));
  }
  for (const r of story.reactions) {
    const id = r.target;
    if (nodes.some((n) => n.id === id)) continue;
    const ev = eventsById.get(r.target);
    const actor = actorsById.get(r.target);
    if (ev) nodes.push({ ...base, id, kind: 'target', label: eventLabel(ev, story.meta), name: ev.title, r: 14, bold: true });
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
