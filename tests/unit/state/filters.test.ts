import { describe, expect, test } from 'vitest';
import { harbourStory } from '../../fixtures/harbour.ts';
import { indexStory, normalise, type IndexedItem } from '../../../src/lib/state/storyIndex.ts';
import { generateStory } from '../../../src/lib/bench/generateStory.ts';
import { NO_FILTERS, REPORTED_ONLY, facetCounts, isFiltering, searchIds, visibleIds, type Filters } from '../../../src/lib/state/filters.ts';

const story = harbourStory();
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
    { name: 'only forecasts', filters: f({ kinds: ['forecast'] }), want: ['second-meeting'] },
    { name: 'quotes', filters: f({ kinds: ['quote'] }), want: ['channel-stays-closed', 'harbour-party-too-much'] },
    { name: 'reported facts, matrix cells among them', filters: f({ kinds: ['reported'] }),
      want: ['ahn-takes-office', 'council-vote', 'fund-proposed', 'ferry-meeting', 'cost-split', 'council-will-study',
        ...['stance-dredging-fund', 'stance-fishing-rights'].flatMap((s) => [`${s}:northport`, `${s}:southhaven`, `${s}:outcome`])] },
    // A side's cells and the outcome (both sides' actors) show; the other side's cells do not.
    { name: 'Southhaven', filters: f({ groups: ['southhaven'] }),
      want: ['council-vote', 'ferry-meeting', 'cost-split', 'channel-stays-closed', 'second-meeting', 'council-will-study',
        'stance-dredging-fund:southhaven', 'stance-dredging-fund:outcome', 'stance-fishing-rights:southhaven', 'stance-fishing-rights:outcome'] },
    { name: 'Southhaven on dredging', filters: f({ groups: ['southhaven'], topics: ['dredging-fund'] }),
      want: ['ferry-meeting', 'cost-split', 'council-will-study', 'stance-dredging-fund:southhaven', 'stance-dredging-fund:outcome'] },
    { name: 'the press or the parties (groups without a lane)', filters: f({ groups: ['press', 'parties'] }),
      want: ['courier-modest-success', 'harbour-party-too-much'] },
    { name: 'media assessments', filters: f({ kinds: ['media-assessment'] }), want: ['courier-modest-success'] },
  ])('$name', ({ filters, want }) => {
    expect(visibleMarks(filters).sort()).toEqual([...want].sort());
  });

  test('what a visible mark involves stays visible: its actors, topics, stance row and target', () => {
    const ids = visibleIds(index, f({ groups: ['southhaven'], topics: ['dredging-fund'] }));
    for (const id of ['mayor-vidal', 'southhaven-council', 'mayor-ahn', 'dredging-fund', 'stance-dredging-fund']) expect(ids).toContain(id);
    for (const id of ['bay-courier', 'harbour-party', 'stance-fishing-rights']) expect(ids.has(id), id).toBe(false);
    const northport = visibleIds(index, f({ groups: ['northport'] }));
    expect(northport).toContain('stance-fishing-rights:northport');
    expect(northport).toContain('stance-fishing-rights');
    expect(northport.has('stance-fishing-rights:southhaven')).toBe(false);
    // A reaction's target is not added: the ferry meeting is a timeline event, filtered on its own.
    const assessed = visibleIds(index, f({ kinds: ['media-assessment'] }));
    expect(assessed).toContain('bay-courier');
    expect(assessed.has('ferry-meeting')).toBe(false);
  });

  test('"only what was reported" keeps facts and quotes, drops opinion and forecasts', () => {
    const ids = visibleMarks(f({ kinds: REPORTED_ONLY }));
    expect(ids).toContain('ferry-meeting');
    expect(ids).toContain('channel-stays-closed');
    expect(ids).not.toContain('second-meeting');
    expect(ids).not.toContain('courier-modest-success');
    for (const id of ids) expect(['reported', 'quote']).toContain(index.items.get(id)!.kind);
  });

  test('counts: each facet applies the others but not itself', () => {
    const none = facetCounts(index, NO_FILTERS);
    expect(Object.values(none.kinds).reduce((a, b) => a + b, 0)).toBe(marks);
    const southhaven = facetCounts(index, f({ groups: ['southhaven'] }));
    expect(southhaven.kinds.forecast).toBe(1); // the second meeting
    expect(none.groups.press).toBe(1);
    expect(southhaven.groups.press).toBe(none.groups.press); // own facet ignored
    // The ferry meeting, the cost split, Southhaven's and the outcome's dredging cells, the council's reaction.
    expect(southhaven.topics['dredging-fund']).toBe(5);
  });
});

describe('search', () => {
  test.each([
    // An actor's name finds what they did, said and are named in.
    { query: 'Vidal', must: ['mayor-vidal', 'ferry-meeting', 'cost-split', 'channel-stays-closed', 'stance-fishing-rights'], mustNot: ['bay-courier', 'council-vote'] },
    { query: 'dredging', must: ['dredging-fund', 'fund-proposed', 'stance-dredging-fund', 'council-will-study'], mustNot: ['channel-stays-closed', 'council-vote'] },
    { query: 'WESTERN channel', must: ['fishing-rights', 'council-vote', 'channel-stays-closed', 'stance-fishing-rights', 'harbour-party-too-much'], mustNot: ['courier-modest-success'] },
    // Curly quotes fold to straight ones, both ways.
    { query: 'northport’s boats', must: ['channel-stays-closed'], mustNot: ['ahn-takes-office'] },
    { query: '“a modest success”', must: ['bay-courier', 'courier-modest-success'], mustNot: ['harbour-party-too-much'] },
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
    expect(visibleMarks(f({ query: 'Vidal' })).length).toBeGreaterThan(0);
  });
});

describe('filters on a story ten times the fixture', () => {
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
    f({ groups: ['southhaven', 'press'] }),
    f({ topics: ['fishing-rights', 'dredging-fund-x3'] }),
    f({ query: 'VIDAL  channel' }),
    f({ kinds: ['analysis', 'forecast'], groups: ['northport'], query: 'meet' }),
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
