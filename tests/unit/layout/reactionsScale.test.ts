/**
 * The network's build-time layout on stories many times the real one (see
 * src/lib/bench/generateStory.ts): the same guarantees as for the real story, without the
 * minutes an all-pairs overlap pass would take.
 */
import { describe, expect, test } from 'vitest';
import { labelPlacement, nodeBox, overlaps, type ReactionsLayout, type Rect } from '../../../src/lib/layout/reactions/index.ts';
import { layoutReactions } from '../../../src/lib/layout/reactions/layoutReactions.ts';
import { generateStory } from '../../../src/lib/bench/generateStory.ts';
import { loadStory } from '../../../src/build/story/readStory.ts';

const real = loadStory(process.cwd());
const inside = (r: Rect, l: ReactionsLayout) => r.x0 >= 0 && r.y0 >= l.top && r.x1 <= l.width && r.y1 <= l.height;

describe('layoutReactions on big stories', () => {
  // Narrow, but not a phone: a generated title ("First Lee–Trump summit at the White House 5")
  // is wider than a phone's box, which no placement can fix.
  test.each([
    { factor: 10, width: 450 },
    { factor: 10, width: 1000 },
    { factor: 100, width: 1000 },
  ])('$factor× at $width px: no label or node touches another, all inside the box', ({ factor, width }) => {
    const story = generateStory(real, factor, 1);
    const l = layoutReactions(story, { width });
    expect(l.nodes.length).toBeGreaterThan(factor * 4);
    expect(overlaps(l)).toEqual([]);
    for (const n of l.nodes) {
      expect(inside(nodeBox(n, n), l), `${n.id} mark`).toBe(true);
      expect(inside(labelPlacement(n, n).box, l), `${n.id} label`).toBe(true);
    }
  }, 30_000);

  test('the box grows with the story, and the same story gives the same picture', () => {
    const ten = generateStory(real, 10, 1);
    const heights = [real, ten].map((s) => layoutReactions(s, { width: 1000 }).height);
    expect(heights[1]).toBeGreaterThan(heights[0]!);
    expect(layoutReactions(ten, { width: 1000 })).toEqual(layoutReactions(ten, { width: 1000 }));
  });
});
