/**
 * A stance row's cells: one per side of the story (keyed by side id), then the outcome.
 * Cell ids join the stance and the cell: `stance-trade:atlantis`.
 */
import type { Position, Stance, StoryMeta } from './types.ts';

/** The cell every row ends with; a side may not take this id. */
export const OUTCOME = 'outcome';

/** The row's cell keys in column order: the two sides' ids, then `outcome`. */
export function cellSides(meta: StoryMeta): string[] {
  return [...meta.sides.map((s) => s.id), OUTCOME];
}

export function cellId(stanceId: string, side: string): string {
  return `${stanceId}:${side}`;
}

/** One cell of a row: a side's position (with its actor) or the outcome. */
export function stanceCell(stance: Stance, side: string): (Position & { actor?: string }) | undefined {
  return side === OUTCOME ? stance.outcome : stance.positions[side];
}

/** The actors whose positions the row sets side by side, in the story's side order. */
export function stanceActors(stance: Stance, meta: StoryMeta): string[] {
  return meta.sides.map((s) => stance.positions[s.id]?.actor).filter((a): a is string => !!a);
}

/** The two sides in column order, as layouts name them: the first and the second column. */
export type SideKey = 'first' | 'second';
export const SIDE_KEYS: readonly SideKey[] = ['first', 'second'];

export function sideOf(meta: StoryMeta, key: SideKey): StoryMeta['sides'][number] {
  return meta.sides[key === 'first' ? 0 : 1];
}

/** A side's position on a stance, by column. */
export function positionOf(stance: Stance, meta: StoryMeta, key: SideKey): Stance['positions'][string] {
  return stance.positions[sideOf(meta, key).id]!;
}

/** A position's words for an annotation: its key term where it has one. */
export function positionWords(p: Position): string {
  return p.keyTerm ?? p.position;
}

/** The cell key (a side's id, or `outcome`) of a column the layouts name `first`, `second` or `outcome`. */
export function cellOfColumn(column: SideKey | typeof OUTCOME, sides: readonly [string, string]): string {
  return column === 'first' ? sides[0] : column === 'second' ? sides[1] : OUTCOME;
}
