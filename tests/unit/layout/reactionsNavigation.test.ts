import { describe, expect, test } from 'vitest';
import { NAV_KEYS, navigationOrder, stepFocus } from '../../../src/lib/layout/reactions/index.ts';
import { layoutReactions } from '../../../src/lib/layout/reactions/layoutReactions.ts';
import { loadStory } from '../../../src/build/story/readStory.ts';

const story = loadStory(process.cwd());

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
});

describe('stepFocus', () => {
  const l = layoutReactions(story, { width: 768 });
  const order = navigationOrder(l);
  const ppp = story.reactions.find((r) => r.id === 'reaction-people-power-party')!;
  const nk = 'north-korea-nuclear';
  const aboutNk = story.reactions.filter((r) => r.topics.includes(nk)).map((r) => `${r.id}>${nk}`);

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
    const ring = [ppp.actor, ppp.id, ...ppp.topics.map((t) => `${ppp.id}>${t}`)];
    let at = ppp.actor;
    let anchor: string | null = null;
    const visited: string[] = [];
    for (let i = 0; i < ring.length; i++) {
      ({ id: at, anchor } = stepFocus(l, order, at, anchor, 'round-next'));
      visited.push(at);
    }
    expect(visited).toEqual([...ring.slice(1), ring[0]]);
    expect(anchor).toBe(ppp.actor);
    expect(stepFocus(l, order, ppp.actor, null, 'round-previous').id).toBe(ring.at(-1));
  });

  test('from a topic, up and down visit every reaction about it', () => {
    let at = nk;
    let anchor: string | null = null;
    const visited: string[] = [];
    for (let i = 0; i < aboutNk.length; i++) {
      ({ id: at, anchor } = stepFocus(l, order, at, anchor, 'round-next'));
      visited.push(at);
    }
    expect(visited).toEqual(aboutNk);
    expect(anchor).toBe(nk);
  });

  test('an edge reached by left/right goes round its source actor', () => {
    const edge = `${ppp.id}>${nk}`;
    expect(stepFocus(l, order, edge, null, 'round-next')).toEqual({ id: ppp.actor, anchor: ppp.actor });
    expect(stepFocus(l, order, edge, 'some-other-node', 'round-previous')).toEqual({ id: ppp.id, anchor: ppp.actor });
  });

  test('marks left out of the order (filtered) are skipped', () => {
    const filtered = order.filter((id) => id !== ppp.id);
    expect(stepFocus(l, filtered, ppp.actor, null, 'round-next').id).toBe(`${ppp.id}>${ppp.topics[0]}`);
    const i = order.indexOf(ppp.id);
    expect(stepFocus(l, filtered, order[i - 1]!, null, 'next').id).toBe(order[i + 1]);
  });
});
