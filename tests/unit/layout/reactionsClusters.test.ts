import { describe, expect, test } from 'vitest';
import { actorCluster, clusterGap, eventLabel, reactingActors } from '../../../src/lib/layout/reactions/clusters.ts';
import { loadStory } from '../../../src/build/story/readStory.ts';
import type { Actor, StoryEvent } from '../../../src/lib/story/types.ts';

const story = loadStory(process.cwd());
const actor = (over: Partial<Actor>) => ({ ...story.actors[0]!, camp: undefined, country: undefined, memberOf: undefined, ...over }) as Actor;

describe('actorCluster', () => {
  test('a story without a home country has every actor abroad', () => {
    expect(actorCluster(actor({ country: 'KR', camp: 'progressive' }), { ...story.meta, home: undefined })).toBe('abroad/progressive');
  });

  test.each([
    [{ country: 'KR', camp: 'progressive' }, 'home/progressive'],
    [{ country: 'KR', camp: 'conservative' }, 'home/conservative'],
    [{ country: 'US', group: 'united-states' }, 'abroad/united-states'],
    [{ country: undefined, group: 'media' }, 'abroad/media'],
  ] as [Partial<Actor>, string][])('%o -> %s', (over, key) => {
    expect(actorCluster(actor(over), story.meta)).toBe(key);
  });
});

describe('clusterGap', () => {
  test.each([
    ['abroad/us', 'abroad/japan', 0.5],
    ['home/progressive', 'home/conservative', 0.5],
    ['abroad/japan', 'home/progressive', 1],
    ['home/conservative', 'abroad/us', 1],
  ])('%s then %s: %d slot', (prev, next, gap) => {
    expect(clusterGap(prev, next)).toBe(gap);
  });
});

describe('eventLabel', () => {
  test.each([
    ['summit', 'The summit'],
    ['other-event', 'Its own title'],
  ])('%s', (id, label) => {
    expect(eventLabel({ ...story.events[0]!, id, title: 'Its own title' } as StoryEvent, story.meta)).toBe(label);
  });

  test('the hub and its label are the story file\'s', () => {
    const meta = { ...story.meta, hub: { event: 'other-event', label: 'The other one' } };
    expect(eventLabel({ ...story.events[0]!, id: 'other-event' } as StoryEvent, meta)).toBe('The other one');
  });
});

describe('reactingActors', () => {
  test('abroad before home, each cluster in one run, a member right after its body', () => {
    const actors = reactingActors(story);
    const keys = actors.map((a) => actorCluster(a, story.meta));
    const sides = keys.map((k) => k.split('/')[0]);
    expect(sides.indexOf('home')).toBeGreaterThan(sides.lastIndexOf('abroad'));
    // A key never comes back once another has followed it.
    expect(keys.filter((k, i) => k !== keys[i - 1]).length).toBe(new Set(keys).size);
    for (const [i, a] of actors.entries()) {
      if (a.memberOf && actors.some((b) => b.id === a.memberOf)) expect(actors.findIndex((b) => b.id === a.memberOf)).toBeLessThan(i);
    }
  });
});
