/**
 * Where a link that names an item looks for its mark: every kind of item the explorer can
 * select maps to the view that draws it and the attribute its mark carries there (the
 * timeline's and the network's `data-id`, the matrix's `data-key` by column).
 */
import { describe, expect, test } from 'vitest';
import { itemMarks } from '../../../src/lib/link/itemMarks.ts';
import { indexStory } from '../../../src/lib/state/storyIndex.ts';
import { harbourStory, HARBOUR } from '../../fixtures/harbour.ts';

const index = indexStory(harbourStory());
const marks = (id: string) => itemMarks(index.items.get(id)!, HARBOUR);

describe('itemMarks', () => {
  test.each([
    // An event is a timeline mark first; the hub event is also the network's centre.
    ['council-vote', [['timeline', '[data-id="council-vote"]'], ['reactions', '[data-id="council-vote"]']]],
    ['ferry-meeting', [['timeline', '[data-id="ferry-meeting"]'], ['reactions', '[data-id="ferry-meeting"]']]],
    // A cell is keyed by its column, not its side's id: the first side, the second, the outcome.
    ['stance-dredging-fund:northport', [['stances', '[data-key="stance-dredging-fund/first"]']]],
    ['stance-dredging-fund:southhaven', [['stances', '[data-key="stance-dredging-fund/second"]']]],
    ['stance-fishing-rights:outcome', [['stances', '[data-key="stance-fishing-rights/outcome"]']]],
    // An issue's row header.
    ['stance-fishing-rights', [['stances', '[data-key="stance-fishing-rights/issue"]']]],
    // People, topics and reactions: the network's nodes and lines.
    ['mayor-vidal', [['reactions', '[data-id="mayor-vidal"]']]],
    ['bay-quarrel', [['reactions', '[data-id="bay-quarrel"]']]],
    ['courier-modest-success', [['reactions', '[data-id="courier-modest-success"]']]],
  ])('%s', (id, expected) => {
    expect(marks(id).map((m) => [m.view, m.selector])).toEqual(expected);
  });

  test('every item the explorer can select has a place in some view', () => {
    const views = new Set(['timeline', 'stances', 'reactions']);
    for (const item of index.items.values()) {
      const places = itemMarks(item, HARBOUR);
      expect(places.length, item.id).toBeGreaterThan(0);
      for (const place of places) {
        expect(views.has(place.view), item.id).toBe(true);
        expect(place.selector, item.id).toMatch(/^\[data-(id|key)="[a-z0-9/:-]+"\]$/);
      }
    }
  });
});
