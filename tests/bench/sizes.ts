/**
 * What a reader downloads, gzipped: each page's HTML and the JavaScript it loads first, the
 * stylesheet, the story data and any web font of a build. Deterministic, so budgets.test.ts
 * can fail on it; bench.test.ts prints it.
 *
 * "Loads first" is what the page's HTML names itself (its module script and the
 * modulepreloads of everything that script imports): all a reader's browser fetches before
 * any interaction. The full page's stance matrix and network load their code as they come
 * within a screen of view (src/islands.ts); a browser test checks that a phone-sized first
 * screen fetches nothing else, and the bench prints what the page holds once scrolled through.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { VIEW_IDS } from '../../src/lib/views.ts';

const KB = 1024;

/** The budgets, in gzipped bytes (fonts: how many files). */
export const BUDGETS = { html: 14 * KB, js: 45 * KB, css: 8 * KB, fonts: 0 } as const;

/** The prerendered pages: the full explainer and one page per view (lib/views.ts). */
export const PAGES: readonly string[] = ['index.html', ...VIEW_IDS.map((view) => `embed/${view}.html`)];

export interface FileSize {
  /** Path inside the build folder. */
  file: string;
  bytes: number;
  gzip: number;
}

export interface PageSize {
  page: string;
  html: FileSize;
  /** The JavaScript the page loads first. */
  js: FileSize[];
  /** The stylesheets it links (those of the views it prerenders included). */
  css: FileSize[];
}

export interface SizeReport {
  pages: PageSize[];
  /** Chunks no page loads first: views below the fold, panel, dialogs, export, presentation. */
  onDemand: FileSize[];
  /** JavaScript the app never loads: the host page's embed snippet and the demo pages. */
  otherJs: FileSize[];
  /** The story as JSON (data, fetched by every page). */
  data: FileSize[];
  /** Every stylesheet of the build, on demand ones included. */
  css: FileSize[];
  fonts: FileSize[];
}

const FONT = new Set(['.woff', '.woff2', '.ttf', '.otf', '.eot']);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** gzip at zlib's default level, as most servers and CDNs send it. */
export const gzipSize = (data: Buffer) => gzipSync(data).length;

export const total = (files: FileSize[]) => files.reduce((sum, f) => sum + f.gzip, 0);

/** The root-relative URLs an HTML page names in src and href attributes. */
export function namedUrls(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="\/([^"#?]+)"/g)].map((m) => m[1]!);
}

export function measureSizes(outDir: string): SizeReport {
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`no ${join(outDir, 'index.html')}: build first (npm run build)`);
  const size = (path: string): FileSize => {
    const data = readFileSync(path);
    return { file: relative(outDir, path).split('\\').join('/'), bytes: data.length, gzip: gzipSize(data) };
  };
  const files = walk(outDir).sort().map(size);
  const byFile = new Map(files.map((f) => [f.file, f]));
  const ext = (f: FileSize) => extname(f.file);
  const assets = (exts: string[]) => files.filter((f) => f.file.startsWith('assets/') && exts.includes(ext(f)));
  const pages = PAGES.map((page): PageSize => {
    const html = byFile.get(page);
    if (!html) throw new Error(`no ${page} in ${outDir}: the build did not prerender it`);
    const named = namedUrls(readFileSync(join(outDir, page), 'utf8'));
    const files = (re: RegExp) => named.filter((u) => re.test(u)).map((u) => byFile.get(u)).filter((f): f is FileSize => !!f);
    return { page, html, js: files(/\.m?js$/), css: files(/\.css$/) };
  });
  const first = new Set(pages.flatMap((p) => p.js.map((f) => f.file)));
  const js = assets(['.js', '.mjs']);
  return {
    pages,
    onDemand: js.filter((f) => !first.has(f.file)),
    otherJs: files.filter((f) => ['.js', '.mjs'].includes(ext(f)) && !f.file.startsWith('assets/')),
    data: assets(['.json']),
    css: assets(['.css']),
    fonts: files.filter((f) => FONT.has(ext(f))),
  };
}
