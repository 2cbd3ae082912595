/** Keyboard order through the reaction network, on the fixture story (tests/fixtures/harbour). */
import { describe, expect, test } from 'vitest';
import { NAV_KEYS, navigationOrder, stepFocus } from '../../../src/lib/layout/reactions/index.ts';
import { layoutReactions } from '../../../src/lib/layout/reactions/layoutReactions.ts';
import { harbourStory } from '../../fixtures/harbour.ts';

const story = harbourStory();

describe('NAV_KEYS', () => {
  test.each([
    ['ArrowRight', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowDown', 'round-next'],
    ['ArrowUp', 'round-previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Enter', undefined],
    ['Tab', undefined],
  ])('%s -> %s', (key, step) => {
    expect(NAV_KEYS[key]).toBe(step);
  });
});

describe('navigationOrder', () => {
  test('visits every node and every reaction edge exactly once, actors first', () => {
    const l = layoutReactions(story, { width: 768 });
    const order = navigationOrder(l);
    const want = [...l.nodes.map((n) => n.id), ...l.edges.filter((e) => e.kind === 'reaction').map((e) => e.id)];
    expect([...order].sort()).toEqual([...want].sort());
    expect(order[0]).toBe(l.nodes.find((n) => n.kind === 'actor')!.id);
  });

  test('each actor (abroad, then at home) is followed by its reactions, then come the targets and the topics', () => {
    expect(navigationOrder(layoutReactions(story, { width: 768 }))).toEqual([
      'southhaven-council', 'council-will-study', 'council-will-study>dredging-fund',
      'bay-courier', 'courier-modest-success', 'courier-modest-success>dredging-fund',
      'harbour-party', 'harbour-party-too-much', 'harbour-party-too-much>fishing-rights',
      'ferry-meeting', 'mayor-ahn',
      'dredging-fund', 'fishing-rights',
    ]);
  });
});

describe('stepFocus', () => {
  const l = layoutReactions(story, { width: 768 });
  const order = navigationOrder(l);
  // The Harbour Party's criticism of Mayor Ahn, about fishing rights.
  const party = story.reactions.find((r) => r.id === 'harbour-party-too-much')!;
  const partyTopic = party.topics[0]!;
  // Dredging is the topic two reactions speak about: the courier's, then the council's (data order).
  const dredging = 'dredging-fund';
  const aboutDredging = story.reactions.filter((r) => r.topics.includes(dredging)).map((r) => `${r.id}>${dredging}`);

  test.each([
    { from: 0, step: 'next', to: 1 },
    { from: 1, step: 'previous', to: 0 },
    { from: 0, step: 'previous', to: -1 },
    { from: -1, step: 'next', to: 0 },
    { from: 5, step: 'first', to: 0 },
    { from: 5, step: 'last', to: -1 },
  ] as const)('$step from position $from goes to position $to (wrapping)', ({ from, step, to }) => {
    const at = (i: number) => order.at(i)!;
    expect(stepFocus(l, order, at(from), null, step)).toEqual({ id: at(to), anchor: null });
  });

  test('down from an actor goes to its first reaction line, and round back to the actor', () => {
    const ring = [party.actor, party.id, ...party.topics.map((t) => `${party.id}>${t}`)];
    expect(ring).toEqual(['harbour-party', 'harbour-party-too-much', 'harbour-party-too-much>fishing-rights']);
    let at = party.actor;
    let anchor: string | null = null;
    const visited: string[] = [];
    for (let i = 0; i < ring.length; i++) {
      ({ id: at, anchor } = stepFocus(l, order, at, anchor, 'round-next'));
      visited.push(at);
    }
    expect(visited).toEqual([...ring.slice(1), ring[0]]);
    expect(anchor).toBe(party.actor);
    expect(stepFocus(l, order, party.actor, null, 'round-previous').id).toBe(ring.at(-1));
  });

  test('from a topic, up and down visit every reaction about it', () => {
    expect(aboutDredging).toEqual(['courier-modest-success>dredging-fund', 'council-will-study>dredging-fund']);
    let at = dredging;
    let anchor: string | null = null;
    const visited: string[] = [];
    for (let i = 0; i < aboutDredging.length + 1; i++) {
      ({ id: at, anchor } = stepFocus(l, order, at, anchor, 'round-next'));
      visited.push(at);
    }
    expect(visited).toEqual([...aboutDredging, dredging]);
    expect(anchor).toBe(dredging);
  });

  test('an edge reached by left/right goes round its source actor', () => {
    const edge = `${party.id}>${partyTopic}`;
    expect(stepFocus(l, order, edge, null, 'round-next')).toEqual({ id: party.actor, anchor: party.actor });
    expect(stepFocus(l, order, edge, 'some-other-node', 'round-previous')).toEqual({ id: party.id, anchor: party.actor });
  });

  test('marks left out of the order (filtered) are skipped', () => {
    const filtered = order.filter((id) => id !== party.id);
    expect(stepFocus(l, filtered, party.actor, null, 'round-next').id).toBe(`${party.id}>${partyTopic}`);
    const i = order.indexOf(party.id);
    expect(stepFocus(l, filtered, order[i - 1]!, null, 'next').id).toBe(order[i + 1]);
  });
});
