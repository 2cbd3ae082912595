import { describe, expect, test } from 'vitest';
import { SpatialGrid } from '../../../src/lib/layout/spatialGrid.ts';
import { rectsOverlap, type Rect } from '../../../src/lib/layout/reactions/index.ts';

/** Park–Miller, so every run checks the same boxes. */
function boxes(n: number, seed: number, spread: number, size: number): Rect[] {
  let s = seed;
  const next = () => (s = (s * 48271) % 2147483647) / 2147483647;
  return Array.from({ length: n }, () => {
    const x0 = (next() - 0.3) * spread;
    const y0 = (next() - 0.3) * spread;
    return { x0, y0, x1: x0 + next() * size, y1: y0 + next() * size };
  });
}

/** What a grid must find: every box that overlaps the query grown by `pad`, by brute force. */
const touching = (all: Rect[], q: Rect, pad: number) => all.flatMap((r, i) => (rectsOverlap(q, r, pad) ? [i] : []));

describe('SpatialGrid', () => {
  test.each([
    { cell: 8, pad: 0, size: 30 },
    { cell: 32, pad: 2, size: 30 },
    { cell: 32, pad: 2, size: 300 },
    { cell: 100, pad: 10, size: 5 },
  ])('with $cell px cells and pad $pad it never misses a box that touches (boxes up to $size px)', ({ cell, pad, size }) => {
    const all = boxes(400, 7, 1000, size);
    const grid = new SpatialGrid(cell);
    all.forEach((r, i) => grid.set(i, r));
    for (const q of boxes(200, 11, 1000, size)) {
      const near = grid.near(q, pad);
      for (const i of touching(all, q, pad)) expect(near).toContain(i);
    }
  });

  test('lists each item once, in ascending order, even when it spans many cells', () => {
    const grid = new SpatialGrid(10);
    grid.set(5, { x0: 0, y0: 0, x1: 95, y1: 95 });
    grid.set(2, { x0: 40, y0: 40, x1: 45, y1: 45 });
    grid.set(9, { x0: -30, y0: -30, x1: 100, y1: 5 });
    expect(grid.near({ x0: 0, y0: 0, x1: 100, y1: 100 })).toEqual([2, 5, 9]);
  });

  test('an item set again is found where it is now, not where it was', () => {
    const grid = new SpatialGrid(16);
    grid.set(0, { x0: 0, y0: 0, x1: 10, y1: 10 });
    grid.set(0, { x0: 500, y0: 500, x1: 510, y1: 510 });
    expect(grid.near({ x0: 0, y0: 0, x1: 10, y1: 10 })).toEqual([]);
    expect(grid.near({ x0: 505, y0: 505, x1: 506, y1: 506 })).toEqual([0]);
  });

  test('finds nothing far away', () => {
    const grid = new SpatialGrid(32);
    grid.set(0, { x0: 0, y0: 0, x1: 10, y1: 10 });
    expect(grid.near({ x0: 200, y0: 200, x1: 210, y1: 210 }, 2)).toEqual([]);
  });
});
