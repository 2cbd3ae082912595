/**
 * A build served as a host or CDN serves it: static files from `outDir` over node:http on a
 * free loopback port, text compressed with gzip (zlib's default level, the one sizes.ts
 * measures) when the browser asks for it, each file with its content type, and the cache
 * headers of a site with hashed assets (assets/ immutable for a year, pages revalidated).
 * Vite's preview server sends files uncompressed (its static handler only serves .gz files a
 * build has written, and ours writes none), so bytes measured through it are not a reader's.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
/** Types a CDN compresses; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.webmanifest', '.ico']);
/** Vite names every file in assets/ by its content's hash. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface Entry {
  type: string;
  body: Buffer;
  gzip: Buffer | null;
  etag: string;
}

export interface CompressedServer {
  /** e.g. http://127.0.0.1:41234/ */
  url: string;
  close: () => Promise<void>;
}

export async function serveCompressed(outDir = 'dist'): Promise<CompressedServer> {
  const root = resolve(outDir);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`no ${join(outDir, 'index.html')}: build first (npm run build)`);
  // Compressed once per file and kept, as a CDN's edge keeps it: the server's own time stays out of the figures.
  const cache = new Map<string, Entry & { mtimeMs: number }>();
  const entry = (file: string): Entry => {
    const { mtimeMs } = statSync(file);
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === mtimeMs) return hit;
    const body = readFileSync(file);
    const ext = extname(file);
    const made = {
      type: TYPES[ext] ?? 'application/octet-stream',
      body,
      gzip: COMPRESSIBLE.has(ext) ? gzipSync(body) : null,
      etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`,
      mtimeMs,
    };
    cache.set(file, made);
    return made;
  };
  /** The file a path names: a folder's index.html, nothing outside the build. */
  const fileFor = (pathname: string): string | null => {
    let path: string;
    try {
      path = decodeURIComponent(pathname);
    } catch {
      return null;
    }
    const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (file !== root && !file.startsWith(root + sep)) return null;
    if (!existsSync(file)) return null;
    return statSync(file).isDirectory() ? (existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null) : file;
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = fileFor(pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' }).end('Not found');
      return;
    }
    const { type, body, gzip, etag } = entry(file);
    const headers: Record<string, string> = {
      'Content-Type': type,
      'Cache-Control': pathname.startsWith('/assets/') ? IMMUTABLE : 'no-cache',
      ETag: etag,
      'X-Content-Type-Options': 'nosniff',
    };
    if (gzip) headers.Vary = 'Accept-Encoding';
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const sent = gzip && accepts ? gzip : body;
    if (sent === gzip) headers['Content-Encoding'] = 'gzip';
    headers['Content-Length'] = String(sent.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : sent);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => closeNow(server),
  };
}

/** Stops `server` at once: browsers keep idle keep-alive connections open, which close() waits for. */
export function closeNow(server: Server): Promise<void> {
  return new Promise<void>((done) => {
    server.closeAllConnections();
    server.close(() => done());
  });
}
