import { describe, expect, test } from 'vitest';
import { DEFAULT_STATE, parseUrlState, serializeUrlState, type UrlState } from '../../../src/lib/state/urlState.ts';
import { NO_FILTERS } from '../../../src/lib/state/filters.ts';

const known = {
  ids: new Set(['ferry-meeting', 'fishing-rights', 'courier-modest-success']),
  topics: new Set(['fishing-rights', 'dredging-fund']),
  groups: new Set(['northport', 'southhaven', 'press']),
};

describe('URL state', () => {
  test.each<{ name: string; state: UrlState; query: string }>([
    { name: 'defaults', state: DEFAULT_STATE, query: '' },
    { name: 'a selection', state: { ...DEFAULT_STATE, selected: 'ferry-meeting' }, query: 'sel=ferry-meeting' },
    {
      name: 'everything',
      state: {
        selected: 'fishing-rights',
        filters: { kinds: ['reported', 'quote'], groups: ['southhaven'], topics: ['fishing-rights'], query: 'Vidal' },
        window: ['2024-03-02', '2024-03-05'],
        theme: 'dark',
      },
      query: 'sel=fishing-rights&kind=reported,quote&group=southhaven&topic=fishing-rights&q=Vidal&t=2024-03-02~2024-03-05&theme=dark',
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
    ['impossible window', 't=2024-02-30~2024-03-01'],
    ['reversed window', 't=2024-09-01~2024-08-01'],
    ['huge year window', 't=99999-01-01~99999-12-31'],
    ['half a window', 't=2024-03-03'],
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
    expect(parseUrlState('q=' + encodeURIComponent('<b>dredging</b>'), known).filters.query).toBe('bdredging/b');
    expect(parseUrlState('q=' + 'x'.repeat(300), known).filters.query).toHaveLength(100);
  });

  test('valid values survive next to invalid ones', () => {
    expect(parseUrlState('kind=forecast,rumour&topic=weather,dredging-fund', known).filters)
      .toEqual({ ...NO_FILTERS, kinds: ['forecast'], topics: ['dredging-fund'] });
  });
});
