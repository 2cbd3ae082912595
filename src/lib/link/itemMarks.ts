/**
 * Where the page draws an item, for a link that lands on it: the views that may show it, the
 * most telling first, and the selector of its mark there. An event is a mark of the timeline
 * (and, the hub, a node of the network); a matrix cell or issue is a stop of the matrix, keyed
 * by stance and column (`stance/first`, `stance/outcome`, `stance/issue`); actors, topics and
 * reactions are the network's nodes and lines. Pure: the page queries the selectors. Ids are
 * slugs (lib/story/schema.ts): nothing to escape.
 */
import type { IndexedItem } from '../state/storyIndex.ts';
import type { StoryMeta } from '../story/types.ts';
import type { ViewId } from '../views.ts';

export interface MarkPlace {
  view: ViewId;
  /** A CSS selector for the item's mark inside the view's figure. */
  selector: string;
}

const byId = (view: ViewId, id: string): MarkPlace => ({ view, selector: `[data-id="${id}"]` });
const byKey = (stance: string, stop: string): MarkPlace => ({ view: 'stances', selector: `[data-key="${stance}/${stop}"]` });

export function itemMarks({ id, type }: Pick<IndexedItem, 'id' | 'type'>, meta: Pick<StoryMeta, 'sides'>): MarkPlace[] {
  switch (type) {
    case 'event':
      return [byId('timeline', id), byId('reactions', id)];
    case 'cell': {
      // A cell's id joins its stance and its side's id (or `outcome`) with ':' (lib/story/stanceCells.ts).
      const at = id.lastIndexOf(':');
      const column = ['first', 'second'][meta.sides.findIndex((s) => s.id === id.slice(at + 1))] ?? 'outcome';
      return [byKey(id.slice(0, at), column)];
    }
    case 'stance':
      return [byKey(id, 'issue')];
    default:
      return [byId('reactions', id)];
  }
}
