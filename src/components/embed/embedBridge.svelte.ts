/**
 * The embedded view's side of the conversation with its host page. It reports the content
 * height whenever it changes (load, resize, a panel opening), debounced and only on change,
 * in our own dialect, AMP's and (when pym.js gave us a childId) pym's; it reports the
 * explorer's state so a host can keep it in its own URL; and it takes a theme or a state
 * from the parent window, validated. It never sends a URL and never asks the host to navigate.
 * Call during component initialisation.
 */
import {
  ampHeightMessage, heightMessage, isSafeChildId, parseToEmbed, pymHeightMessage, stateMessage, clampHeight,
  type EmbedView,
} from '../../lib/embed/protocol.ts';
import type { Explorer } from '../../lib/state/explorer.svelte.ts';
import { knownOf, parseUrlState, serializeUrlState } from '../../lib/state/urlState.ts';

/** Long enough to fold a burst of layout changes into one message, short enough to feel instant. */
const DEBOUNCE_MS = 60;

export function bridgeToHost(explorer: Explorer, view: EmbedView, root: () => HTMLElement | undefined): void {
  if (window.parent === window) return;
  const params = new URLSearchParams(location.search);
  const childId = params.get('childId');
  const pymId = isSafeChildId(childId) ? childId : null;
  // The host's origin is unknown (any newsroom): messages carry only a number or our own state.
  const post = (message: unknown) => window.parent.postMessage(message, '*');

  let lastHeight = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const measure = () => {
    timer = undefined;
    const el = root();
    if (!el) return;
    const height = clampHeight(el.getBoundingClientRect().height);
    if (height === null || height === lastHeight) return;
    lastHeight = height;
    post(heightMessage(view, height));
    post(ampHeightMessage(height));
    if (pymId) post(pymHeightMessage(pymId, height));
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(measure, DEBOUNCE_MS);
  };

  $effect(() => {
    const el = root();
    if (!el) return;
    const observer = new ResizeObserver(schedule);
    observer.observe(el);
    addEventListener('resize', schedule);
    schedule();
    return () => {
      observer.disconnect();
      removeEventListener('resize', schedule);
      if (timer !== undefined) clearTimeout(timer);
    };
  });

  let lastState: string | null = null;
  $effect(() => {
    const state = serializeUrlState({ ...explorer.urlState, theme: 'auto' });
    if (state === lastState) return;
    // The first report tells the host the state it loaded with; later ones, each change.
    lastState = state;
    post(stateMessage(view, state));
  });

  const known = knownOf(explorer.index);
  $effect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      const message = parseToEmbed(event.data);
      if (!message) return;
      // Whatever the host says, it is listening now: tell it our height again, in case its
      // snippet loaded after our first reports. The state is told again only when asked
      // (hello): after a theme, a repeat of the load-time state would reach a host that is
      // restoring another one from its URL, and erase it there until our next report.
      lastHeight = 0;
      schedule();
      if (message.type === 'summit-explorer:hello') {
        lastState = serializeUrlState({ ...explorer.urlState, theme: 'auto' });
        post(stateMessage(view, lastState));
      }
      else if (message.type === 'summit-explorer:set-theme') explorer.setTheme(message.theme);
      else if (message.type === 'summit-explorer:set-state') {
        explorer.applyUrlState({ ...parseUrlState(message.state, known), theme: explorer.theme });
      }
    };
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  });
}
