/**
 * Faceted filters (claim kind, actor group, topic) and search, applied to every view at
 * once. An empty facet means "no constraint". Counts are faceted as readers expect from
 * shop-style filters: each value's count applies every other active facet, not its own.
 */
import { CLAIM_KINDS } from '../story/constants.ts';
import type { ActorGroup, ClaimKind } from '../story/types.ts';
import { normalise, type IndexedItem, type StoryIndex } from './storyIndex.ts';

export interface Filters {
  kinds: ClaimKind[];
  groups: ActorGroup[];
  topics: string[];
  /** Free text; every word must match. */
  query: string;
}

export const NO_FILTERS: Filters = { kinds: [], groups: [], topics: [], query: '' };

/** "Show only what was reported": facts and direct quotes, not assessments, analysis or forecasts. */
export const REPORTED_ONLY: ClaimKind[] = ['reported', 'quote'];

export function isFiltering(f: Filters): boolean {
  return f.kinds.length > 0 || f.groups.length > 0 || f.topics.length > 0 || f.query.trim() !== '';
}

type Facet = 'kinds' | 'groups' | 'topics' | 'query';

/** The filters as sets and search words, worked out once per pass over the story rather than per item. */
interface Compiled {
  kinds: ReadonlySet<string> | null;
  groups: ReadonlySet<string> | null;
  topics: ReadonlySet<string> | null;
  words: string[];
}

const queryWords = (query: string) => normalise(query).split(/\s+/).filter(Boolean);

function compile(f: Filters): Compiled {
  const set = (values: readonly string[]) => (values.length ? new Set(values) : null);
  return { kinds: set(f.kinds), groups: set(f.groups), topics: set(f.topics), words: queryWords(f.query) };
}

function passes(item: IndexedItem, f: Compiled, skip?: Facet): boolean {
  if (skip !== 'kinds' && f.kinds && !f.kinds.has(item.kind)) return false;
  if (skip !== 'groups' && f.groups && !item.groups.some((g) => f.groups!.has(g))) return false;
  if (skip !== 'topics' && f.topics && !item.topics.some((t) => f.topics!.has(t))) return false;
  if (skip !== 'query' && !f.words.every((w) => item.text.includes(w))) return false;
  return true;
}

export function matchesQuery(item: IndexedItem, query: string): boolean {
  return queryWords(query).every((w) => item.text.includes(w));
}

/**
 * Ids of the marks that pass every filter (events, matrix cells, reactions), plus the stance
 * rows, actors and topics that a visible mark involves, so every view can ask one set. (A
 * reaction's target is not added: the summit is also a timeline event, filtered on its own.)
 */
export function visibleIds(index: StoryIndex, f: Filters): Set<string> {
  const out = new Set<string>();
  const compiled = compile(f);
  for (const item of index.marks) {
    if (!passes(item, compiled)) continue;
    out.add(item.id);
    item.actors.forEach((a) => out.add(a));
    item.topics.forEach((t) => out.add(t));
    if (item.type === 'cell') out.add(item.id.slice(0, item.id.indexOf(':')));
  }
  return out;
}

/** Ids of every item (actors and topics too) whose text matches the query. */
export function searchIds(index: StoryIndex, query: string): Set<string> {
  const out = new Set<string>();
  const words = queryWords(query);
  if (!words.length) return out;
  for (const item of index.items.values()) if (words.every((w) => item.text.includes(w))) out.add(item.id);
  return out;
}

export interface FacetCounts {
  kinds: Record<ClaimKind, number>;
  groups: Record<ActorGroup, number>;
  topics: Record<string, number>;
}

export function facetCounts(index: StoryIndex, f: Filters): FacetCounts {
  const counts: FacetCounts = {
    kinds: Object.fromEntries(CLAIM_KINDS.map((k) => [k, 0])) as Record<ClaimKind, number>,
    groups: Object.fromEntries(index.story.meta.groups.map((g) => [g.id, 0])) as Record<ActorGroup, number>,
    topics: Object.fromEntries(index.story.topics.map((t) => [t.id, 0])),
  };
  const compiled = compile(f);
  for (const item of index.marks) {
    if (passes(item, compiled, 'kinds')) counts.kinds[item.kind]++;
    if (passes(item, compiled, 'groups')) item.groups.forEach((g) => { if (g in counts.groups) counts.groups[g]!++; });
    if (passes(item, compiled, 'topics')) item.topics.forEach((t) => { if (t in counts.topics) counts.topics[t]!++; });
  }
  return counts;
}
