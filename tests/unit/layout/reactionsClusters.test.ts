/**
 * How reacting actors group, on the fixture story (tests/fixtures/harbour): its home is
 * Northport (NP), its camp the opposition, its hub the ferry meeting.
 */
import { describe, expect, test } from 'vitest';
import { actorCluster, clusterGap, eventLabel, reactingActors } from '../../../src/lib/layout/reactions/clusters.ts';
import type { Actor, Story, StoryEvent } from '../../../src/lib/story/types.ts';
import { harbourStory } from '../../fixtures/harbour.ts';

const story = harbourStory();
const actor = (over: Partial<Actor>) => ({ ...story.actors[0]!, camp: undefined, country: undefined, memberOf: undefined, ...over }) as Actor;

describe('actorCluster', () => {
  test('a story without a home country has every actor abroad', () => {
    expect(actorCluster(actor({ country: 'NP', camp: 'opposition' }), { ...story.meta, home: undefined })).toBe('abroad/opposition');
  });

  test.each([
    [{ country: 'NP', camp: 'opposition' }, 'home/opposition'],
    [{ country: 'NP', group: 'northport' }, 'home/northport'],
    [{ country: 'SH', group: 'southhaven' }, 'abroad/southhaven'],
    [{ country: 'SH', group: 'southhaven', camp: 'opposition' }, 'abroad/opposition'],
    [{ country: undefined, group: 'press' }, 'abroad/press'],
  ] as [Partial<Actor>, string][])('%o -> %s', (over, key) => {
    expect(actorCluster(actor(over), story.meta)).toBe(key);
  });
});

describe('clusterGap', () => {
  test.each([
    ['abroad/southhaven', 'abroad/press', 0.5],
    ['home/northport', 'home/opposition', 0.5],
    ['abroad/press', 'home/opposition', 1],
    ['home/opposition', 'abroad/southhaven', 1],
  ])('%s then %s: %d slot', (prev, next, gap) => {
    expect(clusterGap(prev, next)).toBe(gap);
  });
});

describe('eventLabel', () => {
  test.each([
    ['ferry-meeting', 'The ferry meeting'],
    ['other-event', 'Its own title'],
  ])('%s', (id, label) => {
    expect(eventLabel({ ...story.events[0]!, id, title: 'Its own title' } as StoryEvent, story.meta)).toBe(label);
  });

  test('the hub and its label are the story file\'s', () => {
    const meta = { ...story.meta, hub: { event: 'other-event', label: 'The other one' } };
    expect(eventLabel({ ...story.events[0]!, id: 'other-event' } as StoryEvent, meta)).toBe('The other one');
  });
});

/** Reacting actors in order, with their cluster keys. */
const clustered = (s: Story) => reactingActors(s).map((a) => [a.id, actorCluster(a, s.meta)]);

/**
 * The fixture with a councillor (listed first, a member of Southhaven's council) and Mayor
 * Vidal reacting, and the council itself not: it joins for its member.
 */
function withCouncillor(s: Story): Story {
  const councillor = actor({ id: 'councillor', group: 'southhaven', country: 'SH', memberOf: 'southhaven-council' });
  const reacts = (id: string, by: string) => ({ ...s.reactions[0]!, id, actor: by });
  const others = s.reactions.filter((r) => r.actor !== 'southhaven-council');
  return { ...s, actors: [councillor, ...s.actors], reactions: [...others, reacts('vidal-reacts', 'mayor-vidal'), reacts('councillor-reacts', 'councillor')] };
}

describe('reactingActors', () => {
  test('the fixture: abroad (Southhaven\'s council, then the press) before home, each cluster in the order it first appears', () => {
    expect(clustered(story)).toEqual([
      ['southhaven-council', 'abroad/southhaven'],
      ['bay-courier', 'abroad/press'],
      ['harbour-party', 'home/opposition'],
    ]);
  });

  test('a member comes after the rest of its cluster, its body among them; a body that does not react joins for its member', () => {
    expect(clustered(withCouncillor(story))).toEqual([
      ['mayor-vidal', 'abroad/southhaven'],
      ['southhaven-council', 'abroad/southhaven'],
      ['councillor', 'abroad/southhaven'],
      ['bay-courier', 'abroad/press'],
      ['harbour-party', 'home/opposition'],
    ]);
  });

  test.each([
    ['the fixture', story],
    ['the fixture with a councillor', withCouncillor(story)],
  ])('%s: abroad before home, each cluster in one run, a member after its body', (_, s) => {
    const actors = reactingActors(s);
    const keys = actors.map((a) => actorCluster(a, s.meta));
    const sides = keys.map((k) => k.split('/')[0]);
    expect(sides.indexOf('home')).toBeGreaterThan(sides.lastIndexOf('abroad'));
    // A key never comes back once another has followed it.
    expect(keys.filter((k, i) => k !== keys[i - 1]).length).toBe(new Set(keys).size);
    for (const [i, a] of actors.entries()) {
      if (a.memberOf && actors.some((b) => b.id === a.memberOf)) expect(actors.findIndex((b) => b.id === a.memberOf)).toBeLessThan(i);
    }
  });
});
