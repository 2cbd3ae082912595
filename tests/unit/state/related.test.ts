import { describe, expect, test } from 'vitest';
import { harbourStory } from '../../fixtures/harbour.ts';
import { relatedIds } from '../../../src/lib/state/related.ts';
import { indexStory } from '../../../src/lib/state/storyIndex.ts';
import { cellId, cellSides } from '../../../src/lib/story/stanceCells.ts';
import { generateStory } from '../../../src/lib/bench/generateStory.ts';
import type { Reaction, Story } from '../../../src/lib/story/types.ts';

/**
 * The fixture plus the two links it lacks: a body that speaks through a member (Mayor Vidal
 * chairs the Southhaven council) and a reaction by an actor of dated events (Ahn answers the
 * Harbour Party on dredging), so every rule of linked selection has something to light.
 */
function withMemberAndReply(s: Story): Story {
  const reply: Reaction = {
    ...s.reactions.find((r) => r.id === 'harbour-party-too-much')!,
    id: 'ahn-answers-critics', actor: 'mayor-ahn', target: 'harbour-party', tone: 'positive', topics: ['dredging-fund'],
    summary: 'Mayor Ahn answered that the dredging deal saves Northport money.',
  };
  return {
    ...s,
    actors: s.actors.map((a) => (a.id === 'mayor-vidal' ? { ...a, memberOf: 'southhaven-council' } : a)),
    reactions: [...s.reactions, reply],
  };
}

const story = withMemberAndReply(harbourStory());

describe('relatedIds: selecting one item lights what relates to it everywhere', () => {
  test.each([
    {
      // A topic: its matrix row, its events, its reactions with who reacted and to whom.
      select: 'fishing-rights',
      includes: ['stance-fishing-rights', 'council-vote', 'ferry-meeting', 'channel-stays-closed', 'second-meeting',
        'harbour-party-too-much', 'harbour-party', 'mayor-ahn'],
      excludes: ['stance-dredging-fund', 'courier-modest-success', 'bay-courier', 'fund-proposed', 'ahn-answers-critics'],
    },
    {
      // A body speaks through its member: the council lights Vidal and what she said and did.
      select: 'southhaven-council',
      includes: ['mayor-vidal', 'council-will-study', 'council-vote', 'channel-stays-closed', 'ferry-meeting',
        'stance-fishing-rights', 'dredging-fund'],
      excludes: ['mayor-ahn', 'courier-modest-success', 'harbour-party-too-much', 'bay-courier', 'ahn-takes-office'],
    },
    {
      // A member lights the body it belongs to.
      select: 'mayor-vidal',
      includes: ['southhaven-council', 'channel-stays-closed', 'stance-dredging-fund', 'stance-fishing-rights'],
      excludes: ['council-will-study', 'council-vote', 'mayor-ahn', 'ahn-takes-office'],
    },
    {
      // A reaction: who, to whom, on what, and its actor's events on the same topics only.
      select: 'ahn-answers-critics',
      includes: ['mayor-ahn', 'harbour-party', 'dredging-fund', 'fund-proposed', 'ferry-meeting', 'cost-split'],
      excludes: ['ahn-takes-office', 'second-meeting', 'stance-dredging-fund', 'harbour-party-too-much'],
    },
    {
      select: 'council-will-study',
      includes: ['southhaven-council', 'ferry-meeting', 'dredging-fund'],
      excludes: ['council-vote', 'mayor-vidal', 'stance-dredging-fund', 'courier-modest-success'],
    },
    {
      select: 'stance-dredging-fund',
      includes: ['dredging-fund', 'fund-proposed', 'ferry-meeting', 'cost-split', 'courier-modest-success', 'bay-courier',
        'council-will-study', 'southhaven-council'],
      excludes: ['stance-fishing-rights', 'channel-stays-closed', 'council-vote', 'harbour-party-too-much'],
    },
    {
      // An event: its actors, topics and their rows, what targets it, what its actors said on its topics.
      select: 'ferry-meeting',
      includes: ['mayor-ahn', 'mayor-vidal', 'dredging-fund', 'fishing-rights', 'stance-dredging-fund', 'stance-fishing-rights',
        'courier-modest-success', 'bay-courier', 'council-will-study', 'southhaven-council', 'ahn-answers-critics', 'harbour-party'],
      excludes: ['harbour-party-too-much', 'cost-split', 'ahn-takes-office'],
    },
    {
      select: 'channel-stays-closed',
      includes: ['mayor-vidal', 'fishing-rights', 'stance-fishing-rights'],
      excludes: ['stance-dredging-fund', 'harbour-party-too-much', 'council-vote'],
    },
    {
      select: 'bay-courier',
      includes: ['courier-modest-success', 'ferry-meeting', 'dredging-fund'],
      excludes: ['harbour-party', 'harbour-party-too-much', 'stance-dredging-fund'],
    },
  ])('$select', ({ select, includes, excludes }) => {
    const ids = relatedIds(story, select);
    expect(ids.has(select)).toBe(true);
    for (const id of includes) expect(ids, `${select} → ${id}`).toContain(id);
    for (const id of excludes) expect(ids.has(id), `${select} ↛ ${id}`).toBe(false);
  });

  test('an unknown id relates to nothing', () => {
    expect(relatedIds(story, 'nobody').size).toBe(0);
  });

  test('every id the related set names exists in the story index (matrix cells included)', () => {
    const all = new Set(indexStory(story).items.keys());
    for (const id of all) for (const r of relatedIds(story, id)) expect(all).toContain(r);
  });

  test('a matrix cell relates as its row does, and a row lights its cells', () => {
    const row = relatedIds(story, 'stance-fishing-rights');
    for (const side of ['northport', 'southhaven', 'outcome']) expect(row).toContain(`stance-fishing-rights:${side}`);
    const cell = relatedIds(story, 'stance-fishing-rights:southhaven');
    expect([...cell].sort()).toEqual([...row].sort());
  });
});

/**
 * The rules of linked selection written the plain way, scanning the whole story for each
 * selection: the indexed relatedIds() must light exactly the same ids.
 */
function plainRelated(s: Story, id: string): Set<string> {
  if (id.includes(':')) {
    const row = plainRelated(s, id.slice(0, id.indexOf(':')));
    if (row.size) row.add(id);
    return row;
  }
  const out = new Set<string>();
  const actor = s.actors.find((a) => a.id === id);
  const topic = s.topics.find((t) => t.id === id);
  const event = s.events.find((e) => e.id === id);
  const stance = s.stances.find((x) => x.id === id);
  const reaction = s.reactions.find((r) => r.id === id);
  if (!actor && !topic && !event && !stance && !reaction) return out;
  out.add(id);
  const addReaction = (r: Reaction) => [r.id, r.actor, r.target, ...r.topics].forEach((x) => out.add(x));
  const addTopic = (t: string) => {
    out.add(t);
    s.stances.filter((x) => x.topic === t).forEach((x) => out.add(x.id));
    s.events.filter((e) => e.topics.includes(t)).forEach((e) => out.add(e.id));
    s.reactions.filter((r) => r.topics.includes(t)).forEach((r) => [r.id, r.actor, r.target].forEach((x) => out.add(x)));
  };
  if (topic) addTopic(topic.id);
  if (stance) addTopic(stance.topic);
  if (actor) {
    const who = new Set([actor.id, ...s.actors.filter((a) => a.memberOf === actor.id).map((a) => a.id)]);
    if (actor.memberOf) out.add(actor.memberOf);
    who.forEach((a) => out.add(a));
    s.reactions.filter((r) => who.has(r.actor) || r.target === actor.id).forEach(addReaction);
    s.events.filter((e) => e.actors.some((a) => who.has(a))).forEach((e) => out.add(e.id));
    s.stances.filter((x) => Object.values(x.positions).some((p) => who.has(p.actor))).forEach((x) => out.add(x.id));
  }
  if (event) {
    event.actors.forEach((a) => out.add(a));
    event.topics.forEach((t) => {
      out.add(t);
      s.stances.filter((x) => x.topic === t).forEach((x) => out.add(x.id));
    });
    s.reactions.filter((r) => r.target === event.id || (event.actors.includes(r.actor) && r.topics.some((t) => event.topics.includes(t)))).forEach(addReaction);
  }
  if (reaction) {
    addReaction(reaction);
    s.events.filter((e) => e.actors.includes(reaction.actor) && e.topics.some((t) => reaction.topics.includes(t))).forEach((e) => out.add(e.id));
  }
  for (const x of s.stances) if (out.has(x.id)) cellSides(s.meta).forEach((side) => out.add(cellId(x.id, side)));
  return out;
}

describe('relatedIds on a story ten times the fixture', () => {
  const big = generateStory(story, 10, 1);
  const ids = [...indexStory(big).items.keys()];

  test('lights exactly what the plain rules light, for every item', () => {
    for (const id of ids) expect([...relatedIds(big, id)].sort(), id).toEqual([...plainRelated(big, id)].sort());
  });
});
