import { describe, expect, test } from 'vitest';
import { loadStory } from '../../../src/build/story/readStory.ts';
import { relatedIds } from '../../../src/lib/state/related.ts';
import { indexStory } from '../../../src/lib/state/storyIndex.ts';
import { cellId, cellSides } from '../../../src/lib/story/stanceCells.ts';
import { generateStory } from '../../../src/lib/bench/generateStory.ts';
import type { Reaction, Story } from '../../../src/lib/story/types.ts';

const story = loadStory(process.cwd());

describe('relatedIds: selecting one item lights what relates to it everywhere', () => {
  test.each([
    {
      select: 'north-korea-nuclear',
      includes: ['stance-north-korea', 'trump-hints-kim-meeting', 'reaction-hayashi-caution', 'reaction-people-power-party',
        'yoshimasa-hayashi', 'people-power-party', 'summit', 'japan-cautious-on-nk', 'outlook-nk-talks'],
      excludes: ['stance-trade-agriculture', 'reaction-bloomberg', 'bloomberg', 'us-trade-demands'],
    },
    {
      select: 'japan-government',
      includes: ['yoshimasa-hayashi', 'reaction-japan-welcome', 'reaction-hayashi-welcome', 'reaction-hayashi-caution',
        'japan-welcomes', 'japan-cautious-on-nk', 'trilateral-cooperation', 'north-korea-nuclear'],
      excludes: ['reaction-reuters', 'bloomberg', 'stance-defense-cost-sharing'],
    },
    {
      select: 'reaction-people-power-party',
      includes: ['people-power-party', 'summit', 'north-korea-nuclear', 'ppp-criticism'],
      excludes: ['reaction-park-oo', 'democratic-party', 'stance-north-korea'],
    },
    {
      select: 'stance-trade-agriculture',
      includes: ['trade-agriculture', 'us-trade-demands', 'lee-no-further-openings', 'reaction-reuters', 'reaction-park-oo', 'rep-park-oo'],
      excludes: ['stance-north-korea', 'trump-hints-kim-meeting'],
    },
    {
      select: 'trump-hints-kim-meeting',
      includes: ['donald-trump', 'kim-jong-un', 'north-korea-nuclear', 'stance-north-korea'],
      excludes: ['stance-defense-cost-sharing', 'reaction-bloomberg'],
    },
    {
      select: 'bloomberg',
      includes: ['reaction-bloomberg', 'bloomberg-analysis', 'lee-jae-myung', 'lee-diplomacy'],
      excludes: ['reuters', 'reaction-reuters'],
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
    const row = relatedIds(story, 'stance-north-korea');
    expect(row).toContain('stance-north-korea:us');
    const cell = relatedIds(story, 'stance-north-korea:us');
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

describe('relatedIds on a story ten times the real one', () => {
  const big = generateStory(story, 10, 1);
  const ids = [...indexStory(big).items.keys()];

  test('lights exactly what the plain rules light, for every item', () => {
    for (const id of ids) expect([...relatedIds(big, id)].sort(), id).toEqual([...plainRelated(big, id)].sort());
  });
});
