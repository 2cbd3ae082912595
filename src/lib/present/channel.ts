/**
 * The presenter and its notes window follow each other over a BroadcastChannel (same origin,
 * same browser; nothing stored). Messages from the channel are checked before use: another
 * tab of the same site could post anything.
 */

export const CHANNEL = 'summit-present';

export type PresentMessage =
  /** This window is now on `step` (1-based). */
  | { type: 'step'; step: number }
  /** A window just opened and asks the others where they are. */
  | { type: 'hello' };

/** A message from the channel, or null when it is not one of ours. */
export function parseMessage(data: unknown, total: number): PresentMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type === 'hello') return { type: 'hello' };
  if (m.type === 'step' && Number.isInteger(m.step) && (m.step as number) >= 1 && (m.step as number) <= total) {
    return { type: 'step', step: m.step as number };
  }
  return null;
}
