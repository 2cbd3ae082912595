import { describe, expect, test } from 'vitest';
import { loadStory } from '../../../src/build/story/readStory.ts';
import { indexStory, normalise, type IndexedItem } from '../../../src/lib/state/storyIndex.ts';
import { generateStory } from '../../../src/lib/bench/generateStory.ts';
import { NO_FILTERS, REPORTED_ONLY, facetCounts, isFiltering, searchIds, visibleIds, type Filters } from '../../../src/lib/state/filters.ts';

const story = loadStory(process.cwd());
const index = indexStory(story);
// Marks are what the views draw: events, the matrix's cells (three per stance) and reactions.
const marks = story.events.length + 3 * story.stances.length + story.reactions.length;
const f = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over });
const MARK_TYPES = new Set(['event', 'cell', 'reaction']);
const visibleMarks = (filters: Filters) => [...visibleIds(index, filters)].filter((id) => MARK_TYPES.has(index.items.get(id)!.type));

describe('filters', () => {
  test('no filter shows every event, stance and reaction', () => {
    expect(visibleMarks(NO_FILTERS)).toHaveLength(marks);
    expect(isFiltering(NO_FILTERS)).toBe(false);
  });

  test.each([
    { name: 'only forecasts', filters: f({ kinds: ['forecast'] }),
      want: [...story.events.filter((e) => e.kind === 'forecast').map((e) => e.id), 'stance-north-korea:outcome'] },
    { name: 'Japan', filters: f({ groups: ['japan'] }),
      want: ['japan-welcomes', 'japan-cautious-on-nk', 'outlook-trilateral', 'reaction-japan-welcome', 'reaction-hayashi-welcome', 'reaction-hayashi-caution'] },
    { name: 'Japan on North Korea', filters: f({ groups: ['japan'], topics: ['north-korea-nuclear'] }),
      want: ['japan-cautious-on-nk', 'reaction-hayashi-caution'] },
    { name: 'media assessments', filters: f({ kinds: ['media-assessment'] }),
      want: ['bloomberg-analysis', 'reuters-report', 'reaction-bloomberg', 'reaction-reuters', 'stance-trade-agriculture:outcome'] },
  ])('$name', ({ filters, want }) => {
    expect(visibleMarks(filters).sort()).toEqual([...want].sort());
  });

  test('what a visible mark involves stays visible: its actors, topics, stance row and target', () => {
    const ids = visibleIds(index, f({ groups: ['japan'], topics: ['north-korea-nuclear'] }));
    for (const id of ['yoshimasa-hayashi', 'japan-government', 'north-korea-nuclear']) expect(ids).toContain(id);
    expect(ids.has('bloomberg')).toBe(false);
    expect(ids.has('stance-north-korea')).toBe(false);
    const reported = visibleIds(index, f({ kinds: ['quote'] }));
    expect(reported).toContain('stance-trade-agriculture:korea');
    expect(reported).toContain('stance-trade-agriculture');
    expect(reported.has('stance-trade-agriculture:outcome')).toBe(false);
  });

  test('"only what was reported" keeps facts and quotes, drops opinion and forecasts', () => {
    const ids = visibleMarks(f({ kinds: REPORTED_ONLY }));
    expect(ids).toContain('summit');
    expect(ids).toContain('lee-no-further-openings');
    expect(ids).not.toContain('outlook-nk-talks');
    expect(ids).not.toContain('reaction-bloomberg');
    for (const id of ids) expect(['reported', 'quote']).toContain(index.items.get(id)!.kind);
  });

  test('counts: each facet applies the others but not itself', () => {
    const none = facetCounts(index, NO_FILTERS);
    expect(Object.values(none.kinds).reduce((a, b) => a + b, 0)).toBe(marks);
    const japan = facetCounts(index, f({ groups: ['japan'] }));
    expect(japan.kinds.forecast).toBe(1); // the trilateral outlook
    expect(japan.groups.media).toBe(none.groups.media); // own facet ignored
    expect(japan.topics['north-korea-nuclear']).toBe(2);
  });
});

describe('search', () => {
  test.each([
    { query: 'Hayashi', must: ['yoshimasa-hayashi', 'reaction-hayashi-welcome', 'reaction-hayashi-caution', 'japan-welcomes', 'japan-cautious-on-nk'], mustNot: ['reuters'] },
    { query: 'tariff', must: ['us-trade-demands', 'stance-trade-agriculture', 'trade-agriculture'], mustNot: ['trump-hints-kim-meeting'] },
    { query: 'KIM jong-un', must: ['kim-jong-un', 'trump-hints-kim-meeting', 'outlook-nk-talks'], mustNot: ['reaction-bloomberg'] },
    { query: 'alliance modernization', must: ['alliance-modernization', 'us-defense-demand', 'stance-defense-cost-sharing'], mustNot: [] },
    { query: 'lee’s meticulous', must: ['reaction-bloomberg'], mustNot: [] },
  ])('"$query"', ({ query, must, mustNot }) => {
    const ids = searchIds(index, query);
    for (const id of must) expect(ids, id).toContain(id);
    for (const id of mustNot) expect(ids.has(id), id).toBe(false);
  });

  test('an empty query matches nothing in search but filters nothing out', () => {
    expect(searchIds(index, '   ').size).toBe(0);
    expect(visibleMarks(f({ query: '  ' }))).toHaveLength(marks);
  });

  test('a query that matches nothing hides every mark', () => {
    expect(visibleIds(index, f({ query: 'zebra crossing' })).size).toBe(0);
    expect(visibleMarks(f({ query: 'Hayashi' })).length).toBeGreaterThan(0);
  });
});

describe('filters on a story ten times the real one', () => {
  const big = indexStory(generateStory(story, 10, 1));
  /** The rule, item by item: every active facet must match, and every search word. */
  const plainPasses = (item: IndexedItem, x: Filters) =>
    (!x.kinds.length || x.kinds.includes(item.kind)) &&
    (!x.groups.length || item.groups.some((g) => x.groups.includes(g))) &&
    (!x.topics.length || item.topics.some((t) => x.topics.includes(t))) &&
    normalise(x.query).split(/\s+/).filter(Boolean).every((w) => item.text.includes(w));

  test.each([
    NO_FILTERS,
    f({ kinds: REPORTED_ONLY }),
    f({ groups: ['japan', 'media'] }),
    f({ topics: ['north-korea-nuclear', 'trade-agriculture-x3'] }),
    f({ query: 'HAYASHI  welcome' }),
    f({ kinds: ['analysis', 'forecast'], groups: ['united-states'], query: 'kim' }),
  ])('%o: the marks shown and the facet counts follow the plain rule', (filters) => {
    const shown = visibleIds(big, filters);
    for (const item of big.items.values()) {
      if (MARK_TYPES.has(item.type)) expect(shown.has(item.id), item.id).toBe(plainPasses(item, filters));
    }
    const counts = facetCounts(big, filters);
    const marksOf = [...big.items.values()].filter((item) => MARK_TYPES.has(item.type));
    for (const kind of Object.keys(counts.kinds) as (keyof typeof counts.kinds)[]) {
      expect(counts.kinds[kind], kind).toBe(marksOf.filter((item) => item.kind === kind && plainPasses(item, { ...filters, kinds: [] })).length);
    }
  });
});
