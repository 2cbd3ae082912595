import { describe, expect, test } from 'vitest';
import { DEFAULT_STATE, parseUrlState, serializeUrlState, type UrlState } from '../../../src/lib/state/urlState.ts';
import { NO_FILTERS } from '../../../src/lib/state/filters.ts';

const known = {
  ids: new Set(['summit', 'north-korea-nuclear', 'reaction-reuters']),
  topics: new Set(['north-korea-nuclear', 'trade-agriculture']),
  groups: new Set(['korea', 'japan', 'media']),
};

describe('URL state', () => {
  test.each<{ name: string; state: UrlState; query: string }>([
    { name: 'defaults', state: DEFAULT_STATE, query: '' },
    { name: 'a selection', state: { ...DEFAULT_STATE, selected: 'summit' }, query: 'sel=summit' },
    {
      name: 'everything',
      state: {
        selected: 'north-korea-nuclear',
        filters: { kinds: ['reported', 'quote'], groups: ['japan'], topics: ['north-korea-nuclear'], query: 'Hayashi' },
        window: ['2025-08-24', '2025-08-27'],
        theme: 'dark',
      },
      query: 'sel=north-korea-nuclear&kind=reported,quote&group=japan&topic=north-korea-nuclear&q=Hayashi&t=2025-08-24~2025-08-27&theme=dark',
    },
  ])('round trip: $name', ({ state, query }) => {
    expect(serializeUrlState(state)).toBe(query);
    expect(parseUrlState(query, known)).toEqual(state);
  });

  test('keeps parameters that belong to others (embed, present)', () => {
    expect(serializeUrlState({ ...DEFAULT_STATE, theme: 'light' }, 'embed=stances&sel=old')).toBe('embed=stances&theme=light');
  });

  test.each([
    ['unknown selection', 'sel=nobody'],
    ['script in selection', 'sel=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['unknown theme', 'theme=neon'],
    ['unknown kinds and groups', 'kind=rumour,gossip&group=mars'],
    ['unknown topic', 'topic=weather'],
    ['impossible window', 't=2025-02-30~2025-03-01'],
    ['reversed window', 't=2025-09-01~2025-08-01'],
    ['huge year window', 't=99999-01-01~99999-12-31'],
    ['half a window', 't=2025-08-25'],
    ['broken percent-encoding', 'sel=%E0%A4%A&q=%'],
    ['enormous query string', 'q=' + 'a'.repeat(10_000)],
    ['prototype keys', 'sel=__proto__&topic=constructor,toString'],
  ])('falls back safely on %s', (_name, query) => {
    const state = parseUrlState(query, known);
    expect(state.selected).toBeNull();
    expect(state.filters.kinds).toEqual([]);
    expect(state.filters.groups).toEqual([]);
    expect(state.filters.topics).toEqual([]);
    expect(state.window).toBeNull();
    expect(state.theme).toBe('auto');
    expect(state.filters.query.length).toBeLessThanOrEqual(100);
  });

  test('search text is kept, trimmed to 100 characters, without markup characters', () => {
    expect(parseUrlState('q=' + encodeURIComponent('<b>tariff</b>'), known).filters.query).toBe('btariff/b');
    expect(parseUrlState('q=' + 'x'.repeat(300), known).filters.query).toHaveLength(100);
  });

  test('valid values survive next to invalid ones', () => {
    expect(parseUrlState('kind=forecast,rumour&topic=weather,trade-agriculture', known).filters)
      .toEqual({ ...NO_FILTERS, kinds: ['forecast'], topics: ['trade-agriculture'] });
  });
});
