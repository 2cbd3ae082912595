/** The distance scale of the stance matrix: aligned → opposed, and which issues sit at its ends. */
import type { Distance, Stance } from '../../story/types.ts';

/** The ordinal scale, aligned → opposed (same order as the schema's DISTANCES). */
export const DISTANCE_ORDER = ['aligned', 'close', 'apart', 'opposed'] as const satisfies readonly Distance[];

/** Position of a distance on the scale: 0 (aligned) … 3 (opposed). */
export function distanceStep(distance: Distance): number {
  return DISTANCE_ORDER.indexOf(distance);
}

/**
 * The issues where the two sides are furthest apart and closest (the first in data order on
 * a tie); `closest` is null when every issue sits at the same distance.
 */
export function distanceExtremes(stances: Stance[]): { widest: Stance; closest: Stance | null } | null {
  const [first] = stances;
  if (!first) return null;
  let widest = first;
  let closest = first;
  for (const s of stances) {
    if (distanceStep(s.distance) > distanceStep(widest.distance)) widest = s;
    if (distanceStep(s.distance) < distanceStep(closest.distance)) closest = s;
  }
  return { widest, closest: closest.distance === widest.distance ? null : closest };
}
