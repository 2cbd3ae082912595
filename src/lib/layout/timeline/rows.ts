/** Packing a lane's marks into rows so that no two overlap. */

const ROW_GAP = 8;

/** Greedy rows: each item goes into the first row whose last occupant ends before it. Returns the row count. */
export function packRows(items: { id: string; hitX0: number; hitX1: number; index: number }[], rowOf: Map<string, number>): number {
  const sorted = [...items].sort((a, b) => a.hitX0 - b.hitX0 || a.index - b.index);
  const rowEnds: number[] = [];
  for (const d of sorted) {
    let row = rowEnds.findIndex((end) => end + ROW_GAP <= d.hitX0);
    if (row === -1) row = rowEnds.push(d.hitX1) - 1;
    else rowEnds[row] = d.hitX1;
    rowOf.set(d.id, row);
  }
  return Math.max(1, rowEnds.length);
}
