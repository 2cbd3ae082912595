/**
 * The messages an embedded view and its host page exchange, in the dialects newsrooms run:
 * our own typed messages, NPR's pym.js strings and AMP's embed-size. Encoders build exactly
 * what we send; parsers accept only well-formed messages and return null for anything else,
 * so a hostile or stray message can never be acted on. No message carries a URL.
 */

import { VIEW_IDS, isViewId, type ViewId } from '../views.ts';

/** Every view embeds: the registry's ids (lib/views.ts), under the names the protocol speaks. */
export const EMBED_VIEWS = VIEW_IDS;
export type EmbedView = ViewId;

export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** Heights outside this range are refused or clamped: no collapsing to nothing, no endless page. */
export const MIN_HEIGHT = 50;
export const MAX_HEIGHT = 20_000;

// Every message carries `version: 1`; a later protocol would bump it.
/** A query string of explorer state, as the embed's own URL carries it. */
const MAX_STATE = 2000;

export interface HeightMessage { type: 'summit-explorer:height'; version: 1; view: EmbedView; height: number }
export interface StateMessage { type: 'summit-explorer:state'; version: 1; view: EmbedView; state: string }
export interface SetThemeMessage { type: 'summit-explorer:set-theme'; version: 1; theme: EmbedTheme }
export interface SetStateMessage { type: 'summit-explorer:set-state'; version: 1; state: string }
/** The host snippet's greeting: "report your height and state again" (it may have missed them). */
export interface HelloMessage { type: 'summit-explorer:hello'; version: 1 }

export type FromEmbed = HeightMessage | StateMessage;
export type ToEmbed = SetThemeMessage | SetStateMessage | HelloMessage;

export const isEmbedView: (v: unknown) => v is EmbedView = isViewId;

function isTheme(v: unknown): v is EmbedTheme {
  return typeof v === 'string' && (EMBED_THEMES as readonly string[]).includes(v);
}

/** A whole number of pixels within range, or null for anything else (strings, NaN, ∞). */
export function clampHeight(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return null;
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(value)));
}

/** pym.js child ids are echoed into a string protocol: letters, digits, `-` and `_` only. */
export function isSafeChildId(id: unknown): id is string {
  return typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id);
}

/**
 * A state query string we are willing to pass along: bounded, and made only of the characters
 * a URLSearchParams serialisation produces. It is parsed again (safely) before use.
 */
export function isSafeState(state: unknown): state is string {
  // No ':' gets past the first test, so a scheme can only come escaped (%3A).
  return typeof state === 'string' && state.length <= MAX_STATE && /^[A-Za-z0-9%&=~,._+*-]*$/.test(state)
    && !/(^|&)(https?|javascript|data)%3A/i.test(state);
}

// --- what the embed sends -----------------------------------------------------------------

export const heightMessage = (view: EmbedView, height: number): HeightMessage =>
  ({ type: 'summit-explorer:height', version: 1, view, height });

export const stateMessage = (view: EmbedView, state: string): StateMessage =>
  ({ type: 'summit-explorer:state', version: 1, view, state });

/** pym.js's height message: `pymxPYMx{childId}xPYMxheightxPYMx{px}`. */
export const pymHeightMessage = (childId: string, height: number): string =>
  `pymxPYMx${childId}xPYMxheightxPYMx${height}`;

/** AMP's embed-size request, understood by AMP pages and @newswire/frames. */
export const ampHeightMessage = (height: number) => ({ sentinel: 'amp', type: 'embed-size', height }) as const;

// --- what the host sends ------------------------------------------------------------------

export const setThemeMessage = (theme: EmbedTheme): SetThemeMessage => ({ type: 'summit-explorer:set-theme', version: 1, theme });
export const setStateMessage = (state: string): SetStateMessage => ({ type: 'summit-explorer:set-state', version: 1, state });
export const helloMessage = (): HelloMessage => ({ type: 'summit-explorer:hello', version: 1 });

// --- parsers ------------------------------------------------------------------------------

/** An object to read fields from (an array passes, but has none of the fields checked). */
function plain(data: unknown): Record<string, unknown> | null {
  return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : null;
}

/** A whole number of pixels already in range (no clamping: a host refuses what is out of range). */
const inRange = (h: unknown): h is number => Number.isInteger(h) && (h as number) >= MIN_HEIGHT && (h as number) <= MAX_HEIGHT;

/**
 * A message from an embed to its host, or null. The host snippet ships this to every reader
 * of the host page, so it checks in place and returns the checked object rather than
 * rebuilding it (only the fields named in the type are ever read).
 */
export function parseFromEmbed(data: unknown): FromEmbed | null {
  const m = plain(data);
  if (!m || m.version !== 1 || !isEmbedView(m.view)) return null;
  if (m.type === 'summit-explorer:height') return inRange(m.height) ? (m as unknown as HeightMessage) : null;
  return m.type === 'summit-explorer:state' && isSafeState(m.state) ? (m as unknown as StateMessage) : null;
}

/** A message from the host to an embed, or null. */
export function parseToEmbed(data: unknown): ToEmbed | null {
  const m = plain(data);
  if (!m || m.version !== 1) return null;
  if (m.type === 'summit-explorer:set-theme' && isTheme(m.theme)) return setThemeMessage(m.theme);
  if (m.type === 'summit-explorer:set-state' && isSafeState(m.state)) return setStateMessage(m.state);
  if (m.type === 'summit-explorer:hello') return helloMessage();
  return null;
}

/**
 * A height from any dialect we speak (our own, AMP's, pym's), or null. Heights must already
 * be in range: a host ignores what is out of range rather than trusting a clamp.
 */
export function parseHeight(data: unknown): number | null {
  const own = parseFromEmbed(data);
  if (own?.type === 'summit-explorer:height') return own.height;
  const m = plain(data);
  if (m && m.sentinel === 'amp' && m.type === 'embed-size') return inRange(m.height) ? m.height : null;
  if (typeof data === 'string') {
    const match = /^pymxPYMx[A-Za-z0-9_-]{1,64}xPYMxheightxPYMx(\d{1,6})$/.exec(data);
    const h = match ? Number(match[1]) : NaN;
    return inRange(h) ? h : null;
  }
  return null;
}
