/**
 * The code an editor pastes to embed one view: a sized, sandboxed, lazy iframe marked for our
 * host snippet, and the snippet itself. Pure string building, so every byte can be tested;
 * every attribute value is escaped, whatever the caller passes.
 */
import { EMBED_VIEWS, clampHeight, isEmbedView, type EmbedTheme, type EmbedView } from './protocol.ts';

/** The embed's own themes, plus `host`: the snippet keeps the embed in step with the host page's theme. */
export const EMBED_CODE_THEMES = ['auto', 'light', 'dark', 'host'] as const;
export type EmbedCodeTheme = EmbedTheme | 'host';

/** Deep-link parameters of the full page an embed understands; anything else is dropped. */
export const STATE_KEYS = ['sel', 'kind', 'group', 'topic', 'q', 't'] as const;

/** What the sandbox allows: our script, our own origin (for the snippet's origin check), links out. */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups';

export interface EmbedCodeOptions {
  /** Where the explainer is served, e.g. `https://graphics.example.com`; http(s) only. */
  origin: string;
  view: EmbedView;
  /** The iframe's accessible name. */
  title: string;
  /** Initial height in CSS pixels: the rendered height, so the host page does not shift on load. */
  height: number;
  /** The full page's deep-link query (`sel=…&kind=…`) to open the embed with. */
  state?: string;
  theme?: EmbedCodeTheme;
  /** Let the snippet mirror the embed's selection into the host page's URL hash. */
  syncHash?: boolean;
}

/** Escapes a string for a double-quoted HTML attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The origin of an http(s) URL, without path or trailing slash, or null for anything else. */
export function embedOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Keeps only the deep-link parameters of `state` (a query string, with or without `?`), in
 * the page's own serialisation (`,` and `~` left readable). The theme and the view are the
 * embed code's own options, so a `theme` or `embed` in the page's state is dropped.
 */
export function embedState(state: string): string {
  const from = new URLSearchParams(state.startsWith('?') ? state.slice(1) : state);
  const kept = new URLSearchParams();
  for (const key of STATE_KEYS) {
    const value = from.get(key);
    if (value) kept.set(key, value);
  }
  return kept.toString().replace(/%2C/g, ',').replace(/%7E/gi, '~');
}

/** The embed's URL (not escaped): the view, the carried state and a fixed theme. */
export function embedSrc(origin: string, view: EmbedView, state = '', theme: EmbedCodeTheme = 'auto'): string {
  const base = embedOrigin(origin);
  if (!base) throw new RangeError(`embed origin must be http(s): ${origin}`);
  if (!isEmbedView(view)) throw new RangeError(`embed view must be one of ${EMBED_VIEWS.join(', ')}: ${String(view)}`);
  const query = embedState(state);
  // `host` starts from the reader's setting; the snippet then sends the host page's theme.
  const fixed = theme === 'light' || theme === 'dark' ? `theme=${theme}` : '';
  const params = [query, fixed].filter(Boolean).join('&');
  // Each view has its own prerendered page, so the frame shows it before any script runs.
  return `${base}/embed/${view}.html${params ? `?${params}` : ''}`;
}

/** The HTML to paste: the iframe, then the host snippet, one per line. */
export function embedCode({ origin, view, title, height, state = '', theme = 'auto', syncHash = false }: EmbedCodeOptions): string {
  const src = embedSrc(origin, view, state, theme);
  const px = clampHeight(height);
  if (px === null) throw new RangeError(`embed height must be a positive number: ${height}`);
  const attributes = [
    'data-summit-explorer',
    `src="${escapeAttribute(src)}"`,
    `title="${escapeAttribute(title)}"`,
    'loading="lazy"',
    'width="100%"',
    `height="${px}"`,
    `style="border:0;width:100%;height:${px}px"`,
    `sandbox="${EMBED_SANDBOX}"`,
    ...(theme === 'host' ? ['data-theme="host"'] : []),
    ...(syncHash ? ['data-sync-hash'] : []),
  ];
  const script = `<script src="${escapeAttribute(embedOrigin(origin)!)}/embed.js" async></script>`;
  return `<iframe ${attributes.join(' ')}></iframe>\n${script}`;
}

/** The article column the preview renders at, and so the width the code's initial height is for. */
export const PREVIEW_COLUMN = 640;
