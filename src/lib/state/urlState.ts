/**
 * The explorer's whole state as a query string, so a shared URL restores the view exactly.
 * Parsing never throws: unknown ids, values and malformed input fall back to defaults.
 */
import type { StoryIndex } from './storyIndex.ts';
import { CLAIM_KINDS } from '../story/constants.ts';
import type { ActorGroup, ClaimKind } from '../story/types.ts';
import { NO_FILTERS, type Filters } from './filters.ts';

/** `projector`: high-contrast, large type for a classroom (issue 5). */
export const THEMES = ['auto', 'light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

export interface UrlState {
  /** The selected item's id. */
  selected: string | null;
  filters: Filters;
  /** The timeline's visible window, as ISO dates (start inclusive, end exclusive). */
  window: [string, string] | null;
  theme: Theme;
}

export const DEFAULT_STATE: UrlState = { selected: null, filters: NO_FILTERS, window: null, theme: 'auto' };

const MAX_QUERY = 100;
const MAX_LIST = 50;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12) return false;
  return d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function list<T extends string>(raw: string | null, allowed: readonly T[] | ReadonlySet<string>): T[] {
  if (!raw) return [];
  const ok = (x: string): x is T => (Array.isArray(allowed) ? (allowed as readonly string[]).includes(x) : (allowed as ReadonlySet<string>).has(x));
  return [...new Set(raw.split(',').slice(0, MAX_LIST).filter(ok))];
}

/** What the story knows, so parsing can drop ids that name nothing. */
export interface Known {
  ids: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  /** The story's actor groups. */
  groups: ReadonlySet<string>;
}

/** What a story knows, for parsing its URLs. */
export function knownOf(index: StoryIndex): Known {
  return {
    ids: new Set(index.items.keys()),
    topics: new Set(index.story.topics.map((t) => t.id)),
    groups: new Set(index.story.meta.groups.map((g) => g.id)),
  };
}

export function parseUrlState(search: string, known: Known): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 4000 ? '' : search);
  } catch {
    return DEFAULT_STATE;
  }
  const sel = params.get('sel');
  const q = (params.get('q') ?? '').replace(/[\u0000-\u001f<>]/g, '').trim().slice(0, MAX_QUERY).trim();
  const t = params.get('t')?.split('~');
  const theme = params.get('theme');
  return {
    selected: sel && known.ids.has(sel) ? sel : null,
    filters: {
      kinds: list<ClaimKind>(params.get('kind'), CLAIM_KINDS),
      groups: list<ActorGroup>(params.get('group'), known.groups),
      topics: list<string>(params.get('topic'), known.topics),
      query: q,
    },
    window: t && t.length === 2 && isDay(t[0]!) && isDay(t[1]!) && t[0]! < t[1]! ? [t[0]!, t[1]!] : null,
    theme: THEMES.includes(theme as Theme) ? (theme as Theme) : 'auto',
  };
}

/** The state as a query string (no leading `?`), omitting defaults, in a stable order. */
export function serializeUrlState(state: UrlState, base = ''): string {
  const params = new URLSearchParams(base);
  for (const key of ['sel', 'kind', 'group', 'topic', 'q', 't', 'theme']) params.delete(key);
  const { selected, filters, window, theme } = state;
  if (selected) params.set('sel', selected);
  if (filters.kinds.length) params.set('kind', filters.kinds.join(','));
  if (filters.groups.length) params.set('group', filters.groups.join(','));
  if (filters.topics.length) params.set('topic', filters.topics.join(','));
  if (filters.query.trim()) params.set('q', filters.query.trim());
  if (window) params.set('t', `${window[0]}~${window[1]}`);
  if (theme !== 'auto') params.set('theme', theme);
  return params.toString().replace(/%2C/g, ',').replace(/%7E/gi, '~');
}
