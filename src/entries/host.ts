/**
 * The host snippet (served as /embed.js): an editor includes it once per page. It sizes every
 * `iframe[data-summit-explorer]` to the height its embed reports and, per iframe and opt-in,
 * sets the embed's theme (`data-theme`) and mirrors its state in the host's URL hash
 * (`data-sync-hash`). A message is acted on only if it comes from that iframe's window, from
 * that iframe's own origin exactly, and parses; everything else is ignored. It only ever
 * writes `style.height` and our `#summit-<view>=` part of the hash, and never posts to '*'.
 * Every byte is shipped to every reader of the host page, hence the terse style.
 */
import { helloMessage, isSafeState, parseFromEmbed, setStateMessage, setThemeMessage, type EmbedTheme } from '../lib/embed/protocol.ts';

type Frame = HTMLIFrameElement;

const dark = matchMedia('(prefers-color-scheme: dark)');
/** Iframes that have spoken to us, and so are listening: they have had their theme and state. */
const greeted = new WeakSet<Frame>();

const frames = () => [...document.querySelectorAll<Frame>('iframe[data-summit-explorer]')];
/** Throws for a src that is not a URL; 'null' for about:blank, data: and the like. */
const originOf = (frame: Frame) => new URL(frame.src).origin;

function sendTheme(frame: Frame): void {
  const theme = frame.dataset.theme == 'host' ? (dark.matches ? 'dark' : 'light') : frame.dataset.theme;
  // The embed checks the value (light, dark or auto) before it acts on it.
  if (theme) frame.contentWindow!.postMessage(setThemeMessage(theme as EmbedTheme), originOf(frame));
}

addEventListener('message', (event) => {
  const frame = frames().find((f) => f.contentWindow === event.source);
  try {
    if (!frame || !event.source || event.origin == 'null' || event.origin !== originOf(frame)) return;
  } catch {
    return;
  }
  // Our part of the hash, for an iframe that opted in: keyed by the view its own URL shows,
  // /embed/<view>.html at the app's origin (as embed codes write it).
  const key = frame.hasAttribute('data-sync-hash') ? `summit-${new URL(frame.src).pathname.slice(7, -5)}=` : '';
  const parts = location.hash.slice(1).split('&').filter(Boolean);
  let restoring = false;
  // Greet on first contact rather than on load: only then is the embed surely listening.
  if (!greeted.has(frame)) {
    greeted.add(frame);
    sendTheme(frame);
    try {
      const state = key && decodeURIComponent(parts.find((p) => p.startsWith(key))?.slice(key.length) ?? '');
      restoring = !!state && isSafeState(state);
      if (restoring) frame.contentWindow!.postMessage(setStateMessage(state as string), event.origin);
    } catch {
      // A malformed escape in the host's hash: nothing to restore.
    }
  }
  // Our own dialect only: the embed always speaks it, and pym/AMP parsing would cost bytes.
  const message = parseFromEmbed(event.data);
  if (message && 'height' in message) frame.style.height = message.height + 'px';
  // While restoring, the embed's first report is the state it loaded with: not worth keeping.
  else if (!restoring && message && key == `summit-${message.view}=`) {
    const others = parts.filter((p) => !p.startsWith(key));
    const hash = (message.state ? [...others, key + encodeURIComponent(message.state)] : others).join('&');
    // No bare '#' left behind, and no history write when nothing changed.
    if (hash != parts.join('&')) history.replaceState(history.state, '', hash ? '#' + hash : location.pathname + location.search);
  }
});

// Our own MediaQueryList object, so its one handler slot is ours.
dark.onchange = () => frames().filter((f) => greeted.has(f)).forEach(sendTheme);

// An embed that loaded before this script reported to nobody: greet each one, now and
// whenever an iframe (re)loads, so it reports again. Unloaded frames drop the message.
const hello = (frame: Frame) => {
  try {
    frame.contentWindow?.postMessage(helloMessage(), originOf(frame));
  } catch {
    // No usable src yet.
  }
};
frames().forEach(hello);
addEventListener('load', (event) => {
  const frame = event.target as Frame;
  if (frame.matches?.('iframe[data-summit-explorer]')) {
    greeted.delete(frame);
    hello(frame);
  }
}, true);
