/**
 * Build-time only (runs in node inside Vite): prerendering. Once the browser build is
 * written, the pages are rendered on the server (src/prerender/render.ts, bundled for node
 * by a second Vite build) and their markup written into the built HTML, so the views show
 * in the first response, before any script runs and with JavaScript off; the browser then
 * hydrates them. Writes dist/index.html (the full page) and dist/embed/<view>.html (one
 * view each, from the embed.html template). In dev, /embed/<view>.html serves the template.
 */
import type { Plugin, ResolvedConfig } from 'vite';
import { build } from 'vite';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { VIEW_IDS, isViewId, type ViewId } from '../../lib/views.ts';
import { VIEWS } from '../../lib/views/viewFacts.ts';
import { embed } from '../../lib/strings.ts';
import { viewHeading } from '../../lib/story/meta.ts';
import type { StoryMeta } from '../../lib/story/types.ts';
import type { Rendered } from './render.ts';

/**
 * A view's component and its strings, as the build manifest names them: what
 * src/entries/viewLoaders.ts loads, named after the view in its folders (components/timeline/
 * TimelineView.svelte, lib/strings/timeline.ts). A name that breaks the convention fails the
 * build (closure below), not the page.
 */
export const viewSources = (view: ViewId): string[] => [`src/components/${view}/${view[0]!.toUpperCase()}${view.slice(1)}View.svelte`];

/**
 * Styles the full page links beyond its entry's: the page shell's (App, drawn by the build and
 * never loaded as code) and the views it hydrates as they come near (src/entries/islands.ts).
 */
const PAGE_STYLED = ['src/pages/App.svelte', ...VIEW_IDS.filter((id) => VIEWS[id].hydrate === 'near').map((id) => viewSources(id)[0]!)];

const here = dirname(fileURLToPath(import.meta.url));
const APP = /<div id="app"([^>]*)><\/div>/;

/**
 * Numbers in attribute values (SVG coordinates) to one decimal: 22.333333333333332 is
 * 22.3 on any screen, and the first response stays small. Only the prerendered picture
 * changes, by under 0.05 px; once live, the views set every attribute from their own layout.
 */
const GEOMETRY = /(\s(?:x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|dx|dy|width|height|d|points|transform|viewBox)=")([^"]*)"/g;

export function compactNumbers(markup: string): string {
  return markup.replace(GEOMETRY, (_m, name: string, value: string) =>
    `${name}${value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`,
  );
}

/** `html` with the rendered markup inside its #app element (and data-view on it for embeds). */
export function fillPage(html: string, rendered: Rendered, view?: ViewId): string {
  if (!APP.test(html)) throw new Error('prerender: the page has no empty <div id="app"></div>');
  const attrs = view ? ` data-view="${view}"` : '';
  const page = html.replace(APP, (_m, rest: string) => `<div id="app"${rest}${attrs}>${compactNumbers(rendered.body)}</div>`);
  return rendered.head ? page.replace('</head>', `${rendered.head}</head>`) : page;
}

type Manifest = Record<string, { file: string; imports?: string[]; css?: string[] }>;

/** The chunks behind `sources` and everything they import statically, with their stylesheets. */
function closure(manifest: Manifest, sources: string[]): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`prerender: ${key} is not in the build manifest`);
    if (js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const source of sources) visit(source);
  return { js: [...js], css: [...css] };
}

/**
 * The links a page needs in its <head> for code that is not its entry's: an embed
 * preloads its one view's chunks (fetched with the page, not after its script), and every
 * page links the stylesheets of the views it prerenders, so markup whose code loads later
 * (the islands below the fold) is styled from the first paint. Files the page names already
 * are skipped.
 */
export function headLinks(manifest: Manifest, base: string, page: string, { preload = [], styled = [] }: { preload?: string[]; styled?: string[] }): string {
  const named = new Set([...page.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]!));
  const pre = closure(manifest, preload);
  const sty = closure(manifest, styled);
  const css = [...new Set([...pre.css, ...sty.css])].filter((f) => !named.has(f));
  const js = pre.js.filter((f) => !named.has(f));
  return [
    ...css.map((f) => `<link rel="stylesheet" crossorigin href="${base}${f}">`),
    ...js.map((f) => `<link rel="modulepreload" crossorigin href="${base}${f}">`),
  ].join('');
}

const STYLESHEET = /<link rel="stylesheet" crossorigin href="([^"]+)">\s*/g;

/**
 * The page's stylesheets as one file (assets/page-<hash>.css), in the order the page links
 * them: one request, and gzip does far better on one file than on five (7.3 KB against 9.4).
 * The files stay for the embeds; linkedStyles.ts keeps the islands' dynamic imports from
 * fetching them a second time (Vite's preload helper knows a stylesheet only by its name).
 */
export function oneStylesheet(outDir: string, base: string, html: string): string {
  const hrefs = [...html.matchAll(STYLESHEET)].map((m) => m[1]!);
  if (hrefs.length < 2) return html;
  const css = hrefs.map((href) => readFileSync(join(outDir, href.slice(base.length)), 'utf8')).join('\n');
  const file = `assets/page-${createHash('sha256').update(css).digest('base64url').slice(0, 8)}.css`;
  writeFileSync(join(outDir, file), css);
  let first = true;
  return html.replace(STYLESHEET, () => {
    if (!first) return '';
    first = false;
    return `<link rel="stylesheet" crossorigin href="${base}${file}">`;
  });
}

/** Where each embed view's page lives, relative to the site root. */
export const embedPage = (view: ViewId) => `embed/${view}.html`;

/** The server build of render.ts, loaded: everything bundled, so it runs from a temp folder. */
async function loadRenderer(config: ResolvedConfig): Promise<typeof import('./render.ts')> {
  const out = mkdtempSync(join(tmpdir(), 'summit-prerender-'));
  try {
    await build({
      configFile: config.configFile,
      root: config.root,
      mode: config.mode,
      logLevel: 'warn',
      publicDir: false,
      ssr: { noExternal: true },
      build: {
        ssr: resolve(here, 'render.ts'),
        outDir: out,
        emptyOutDir: true,
        copyPublicDir: false,
        rollupOptions: { output: { entryFileNames: 'render.mjs', format: 'es' } },
      },
    });
    return await import(pathToFileURL(join(out, 'render.mjs')).href);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** Each embed page's title: what its iframe holds, as the embed code's own title says. */
const title = (meta: StoryMeta, view: ViewId) => embed.iframeTitle(viewHeading(meta, view));

export function prerender(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'summit-prerender',
    configResolved(c) {
      config = c;
    },
    configureServer(server) {
      // Dev has no prerendered files: each embed page is the template, which reads its view from the path.
      server.middlewares.use((req, _res, next) => {
        const m = /^\/embed\/(\w+)\.html(\?.*)?$/.exec(req.url ?? '');
        if (m && isViewId(m[1])) req.url = `/embed.html${m[2] ?? ''}`;
        next();
      });
    },
    async closeBundle() {
      // The server build of render.ts runs this config too: it must not prerender itself.
      if (config.command !== 'build' || config.build.ssr) return;
      const outDir = resolve(config.root, config.build.outDir);
      // A build of other pages (the bench's page) has nothing of ours to prerender.
      if (!existsSync(join(outDir, 'index.html')) || !existsSync(join(outDir, 'embed.html'))) return;
      const renderer = await loadRenderer(config);
      const manifestDir = join(outDir, '.vite');
      const manifest = JSON.parse(readFileSync(join(manifestDir, 'manifest.json'), 'utf8')) as Manifest;
      const withHead = (html: string, links: string) => html.replace('</head>', `${links}</head>`);

      const index = join(outDir, 'index.html');
      const page = readFileSync(index, 'utf8');
      const pageLinks = headLinks(manifest, config.base, page, { styled: PAGE_STYLED });
      writeFileSync(index, oneStylesheet(outDir, config.base, fillPage(withHead(page, pageLinks), renderer.renderPage())));

      const template = readFileSync(join(outDir, 'embed.html'), 'utf8');
      for (const view of VIEW_IDS) {
        const file = join(outDir, embedPage(view));
        mkdirSync(dirname(file), { recursive: true });
        const titled = template.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title(renderer.meta, view))}</title>`);
        const links = headLinks(manifest, config.base, titled, { preload: viewSources(view) });
        writeFileSync(file, fillPage(withHead(titled, links), renderer.renderEmbed(view), view));
      }
      rmSync(join(outDir, 'embed.html'));
      // The manifest is for this step only; it is not served.
      rmSync(manifestDir, { recursive: true, force: true });
    },
  };
}
