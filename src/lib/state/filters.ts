/**
 * Faceted filters (claim kind, actor group, topic) and search, applied to every view at
 * once. An empty facet means "no constraint". Counts are faceted as readers expect from
 * shop-style filters: each value's count applies every other active facet, not its own.
 */
import { CLAIM_KINDS, ACTOR_GROUPS } from '../story/constants.ts';
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

/**
 * The items the filters apply to and count: what the views draw as marks. A stance row is
 * shown while any of its cells is; its own kind (the explainer's placement) is not filtered.
 */
const FILTERED_TYPES = new Set(['event', 'cell', 'reaction']);

export function isFiltering(f: Filters): boolean {
  return f.kinds.length > 0 || f.groups.length > 0 || f.topics.length > 0 || f.query.trim() !== '';
}

type Facet = 'kinds' | 'groups' | 'topics' | 'query';

function passes(item: IndexedItem, f: Filters, skip?: Facet): boolean {
  if (skip !== 'kinds' && f.kinds.length && !f.kinds.includes(item.kind)) return false;
  if (skip !== 'groups' && f.groups.length && !item.groups.some((g) => f.groups.includes(g))) return false;
  if (skip !== 'topics' && f.topics.length && !item.topics.some((t) => f.topics.includes(t))) return false;
  if (skip !== 'query' && !matchesQuery(item, f.query)) return false;
  return true;
}

export function matchesQuery(item: IndexedItem, query: string): boolean {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  return words.every((w) => item.text.includes(w));
}

/**
 * Ids of the marks that pass every filter (events, matrix cells, reactions), plus the stance
 * rows, actors and topics that a visible mark involves, so every view can ask one set. (A
 * reaction's target is not added: the summit is also a timeline event, filtered on its own.)
 */
export function visibleIds(index: StoryIndex, f: Filters): Set<string> {
  const out = new Set<string>();
  for (const item of index.items.values()) {
    if (!FILTERED_TYPES.has(item.type) || !passes(item, f)) continue;
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
  if (!query.trim()) return out;
  for (const item of index.items.values()) if (matchesQuery(item, query)) out.add(item.id);
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
    groups: Object.fromEntries(ACTOR_GROUPS.map((g) => [g, 0])) as Record<ActorGroup, number>,
    topics: Object.fromEntries(index.story.topics.map((t) => [t.id, 0])),
  };
  for (const item of index.items.values()) {
    if (!FILTERED_TYPES.has(item.type)) continue;
    if (passes(item, f, 'kinds')) counts.kinds[item.kind]++;
    if (passes(item, f, 'groups')) item.groups.forEach((g) => counts.groups[g]++);
    if (passes(item, f, 'topics')) item.topics.forEach((t) => { if (t in counts.topics) counts.topics[t]!++; });
  }
  return counts;
}
