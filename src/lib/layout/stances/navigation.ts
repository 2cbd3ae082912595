/**
 * Keyboard navigation of the stance matrix: its stops (an issue's heading, its cells, its
 * gauge) in reading order, and where an arrow key, Home or End moves focus.
 */
import type { Stance } from '../../story/types.ts';
import { cellId, cellOfColumn } from '../../story/stanceCells.ts';
import { STACKED_ORDER, type StancesMode } from './layout.ts';

/** What a keyboard stop of the matrix is: an issue's heading, one of its cells, or its gauge. */
export type StopKind = 'issue' | 'first' | 'distance' | 'second' | 'outcome';

/** One keyboard stop: where it sits (visible row, column) and the explorer id it acts on. */
export interface StancesStop {
  /** Unique per stop (the heading and the gauge share their stance's id). */
  key: string;
  /** Explorer id: the stance for the heading and the gauge, `stance:side` for a cell. */
  id: string;
  kind: StopKind;
  /** Index among the visible rows. */
  row: number;
  /** Left-to-right column in a grid; position in reading order on a phone card. */
  col: number;
}

/** Left to right in a grid row (the heading is the row header). */
const GRID_STOPS: StopKind[] = ['issue', 'first', 'distance', 'second', 'outcome'];
/** A phone card in reading order: the same as its blocks, without the reason (plain text). */
const STACKED_STOPS = STACKED_ORDER.filter((k): k is StopKind => k !== 'reason');

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';
export const NAV_KEYS: readonly NavKey[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/**
 * The matrix's keyboard stops in reading order. A row shows while any of its cells does
 * (`visible(stance.id)`); a filtered cell is no stop. Cell ids are `${stance.id}:${side}`.
 */
export function stancesStops(
  stances: Stance[],
  sides: readonly [string, string],
  mode: StancesMode,
  visible: (id: string) => boolean = () => true,
): StancesStop[] {
  const order = mode === 'stacked' ? STACKED_STOPS : GRID_STOPS;
  const stops: StancesStop[] = [];
  let row = 0;
  for (const stance of stances) {
    if (!visible(stance.id)) continue;
    order.forEach((kind, col) => {
      const id = kind === 'issue' || kind === 'distance' ? stance.id : cellId(stance.id, cellOfColumn(kind, sides));
      if (id !== stance.id && !visible(id)) return;
      stops.push({ key: `${stance.id}/${kind}`, id, kind, row, col });
    });
    row++;
  }
  return stops;
}

/**
 * Where an arrow key, Home or End moves focus from the stop `from` (the first stop when
 * `from` is gone). In a grid: Left/Right along the issue, Up/Down to the same column of the
 * next issue (or its nearest stop, when that cell is filtered out); stacked cards: every
 * arrow follows reading order. Home/End: first/last stop of the matrix. Stays put at an edge.
 */
export function moveStop(stops: StancesStop[], from: string | null, key: NavKey, mode: StancesMode): StancesStop | undefined {
  const i = Math.max(0, stops.findIndex((s) => s.key === from));
  const current = stops[i];
  if (!current) return undefined;
  if (key === 'Home') return stops[0];
  if (key === 'End') return stops.at(-1);
  if (mode === 'stacked') {
    const step = key === 'ArrowLeft' || key === 'ArrowUp' ? -1 : 1;
    return stops[i + step] ?? current;
  }
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const step = key === 'ArrowLeft' ? -1 : 1;
    const next = stops[i + step];
    return next && next.row === current.row ? next : current;
  }
  const row = current.row + (key === 'ArrowUp' ? -1 : 1);
  const candidates = stops.filter((s) => s.row === row);
  if (!candidates.length) return current;
  // the same column, else the nearest one (to the left on a tie)
  return candidates.reduce((best, s) => {
    const d = Math.abs(s.col - current.col);
    const bestD = Math.abs(best.col - current.col);
    return d < bestD || (d === bestD && s.col < best.col) ? s : best;
  });
}
