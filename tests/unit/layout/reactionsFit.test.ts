/**
 * The reaction network's box fits the story: a small one (the fixture: three reacting actors,
 * two targets, two topics) gets a box no taller than its columns need, with no tall empty band
 * between its nodes; a crowded one keeps the full height it starts from.
 */
import { describe, expect, test } from 'vitest';
import { NETWORK_WIDTHS, overlaps, WIDE_MIN_WIDTH } from '../../../src/lib/layout/reactions/index.ts';
import { layoutReactions } from '../../../src/lib/layout/reactions/layoutReactions.ts';
import type { Story } from '../../../src/lib/story/types.ts';
import { harbourStory } from '../../fixtures/harbour.ts';

const story = harbourStory();

/** The fixture with `n` more newspapers, each reacting to the hub about the first topic. */
function withMorePapers(base: Story, n: number): Story {
  const actors = Array.from({ length: n }, (_, i) => ({ ...base.actors.find((a) => a.id === 'bay-courier')!, id: `paper-${i}`, name: `Paper ${i}`, shortName: `Paper ${i}` }));
  const reactions = actors.map((a, i) => ({ ...base.reactions[0]!, id: `paper-${i}-reaction`, actor: a.id }));
  return { ...base, actors: [...base.actors, ...actors], reactions: [...base.reactions, ...reactions] };
}

/** The tallest stretch of the box, top to bottom, where no node is. */
function widestGap(l: ReturnType<typeof layoutReactions>): number {
  const ys = l.nodes.map((n) => n.y).sort((a, b) => a - b);
  return Math.max(...ys.slice(1).map((y, i) => y - ys[i]!));
}

describe('a small story’s network', () => {
  test.each([...NETWORK_WIDTHS])('at %i px: a box its own size, every node inside and clear of the others', (width) => {
    const l = layoutReactions(story, { width });
    const wide = width >= WIDE_MIN_WIDTH;
    // three actors in two clusters: at most 3.5 slots of 64 px (wide) or 72 px (narrow), plus the insets
    expect(l.height).toBeLessThanOrEqual(wide ? 300 : 350);
    expect(widestGap(l)).toBeLessThanOrEqual(wide ? 2 * 64 : 2 * 72);
    for (const n of l.nodes) {
      expect(n.y - n.r, n.id).toBeGreaterThanOrEqual(l.top);
      expect(n.y + n.r, n.id).toBeLessThanOrEqual(l.height);
    }
    expect(overlaps(l)).toEqual([]);
  });

  test('what the hub and the other target say is in the graph', () => {
    const l = layoutReactions(story, { width: 1000 });
    expect(l.nodes.find((n) => n.id === story.meta.hub.event)?.label).toBe(story.meta.hub.label);
    expect(l.nodes.filter((n) => n.kind === 'actor').map((n) => n.id).sort()).toEqual(['bay-courier', 'harbour-party', 'southhaven-council']);
  });
});

describe('a crowded story’s network', () => {
  test.each([340, 790, 1000])('at %i px keeps the full start height (the cap only shrinks a sparse box)', (width) => {
    const crowded = layoutReactions(withMorePapers(story, 12), { width });
    const start = width >= WIDE_MIN_WIDTH ? Math.round(Math.min(600, Math.max(460, width * 0.48))) : 560;
    expect(crowded.height).toBeGreaterThanOrEqual(start);
  });

  test('more reacting actors never make the box shorter', () => {
    for (const width of [375, 1000]) {
      const heights = [0, 2, 4, 8, 12].map((n) => layoutReactions(withMorePapers(story, n), { width }).height);
      expect([...heights].sort((a, b) => a - b), `${width} px`).toEqual(heights);
    }
  });
});
