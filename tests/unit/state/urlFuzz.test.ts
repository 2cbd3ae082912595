/**
 * Fuzzing the URL: thousands of generated query strings (seeded, so every run tries the
 * same ones) must parse without throwing into a state made only of known values, and that
 * state must survive a serialise → parse round trip unchanged.
 */
import { describe, expect, test } from 'vitest';
import { randomLcg } from 'd3';
import { harbourStory } from '../../fixtures/harbour.ts';
import { indexStory } from '../../../src/lib/state/storyIndex.ts';
import { THEMES, knownOf, parseUrlState, serializeUrlState } from '../../../src/lib/state/urlState.ts';
import { CLAIM_KINDS } from '../../../src/lib/story/constants.ts';

const story = harbourStory();
const known = knownOf(indexStory(story));

const KEYS = ['sel', 'kind', 'group', 'topic', 'q', 't', 'theme', 'embed', 'step', '__proto__', 'constructor', ''];
const PIECES = [
  'ferry-meeting', 'fishing-rights', 'stance-dredging-fund:southhaven', 'reported', 'quote', 'southhaven', 'press', 'dark', 'projector',
  '2024-03-02~2024-03-05',
  '<script>alert(1)</script>', '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'javascript:alert(1)', '%', '%E0%A4%A', '%ZZ',
  '99999999999999999999', '-1', 'NaN', 'Infinity', '1e309', '2024-02-30~2024-03-01', '0000-00-00~9999-99-99',
  '\u0000', '\u202e', '𝕏', '항구', '..', '/', '#', '&&&', '===', ',,,', 'a'.repeat(300), 'https://evil.example',
];

function generate(random: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const parts: string[] = [];
  const n = 1 + Math.floor(random() * 6);
  for (let i = 0; i < n; i++) {
    const value = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(PIECES)).join(pick([',', '', '~', ' ']));
    parts.push(`${pick(KEYS)}=${random() < 0.5 ? value : encodeURIComponent(value)}`);
  }
  return (random() < 0.3 ? '?' : '') + parts.join(pick(['&', '&&', ';']));
}

describe('URL fuzzing', () => {
  test('5,000 generated query strings parse safely and round-trip', () => {
    const random = randomLcg(20250825);
    for (let i = 0; i < 5000; i++) {
      const query = generate(random);
      const state = parseUrlState(query, known);
      expect(state.selected === null || known.ids.has(state.selected), query).toBe(true);
      expect(state.filters.kinds.every((k) => (CLAIM_KINDS as readonly string[]).includes(k)), query).toBe(true);
      expect(state.filters.groups.every((g) => known.groups.has(g)), query).toBe(true);
      expect(state.filters.topics.every((t) => known.topics.has(t)), query).toBe(true);
      expect(state.filters.query.length, query).toBeLessThanOrEqual(100);
      expect(/[<>\u0000-\u001f]/.test(state.filters.query), query).toBe(false);
      expect((THEMES as readonly string[]).includes(state.theme), query).toBe(true);
      if (state.window) expect(state.window[0] < state.window[1], query).toBe(true);
      expect(parseUrlState(serializeUrlState(state), known), query).toEqual(state);
    }
  });
});
