/**
 * What a reader downloads, gzipped: the page, the JavaScript, the CSS and any web font of a
 * build. Deterministic, so budgets.test.ts can fail on it; bench.test.ts prints it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;

/** The budgets, in gzipped bytes (fonts: how many files). */
export const BUDGETS = { html: 14 * KB, js: 45 * KB, css: 8 * KB, fonts: 0 } as const;

export interface FileSize {
  /** Path inside the build folder. */
  file: string;
  bytes: number;
  gzip: number;
  /** Requested by index.html itself (script or modulepreload), not loaded later on demand. */
  initial: boolean;
}

export interface SizeReport {
  html: FileSize;
  /** The app's JavaScript (assets/): what the budget counts. */
  js: FileSize[];
  /** JavaScript the app never loads: the host page's embed snippet and the demo pages. */
  otherJs: FileSize[];
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

export function measureSizes(outDir: string): SizeReport {
  const indexPath = join(outDir, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`no ${indexPath}: build first (npm run build)`);
  const indexHtml = readFileSync(indexPath, 'utf8');
  // Every URL index.html names itself: its module script, preloads and stylesheets.
  const named = new Set([...indexHtml.matchAll(/(?:src|href)="\/?([^"]+)"/g)].map((m) => m[1]!));
  const size = (path: string): FileSize => {
    const data = readFileSync(path);
    const file = relative(outDir, path).split('\\').join('/');
    return { file, bytes: data.length, gzip: gzipSize(data), initial: named.has(file) };
  };
  const files = walk(outDir).sort().map(size);
  const byExt = (exts: string[]) => files.filter((f) => exts.includes(extname(f.file)));
  const scripts = byExt(['.js', '.mjs']);
  return {
    html: size(indexPath),
    js: scripts.filter((f) => f.file.startsWith('assets/')),
    otherJs: scripts.filter((f) => !f.file.startsWith('assets/')),
    css: byExt(['.css']).filter((f) => f.file.startsWith('assets/')),
    fonts: files.filter((f) => FONT.has(extname(f.file))),
  };
}
