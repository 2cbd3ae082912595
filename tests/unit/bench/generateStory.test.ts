import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { copiesFor, copyId, generateStory, shiftDate } from '../../../src/lib/bench/generateStory.ts';
import { loadStory, readSeeds } from '../../../src/build/story/readStory.ts';
import { validateStory, type StoryFiles } from '../../../src/lib/story/validate.ts';
import { COLLECTIONS } from '../../../src/lib/story/schema.ts';
import type { Story } from '../../../src/lib/story/types.ts';
import { HARBOUR_DIR } from '../../fixtures/harbour.ts';

// The generator is tried on the fixture story; the benchmark itself (tests/bench/) scales the
// project's own story, the one readers load. The fixture has no member of a body: Vidal
// joins the council here, so the copies' memberOf links are generated and validated too.
const fixture = loadStory(HARBOUR_DIR);
const story: Story = {
  ...fixture,
  actors: fixture.actors.map((a) => (a.id === 'mayor-vidal' ? { ...a, memberOf: 'southhaven-council' } : a)),
};
const seeds = readSeeds(join(HARBOUR_DIR, 'seeds'));

/** Round-trip a story through the same validation the build applies to data/. */
function validate(s: Story): Story {
  const files = {} as StoryFiles;
  for (const key of COLLECTIONS) files[key] = { file: `generated/${key}.json`, text: JSON.stringify({ [key]: s[key] }) };
  files.story = { file: 'generated/story.json', text: JSON.stringify({ story: s.meta }) };
  return validateStory(files, seeds);
}

describe.each([
  { factor: 1, items: 1, cast: 1 },
  { factor: 10, items: 10, cast: 4 },
  { factor: 2.4, items: 2, cast: 2 },
  { factor: 100, items: 100, cast: 10 },
])('generateStory at $factor×', ({ factor, items, cast }) => {
  const big = generateStory(story, factor, 7);

  test('passes the build’s validation: unique ids, references that resolve, verbatim quotes, real dates', () => {
    expect(() => validate(big)).not.toThrow();
  });

  test(`has ${items} copies of events, stances and reactions and ${cast} of the cast`, () => {
    expect(copiesFor(factor)).toEqual({ items, cast });
    expect(big.events).toHaveLength(story.events.length * items);
    expect(big.stances).toHaveLength(story.stances.length * items);
    expect(big.reactions).toHaveLength(story.reactions.length * items);
    expect(big.actors).toHaveLength(story.actors.length * cast);
    // One contested issue per stance, so every matrix row has its own issue.
    expect(big.topics.filter((t) => t.type === 'contested')).toHaveLength(big.stances.length);
    expect(new Set(big.stances.map((s) => s.topic)).size).toBe(big.stances.length);
  });

  test('keeps the story it grows inside, unchanged', () => {
    for (const e of story.events) expect(big.events.find((x) => x.id === e.id)).toEqual(e);
    for (const r of story.reactions) expect(big.reactions.find((x) => x.id === r.id)).toEqual(r);
    for (const a of story.actors) expect(big.actors.find((x) => x.id === a.id)).toEqual(a);
    expect(big.steps).toEqual(story.steps);
  });
});

describe('generateStory is seeded', () => {
  test('the same seed gives the same story, another seed another one', () => {
    const a = JSON.stringify(generateStory(story, 10, 3));
    expect(JSON.stringify(generateStory(story, 10, 3))).toBe(a);
    expect(JSON.stringify(generateStory(story, 10, 4))).not.toBe(a);
  });

  test('copies are wired across one another, not left as islands', () => {
    const big = generateStory(story, 10, 3);
    const copyOf = (id: string) => Number(/-x(\d+)$/.exec(id)?.[1] ?? 0);
    const crossing = big.reactions.filter((r) => copyOf(r.id) !== copyOf(r.actor));
    expect(crossing.length).toBeGreaterThan(big.reactions.length / 2);
  });

  test('a copy of a member belongs to a copy of its body, of the same copy', () => {
    const big = generateStory(story, 10, 3);
    const members = big.actors.filter((a) => a.memberOf);
    expect(members.map((a) => [a.id, a.memberOf])).toEqual(
      Array.from({ length: copiesFor(10).cast }, (_, k) => [copyId('mayor-vidal', k), copyId('southhaven-council', k)]));
  });

  test('copies spread over more of the calendar than the story they grow', () => {
    const span = (s: Story) => {
      const days = s.events.filter((e) => e.precision === 'day').map((e) => Date.parse(e.date));
      return Math.max(...days) - Math.min(...days);
    };
    expect(span(generateStory(story, 100, 1))).toBeGreaterThan(span(story));
  });
});

describe.each([
  { date: '2024-03-03', days: 0, want: '2024-03-03' },
  { date: '2024-03-03', days: 30, want: '2024-04-02' },
  { date: '2025-03-01', days: -1, want: '2025-02-28' },
  { date: '2024-03-01', days: -1, want: '2024-02-29' },
  { date: '2024-12-31', days: 1, want: '2025-01-01' },
  { date: '2025-08', days: 45, want: '2025-10' },
  { date: '2025-01', days: -30, want: '2024-12' },
  { date: '2026', days: 400, want: '2027' },
  { date: '2026', days: 100, want: '2026' },
])('shiftDate($date, $days)', ({ date, days, want }) => {
  test(`is ${want}, at the same precision`, () => {
    expect(shiftDate(date, days)).toBe(want);
  });
});

test('copyId leaves copy 0 alone and suffixes the others', () => {
  expect(copyId('ferry-meeting', 0)).toBe('ferry-meeting');
  expect(copyId('ferry-meeting', 12)).toBe('ferry-meeting-x12');
});
