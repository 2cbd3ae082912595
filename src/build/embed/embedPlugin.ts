/**
 * Build-time only (runs in node inside Vite): serves the host snippet at /embed.js and the demo
 * pages under /demo/, both in the build and from the dev server.
 */
import type { Plugin, Rollup } from 'vite';
import { build } from 'vite';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const HOST_ENTRY = resolve(here, '../../entries/host.ts');
const DEMO_DIR = resolve(here, 'demo');

/** pym.js from npm, served from our own origin: a demo page must never reach a CDN. */
function pymSource(): string {
  const pkg = createRequire(import.meta.url).resolve('pym.js/package.json');
  return readFileSync(resolve(dirname(pkg), 'dist/pym.v1.min.js'), 'utf8');
}

/** What each public path serves, besides the snippet itself. */
const DEMO_FILES: Record<string, () => string> = {
  'demo/embed.html': () => readFileSync(resolve(DEMO_DIR, 'embed.html'), 'utf8'),
  'demo/pym.html': () => readFileSync(resolve(DEMO_DIR, 'pym.html'), 'utf8'),
  'demo/demo.css': () => readFileSync(resolve(DEMO_DIR, 'demo.css'), 'utf8'),
  'demo/pym-demo.js': () => readFileSync(resolve(DEMO_DIR, 'pym-demo.js'), 'utf8'),
  'demo/pym.v1.min.js': pymSource,
};

const TYPES: Record<string, string> = { html: 'text/html', css: 'text/css', js: 'text/javascript' };

/** The snippet as one standalone, minified IIFE: no module loader, no globals, no imports. */
export async function buildSnippet(entry = HOST_ENTRY): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      emptyOutDir: false,
      copyPublicDir: false,
      lib: { entry, formats: ['iife'], name: 'summitEmbed', fileName: () => 'embed.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o): o is Rollup.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error('embed: the snippet build produced no chunk');
  return chunk.code;
}

/** Emits /embed.js and the demo pages into the build, and serves them in dev. */
export function embedSnippet(): Plugin {
  return {
    name: 'summit-embed',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: await buildSnippet() });
      for (const [fileName, read] of Object.entries(DEMO_FILES)) this.emitFile({ type: 'asset', fileName, source: read() });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
        if (path !== 'embed.js' && !(path in DEMO_FILES)) return next();
        // Built on each request, so an edit to host.ts shows on the next reload.
        const body = path === 'embed.js' ? buildSnippet() : Promise.resolve(DEMO_FILES[path]!());
        body.then(
          (text) => {
            res.setHeader('Content-Type', `${TYPES[path.split('.').pop()!]}; charset=utf-8`);
            res.setHeader('Cache-Control', 'no-store');
            res.end(text);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}
