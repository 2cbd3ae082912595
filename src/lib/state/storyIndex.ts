/**
 * One lookup over the whole story: every item by its (globally unique) id, with the facts
 * the cross-view logic needs (its collection, actors, groups, topics, text).
 */
import type { ActorGroup, ClaimKind, Story } from '../story/types.ts';

export type ItemType = 'actor' | 'topic' | 'event' | 'stance' | 'cell' | 'reaction';

import { cellId, cellSides, stanceActors, stanceCell } from '../story/stanceCells.ts';

export { cellId };

export interface IndexedItem {
  id: string;
  type: ItemType;
  /** Headline for chips and announcements. */
  label: string;
  kind: ClaimKind;
  /** Actors this item is about or by. */
  actors: string[];
  /** Actor groups of those actors. */
  groups: ActorGroup[];
  topics: string[];
  /** Everything a reader might search for, normalised. */
  text: string;
}

export interface StoryIndex {
  story: Story;
  items: Map<string, IndexedItem>;
  /** The items the filters apply to, in story order: events, matrix cells and reactions (what the views draw as marks). */
  marks: IndexedItem[];
}

/** Lower-case, without accents, with curly quotes and dashes folded, for forgiving search. */
export function normalise(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐-―]/g, '-')
    .toLowerCase();
}

/**
 * The item types the filters apply to and count. A stance row shows while any of its cells
 * does; its own kind (the explainer's placement) is not filtered.
 */
const MARK_TYPES: ReadonlySet<ItemType> = new Set(['event', 'cell', 'reaction']);

export function indexStory(story: Story): StoryIndex {
  const items = new Map<string, IndexedItem>();
  const actorById = new Map(story.actors.map((a) => [a.id, a]));
  const topicById = new Map(story.topics.map((t) => [t.id, t]));
  const groupsOf = (actors: string[]) => [...new Set(actors.map((a) => actorById.get(a)?.group).filter((g): g is ActorGroup => !!g))];
  const names = (actors: string[], topics: string[]) => [
    ...actors.flatMap((a) => [actorById.get(a)?.name, actorById.get(a)?.role]),
    ...topics.flatMap((t) => [topicById.get(t)?.name, topicById.get(t)?.shortName]),
  ];
  const add = (item: Omit<IndexedItem, 'groups' | 'text'>, text: (string | undefined)[]) => {
    items.set(item.id, { ...item, groups: groupsOf(item.actors), text: normalise(text.filter(Boolean).join(' \u2029 ')) });
  };
  const quotes = (sources: { quote: string }[]) => sources.map((s) => s.quote);

  for (const a of story.actors) {
    add({ id: a.id, type: 'actor', label: a.name, kind: a.kind, actors: [a.id], topics: [] },
      [a.name, a.shortName, a.role, ...quotes(a.sources)]);
  }
  for (const t of story.topics) {
    add({ id: t.id, type: 'topic', label: t.name, kind: t.kind, actors: [], topics: [t.id] },
      [t.name, t.shortName, t.description, ...quotes(t.sources)]);
  }
  for (const e of story.events) {
    add({ id: e.id, type: 'event', label: e.title, kind: e.kind, actors: e.actors, topics: e.topics },
      [e.title, e.summary, e.derivation, ...quotes(e.sources), ...names(e.actors, e.topics)]);
  }
  for (const s of story.stances) {
    const sides = cellSides(story.meta);
    const both = stanceActors(s, story.meta);
    const cells = sides.map((side) => stanceCell(s, side)!);
    for (const side of sides) {
      const c = stanceCell(s, side)!;
      const actors = c.actor ? [c.actor] : both;
      add({ id: cellId(s.id, side), type: 'cell', label: `${topicById.get(s.topic)?.shortName ?? s.topic}: ${c.position}`,
        kind: c.kind, actors, topics: [s.topic] },
      [c.position, c.keyTerm, c.detail, ...quotes(c.sources), ...names(actors, [s.topic])]);
    }
    add({ id: s.id, type: 'stance', label: topicById.get(s.topic)?.name ?? s.id, kind: s.kind,
      actors: both, topics: [s.topic] },
    [s.distanceReason, ...quotes(s.sources), ...cells.flatMap((c) => [c.position, c.keyTerm, c.detail, ...quotes(c.sources)]),
      ...names(both, [s.topic])]);
  }
  for (const r of story.reactions) {
    add({ id: r.id, type: 'reaction', label: r.summary, kind: r.kind, actors: [r.actor], topics: r.topics },
      [r.summary, r.toneBasis, ...quotes(r.sources), ...names([r.actor], r.topics)]);
  }
  const marks = [...items.values()].filter((item) => MARK_TYPES.has(item.type));
  return { story, items, marks };
}
