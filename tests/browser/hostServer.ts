/**
 * A stand-in newsroom for the embed tests: a tiny HTTP server on `localhost`, a different origin
 * from the app (served on 127.0.0.1). Its pages load the snippet and the iframes from the app
 * origin, and pym.js from this server, as a real host would. The same server reached as
 * 127.0.0.1 is a third origin, used for hostile frames. No inline scripts anywhere.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { EMBED_VIEWS, ampHeightMessage, heightMessage, pymHeightMessage, type EmbedView } from '../../src/lib/embed/protocol.ts';
import { closeNow } from '../bench/serveCompressed.ts';

export interface HostServer {
  /** This server as the host page's origin, e.g. http://localhost:41234 */
  origin: string;
  /** The same server under another name: a third origin, for hostile frames. */
  evilOrigin: string;
  close: () => Promise<void>;
}

/** The height hostile frames claim; well-formed and in range, so only source and origin can stop it. */
export const HOSTILE_HEIGHT = 1234;

const pymPath = resolve(dirname(createRequire(import.meta.url).resolve('pym.js/package.json')), 'dist/pym.v1.min.js');

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `head` scripts load async in the head, as our embed code says; `end` ones run after the body. */
function page(title: string, body: string, head: string[], end: string[] = []): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<link rel="icon" href="data:,">
<style>body{margin:0;font:16px/1.5 Georgia,serif} main{max-width:760px;margin:0 auto;padding:16px}
iframe{display:block;width:100%;border:0;margin:24px 0}</style>
${head.map((src) => `<script src="${escape(src)}" async></script>`).join('\n')}
</head><body><main><h1>${escape(title)}</h1><p>Host article text.</p>${body}<p>More host text.</p></main>
${end.map((src) => `<script src="${escape(src)}"></script>`).join('\n')}
</body></html>`;
}

/** The views named in `?views=`, in order; all three by default. */
function viewsOf(url: URL): EmbedView[] {
  const asked = url.searchParams.get('views')?.split(',') ?? [...EMBED_VIEWS];
  return asked.filter((v): v is EmbedView => (EMBED_VIEWS as readonly string[]).includes(v));
}

/** Posts every dialect of a plausible height to whoever might listen, repeatedly. */
function hostileScript(): string {
  const messages = [
    ...EMBED_VIEWS.map((v) => heightMessage(v, HOSTILE_HEIGHT)),
    ampHeightMessage(HOSTILE_HEIGHT),
    ...EMBED_VIEWS.map((v) => pymHeightMessage(`pym-${v}`, HOSTILE_HEIGHT)),
  ];
  return `var messages = ${JSON.stringify(messages)};
var targets = [window.parent, window.opener].filter(function (w) { return w && w !== window; });
var n = 0;
var timer = setInterval(function () {
  targets.forEach(function (w) { messages.forEach(function (m) { w.postMessage(m, '*'); }); });
  if (++n >= 20) clearInterval(timer);
}, 50);`;
}

export async function serveHost(appUrl: string): Promise<HostServer> {
  const app = new URL(appUrl).origin;
  let origin = '';
  let evilOrigin = '';

  const routes: Record<string, (url: URL) => [type: string, body: string] | [status: 302, location: string]> = {
    /**
     * Our snippet and one iframe per view. `?sandbox=1` sandboxes them as an editor may;
     * `?theme=…` and `?sync=1` set data-theme and data-sync-hash on each; `?lazy=1` puts
     * them, lazy, below a long article; `?late=1` loads the snippet after the frames;
     * `?column=680` sets them in a column that wide;
     * `?hostile=1` adds an unmarked frame and a marked one whose document moved to another
     * origin, both posting heights.
     */
    '/snippet.html': (url) => {
      const sandbox = url.searchParams.has('sandbox') ? ' sandbox="allow-scripts allow-same-origin allow-popups"' : '';
      const theme = url.searchParams.get('theme');
      const options = `${sandbox}${theme ? ` data-theme="${escape(theme)}"` : ''}${url.searchParams.has('sync') ? ' data-sync-hash' : ''}`;
      // `?lazy=1`: lazy frames below a long article, as the embed code writes them; they load
      // when the reader scrolls near.
      const lazy = url.searchParams.has('lazy');
      const frames = viewsOf(url).map((v) =>
        `<iframe data-summit-explorer id="frame-${v}" title="${v} embed" src="${app}/embed/${v}.html" style="height:300px"${options}${lazy ? ' loading="lazy"' : ''}></iframe>`);
      if (lazy) frames.unshift('<div id="long-article" style="height:6000px">Host article text.</div>');
      // `?column=680`: the frames in a news article's column of that width.
      const column = Number(url.searchParams.get('column'));
      if (column > 0) {
        frames.unshift(`<div id="column" style="max-width:${column}px">`);
        frames.push('</div>');
      }
      if (url.searchParams.has('hostile')) {
        frames.push(`<iframe id="frame-stranger" title="stranger" src="${evilOrigin}/evil.html" style="height:300px"></iframe>`);
        // Its src says this origin; a redirect puts its document on the evil one.
        frames.push(`<iframe data-summit-explorer id="frame-moved" title="moved" src="${origin}/redirect" style="height:300px"></iframe>`);
      }
      // `?late=1`: the snippet arrives after every frame has loaded (a tag manager, say).
      if (url.searchParams.has('late')) return ['text/html', page('Host page with the snippet, late', frames.join('\n'), [], ['/late.js'])];
      return ['text/html', page('Host page with the snippet', frames.join('\n'), [`${app}/embed.js`])];
    },
    /** One view through a real pym.Parent, pym.js served from this origin. */
    '/pym.html': (url) => {
      const view = viewsOf(url)[0] ?? 'stances';
      return ['text/html', page('Host page with pym.js', `<div id="pym-${view}"></div>`, [], ['/pym.v1.min.js', `/pym-setup.js?views=${view}`])];
    },
    '/pym-setup.js': (url) => {
      const view = viewsOf(url)[0] ?? 'stances';
      return ['text/javascript', `new pym.Parent(${JSON.stringify(`pym-${view}`)}, ${JSON.stringify(`${app}/embed/${view}.html`)}, { title: ${JSON.stringify(`${view} embed`)} });`];
    },
    '/late.js': () => ['text/javascript', `addEventListener('load', function () {
  var s = document.createElement('script');
  s.src = ${JSON.stringify(`${app}/embed.js`)};
  document.head.appendChild(s);
});`],
    '/pym.v1.min.js': () => ['text/javascript', readFileSync(pymPath, 'utf8')],
    '/evil.html': () => ['text/html', page('Not the app', '', [], ['/evil.js'])],
    '/evil.js': () => ['text/javascript', hostileScript()],
    '/redirect': () => [302, `${evilOrigin}/evil.html`],
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', origin);
    const route = routes[url.pathname];
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    const [first, body] = route(url);
    if (first === 302) res.writeHead(302, { Location: body }).end();
    else res.writeHead(200, { 'Content-Type': `${first}; charset=utf-8`, 'Cache-Control': 'no-store' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  // localhost resolves to this loopback address; the name alone makes it another origin.
  origin = `http://localhost:${port}`;
  evilOrigin = `http://127.0.0.1:${port}`;
  // A page given back to the test pool keeps its context and so its keep-alive connections.
  return { origin, evilOrigin, close: () => closeNow(server) };
}
