/**
 * The network's lines: none runs through a label, and ordering the columns by barycentre
 * (force.ts) leaves fewer lines crossing each other than the reading order does. On the fixture
 * story and, where the test is about what a reader of this project's own story sees, on the
 * real story (its dense column of actors is what the ordering and the label clearing are for).
 */
import { describe, expect, test } from 'vitest';
import { edgeCrossings, labelCrossings, labelInk } from '../../../src/lib/layout/reactions/crossings.ts';
import { NETWORK_WIDTHS, pickReactionsLayout, unpackReactionsLayout, type ReactionsLayout } from '../../../src/lib/layout/reactions/index.ts';
import { layoutReactions } from '../../../src/lib/layout/reactions/layoutReactions.ts';
import type { Story } from '../../../src/lib/story/types.ts';
import { harbourStory } from '../../fixtures/harbour.ts';
import { preparedStory } from '../../fixtures/story.ts';

const harbour = harbourStory();
const real = preparedStory();
/** The layouts a phone (375 px) and a laptop or desktop (768, 1280, 1920 px) draw. */
const SCREENS = [375, 768, 1280, 1920];

describe('labelCrossings', () => {
  test('finds a line drawn through a label, and only that one', () => {
    const l = layoutReactions(harbour, { width: 1000 });
    expect(labelCrossings(l)).toEqual([]);
    // Move a topic onto the line from the first actor to the hub: its label now sits across it.
    const hub = l.nodes.find((n) => n.id === harbour.meta.hub.event)!;
    const actor = l.nodes.find((n) => n.id === 'southhaven-council')!;
    const topic = l.nodes.find((n) => n.id === 'fishing-rights')!;
    const box = labelInk({ ...topic, x: 0, y: 0 });
    const mid = { x: (hub.x + actor.x) / 2, y: (hub.y + actor.y) / 2 };
    const moved: ReactionsLayout = { ...l, nodes: l.nodes.map((n) => (n === topic ? { ...n, x: mid.x - (box.x0 + box.x1) / 2, y: mid.y - (box.y0 + box.y1) / 2 } : n)) };
    expect(labelCrossings(moved)).toContainEqual(['council-will-study', 'fishing-rights']);
  });
});

describe('no line runs through a label', () => {
  test.each([...NETWORK_WIDTHS])('the fixture at %i px', (width) => {
    expect(labelCrossings(layoutReactions(harbour, { width }))).toEqual([]);
  });

  test.each(SCREENS)('the real story as a %i px screen draws it (the layout the build ships, bends and all)', (screen) => {
    const l = unpackReactionsLayout(real, pickReactionsLayout(real.reactionsLayouts!, screen));
    expect(labelCrossings(l)).toEqual([]);
  });

  test('the build ships the bends it made: unpacked, a layout draws what the layout made', () => {
    const made = layoutReactions(real, { width: 375 });
    const shipped = unpackReactionsLayout(real, pickReactionsLayout(real.reactionsLayouts!, 375));
    expect(shipped.edges.map((e) => e.bend)).toEqual(made.edges.map((e) => e.bend));
    expect(made.edges.some((e) => e.bend !== 0)).toBe(true);
  }, 30_000);

  test.each(SCREENS)('the fixture as a %i px screen draws it', (screen) => {
    expect(labelCrossings(unpackReactionsLayout(harbour, pickReactionsLayout(harbour.reactionsLayouts!, screen)))).toEqual([]);
  });
});

describe('barycentre ordering', () => {
  const total = (s: Story, barycentre: boolean) => NETWORK_WIDTHS.reduce((sum, width) => sum + edgeCrossings(layoutReactions(s, { width, barycentre })).length, 0);

  // The real story's lines cross about 40 times at any width (every actor reacts to the hub
  // in the middle, and to topics beyond it): the ordering takes off what it can.
  test.each([375, 768, 1280])('the real story as a %i px screen draws it: fewer crossings than in reading order', (screen) => {
    const width = pickReactionsLayout(real.reactionsLayouts!, screen).width;
    const after = edgeCrossings(layoutReactions(real, { width })).length;
    const before = edgeCrossings(layoutReactions(real, { width, barycentre: false })).length;
    expect(after).toBeLessThan(before);
  }, 30_000);

  test('the ordering is deterministic: the same story and width, the same columns', () => {
    const order = (l: ReactionsLayout) => l.nodes.filter((n) => n.kind === 'actor').sort((a, b) => a.y - b.y).map((n) => n.id);
    expect(order(layoutReactions(real, { width: 1000 }))).toEqual(order(layoutReactions(real, { width: 1000 })));
  }, 30_000);

  test('the fixture: never more crossings than in reading order', () => {
    expect(total(harbour, true)).toBeLessThanOrEqual(total(harbour, false));
  });

  test('counts a crossing: two lines that swap sides between their ends', () => {
    const l = layoutReactions(harbour, { width: 1000 });
    const a = l.nodes.find((n) => n.id === 'southhaven-council')!;
    const c = l.nodes.find((n) => n.id === 'harbour-party')!;
    // Swap the top and bottom actors: their lines to the two topics now cross.
    const swapped: ReactionsLayout = { ...l, nodes: l.nodes.map((n) => (n === a ? { ...n, y: c.y } : n === c ? { ...n, y: a.y } : n)) };
    expect(edgeCrossings(swapped).length).toBeGreaterThan(edgeCrossings(l).length);
  });
});
