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
/** Posts to the frame's window, to the origin its src names exactly (never '*'). */
const post = (frame: Frame, message: unknown) => frame.contentWindow!.postMessage(message, originOf(frame));

function sendTheme(frame: Frame): void {
  const theme = frame.dataset.theme == 'host' ? (dark.matches ? 'dark' : 'light') : frame.dataset.theme;
  // The embed checks the value (light, dark or auto) before it acts on it.
  if (theme) post(frame, setThemeMessage(theme as EmbedTheme));
}

addEventListener('message', (event) => {
  // A frame in the document always has a window, so a message without a source matches none.
  const frame = frames().find((f) => f.contentWindow === event.source);
  try {
    if (!frame || event.origin == 'null' || event.origin !== originOf(frame)) return;
  } catch {
    return;
  }
  // Our part of the hash, for an iframe that opted in: keyed by the view its own URL shows,
  // /embed/<view>.html at the app's origin (as embed codes write it).
  const key = 'syncHash' in frame.dataset ? `summit-${new URL(frame.src).pathname.slice(7, -5)}=` : '';
  const parts = location.hash.slice(1).split('&').filter(Boolean);
  let restoring = false;
  // Greet on first contact rather than on load: only then is the embed surely listening.
  if (!greeted.has(frame)) {
    greeted.add(frame);
    sendTheme(frame);
    try {
      const state = key && decodeURIComponent(parts.find((p) => p.startsWith(key))?.slice(key.length) ?? '');
      restoring = !!state && isSafeState(state);
      if (restoring) post(frame, setStateMessage(state as string));
    } catch {
      // A malformed escape in the host's hash: nothing to restore.
    }
  }
  // Our own dialect only: the embed always speaks it, and pym/AMP parsing would cost bytes.
  const message = parseFromEmbed(event.data);
  if (!message) return;
  if ('height' in message) frame.style.height = message.height + 'px';
  // While restoring, the embed's first report is the state it loaded with: not worth keeping.
  else if (!restoring && key == `summit-${message.view}=`) {
    const others = parts.filter((p) => !p.startsWith(key));
    const hash = (message.state ? [...others, key + encodeURIComponent(message.state)] : others).join('&');
    // No bare '#' left behind, and no history write when nothing changed.
    if (hash != parts.join('&')) history.replaceState(history.state, '', hash ? '#' + hash : location.pathname + location.search);
  }
});

// Our own MediaQueryList object, so its one handler slot is ours.
dark.onchange = () => frames().forEach((f) => greeted.has(f) && sendTheme(f));

// An embed that loaded before this script reported to nobody: greet each one, now and
// whenever an iframe (re)loads, so it reports again. Only frames that hold their own
// document: a lazy iframe still far below holds its first about:blank, of the host's
// origin (readable here, unlike the app's document on another origin), and a message
// aimed at the app's origin would log an error on the host page. It is greeted on load.
const hello = (frame: Frame) => {
  try {
    if (frame.contentDocument?.URL != 'about:blank') post(frame, helloMessage());
  } catch {
    // No usable src yet.
  }
};
frames().forEach(hello);
addEventListener('load', (event) => {
  const frame = event.target as Frame;
  if (frames().includes(frame)) {
    greeted.delete(frame);
    hello(frame);
  }
}, true);
