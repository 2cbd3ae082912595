/**
 * The reaction network's layout as the build ships it inside the story. Nothing here
 * depends on the story's types, so story/types.ts can name it without an import cycle.
 */

/** `wide`: labels beside the nodes, pointing outwards; `narrow`: labels below the nodes. */
export type LayoutMode = 'wide' | 'narrow';

/** A column head, set above the column it names. */
export interface ColumnHead {
  text: string;
  x: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * A layout as the build ships it: the box, the heads and each node's position and label
 * side, in buildGraph's order. Nodes and edges themselves follow from the story.
 */
export interface PackedReactionsLayout {
  width: number;
  height: number;
  top: number;
  mode: LayoutMode;
  heads: ColumnHead[];
  /** `[x, y, label side index]` per node, in buildGraph order. */
  at: [number, number, number][];
  /** `[edge index, bend]` for every curved edge (parallel lines, lines bent round a label), in buildGraph's edge order. */
  bends?: [number, number][];
}
