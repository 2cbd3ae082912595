/**
 * The network's build-time layout on stories many times the fixture (see
 * src/lib/bench/generateStory.ts): the same guarantees as for the fixture itself, without the
 * minutes an all-pairs overlap pass would take.
 */
import { describe, expect, test } from 'vitest';
import { labelPlacement, nodeBox, overlaps, type ReactionsLayout, type Rect } from '../../../src/lib/layout/reactions/index.ts';
import { layoutReactions } from '../../../src/lib/layout/reactions/layoutReactions.ts';
import { generateStory } from '../../../src/lib/bench/generateStory.ts';
import { harbourStory } from '../../fixtures/harbour.ts';
import { expectedCounts } from './reactionsCounts.ts';

const fixture = harbourStory();
const inside = (r: Rect, l: ReactionsLayout) => r.x0 >= 0 && r.y0 >= l.top && r.x1 <= l.width && r.y1 <= l.height;

describe('layoutReactions on big stories', () => {
  test.each([
    { factor: 10, width: 320 },
    { factor: 10, width: 1000 },
    { factor: 100, width: 450 },
    { factor: 100, width: 1000 },
  ])('$factor× at $width px: every node the data asks for, none touching another, all inside the box', ({ factor, width }) => {
    const story = generateStory(fixture, factor, 1);
    const l = layoutReactions(story, { width });
    const want = expectedCounts(story);
    expect(l.nodes).toHaveLength(want.actors + want.targets + want.topics);
    // Each copy brings the fixture's three reactions, each with a line to its target and one to its topic.
    expect(l.edges.filter((e) => e.kind === 'reaction')).toHaveLength(6 * factor);
    expect(overlaps(l)).toEqual([]);
    for (const n of l.nodes) {
      expect(inside(nodeBox(n, n), l), `${n.id} mark`).toBe(true);
      expect(inside(labelPlacement(n, n).box, l), `${n.id} label`).toBe(true);
    }
  }, 30_000);

  test('the box grows with the story, and the same story gives the same picture', () => {
    const ten = generateStory(fixture, 10, 1);
    const heights = [fixture, ten].map((s) => layoutReactions(s, { width: 1000 }).height);
    expect(heights[1]).toBeGreaterThan(heights[0]!);
    expect(layoutReactions(ten, { width: 1000 })).toEqual(layoutReactions(ten, { width: 1000 }));
  });
});
