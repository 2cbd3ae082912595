/**
 * A uniform grid of square cells over the plane: each item (by index) is filed under the
 * cells its box touches, so "which boxes might touch this one" looks at a few neighbours
 * instead of every box. What the network's label placement and overlap removal use to stay
 * near-linear on big stories. Pure: no DOM.
 */
import type { Rect } from './reactions/types.ts';

/** Cell coordinates as one number; exact for the ±32k cells any layout here reaches. */
const key = (cx: number, cy: number) => (cx + 32768) * 65536 + (cy + 32768);

export class SpatialGrid {
  readonly #size: number;
  readonly #cells = new Map<number, number[]>();
  /** Per item, the cell range it is filed under: [cx0, cy0, cx1, cy1]. */
  readonly #filed: ([number, number, number, number] | undefined)[] = [];
  /** Per item, the last query that saw it, so a query lists each item once. */
  #seen: number[] = [];
  #query = 0;

  /** `size`: the side of a cell, in the boxes' units; about a typical box works best. */
  constructor(size: number) {
    this.#size = size;
  }

  #range(box: Rect, pad: number): [number, number, number, number] {
    const s = this.#size;
    return [Math.floor((box.x0 - pad) / s), Math.floor((box.y0 - pad) / s), Math.floor((box.x1 + pad) / s), Math.floor((box.y1 + pad) / s)];
  }

  /** Files item `item` under `box`, replacing where it was filed before. */
  set(item: number, box: Rect): void {
    const old = this.#filed[item];
    const next = this.#range(box, 0);
    if (old && old[0] === next[0] && old[1] === next[1] && old[2] === next[2] && old[3] === next[3]) return;
    if (old) {
      for (let cx = old[0]; cx <= old[2]; cx++) {
        for (let cy = old[1]; cy <= old[3]; cy++) {
          const cell = this.#cells.get(key(cx, cy))!;
          cell.splice(cell.indexOf(item), 1);
        }
      }
    }
    for (let cx = next[0]; cx <= next[2]; cx++) {
      for (let cy = next[1]; cy <= next[3]; cy++) {
        const k = key(cx, cy);
        const cell = this.#cells.get(k);
        if (cell) cell.push(item);
        else this.#cells.set(k, [item]);
      }
    }
    this.#filed[item] = next;
  }

  /**
   * Every item whose filed box may come within `pad` of `box`, in ascending order. It never
   * misses one that does: a box that overlaps `box` grown by `pad` shares a cell with it.
   */
  near(box: Rect, pad = 0): number[] {
    const [x0, y0, x1, y1] = this.#range(box, pad);
    const stamp = ++this.#query;
    const out: number[] = [];
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        for (const item of this.#cells.get(key(cx, cy)) ?? []) {
          if (this.#seen[item] === stamp) continue;
          this.#seen[item] = stamp;
          out.push(item);
        }
      }
    }
    return out.sort((a, b) => a - b);
  }
}
