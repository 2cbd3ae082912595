/**
 * Build-time only (runs in node inside Vite): the bridge between data/ and the app.
 */
import type { Plugin } from 'vite';
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadStory, readSeeds } from './readStory.ts';
import { paragraphs, seedTitle } from '../../lib/article/provenance.ts';
import { storyJsonSchema } from './jsonSchema.ts';
import { withReactionsLayouts } from '../../lib/layout/reactions/layoutReactions.ts';
import { colourCss } from '../../lib/colour/colours.ts';
import type { Story, StoryMeta } from '../../lib/story/types.ts';

const STORY_ID = 'virtual:story';
/** The article itself, for "Read in the article"; a separate module so it loads only on demand. */
const ARTICLE_ID = 'virtual:article';
/**
 * How the app gets the story: `loadStoryData()`. A production build fetches it as JSON (data,
 * not code: parsed faster, cached apart from the app, and preloaded by the page itself while
 * the script loads); dev and the offline single file read it from `virtual:story`.
 */
const DATA_ID = 'virtual:story-data';
/** The story's group and side colours as CSS custom properties (lib/story/colours.ts). */
const CSS_ID = 'virtual:story.css';
/** The emitted JSON's name; the build names it story-[hash].json. */
export const STORY_JSON = 'story.json';

/**
 * Validates data/ against seeds/ at dev start, on every data edit and at build, and serves
 * the validated story as `virtual:story`. Bad data stops the build and shows Vite's overlay
 * in dev, naming file, item and field. Also keeps data/story.schema.json in step.
 */
/**
 * Watch each data and seed file (not the folders: in dev, Vite would treat a watched folder
 * as an import of the module and fail to resolve it).
 */
function watchFiles(ctx: { addWatchFile: (id: string) => void }, root: string, dirs: string[]): void {
  for (const dir of dirs) {
    const path = resolve(root, dir);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path)) if (/\.(json|txt)$/.test(name)) ctx.addWatchFile(resolve(path, name));
  }
}

/** What the app needs at start: the validated story with its build-time layouts, and the articles' titles. */
export function storyBundle(root: string): { story: Story; articles: Record<string, string> } {
  const story = withReactionsLayouts(loadStory(root));
  const articles = Object.fromEntries([...readSeeds(resolve(root, 'seeds'))].map(([f, t]) => [f, seedTitle(t)]));
  return { story, articles };
}

/**
 * The folder of the story to build: `STORY=<dir>` (relative to the project), else the
 * project itself (its own data/ and seeds/).
 */
export function storyRoot(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(projectRoot, env.STORY ?? '.');
}

export const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The page's language, title and description, in the story's words: the HTML templates name
 * no story. The full page is titled with the story's title; an embed page's title is set when
 * it is prerendered (its view's heading).
 */
export function storyWords(html: string, meta: StoryMeta, filename: string): string {
  const out = html
    .replace(/<html lang="[^"]*"/, `<html lang="${escapeAttr(meta.lang)}"`)
    .replace(/<meta name="description" content="[^"]*"/, `<meta name="description" content="${escapeAttr(meta.description)}"`);
  return /(^|\/)index\.html$/.test(filename) ? out.replace(/<title>[^<]*<\/title>/, `<title>${escapeAttr(meta.title)} | Summit Explorer</title>`) : out;
}

export function storyData({ fetchJson = true }: { fetchJson?: boolean } = {}): Plugin {
  let root = storyRoot(process.cwd());
  let serving = false;
  let ssr = false;
  let base = '/';
  // Validated once per build and per data edit: the colours and each page's words read it.
  let validated: Story | undefined;
  const current = () => (validated ??= loadStory(root));
  let logError = (message: string) => console.error(message);
  return {
    name: 'summit-story-data',
    configResolved(config) {
      root = storyRoot(config.root);
      serving = config.command === 'serve';
      ssr = Boolean(config.build.ssr);
      base = config.base;
      logError = (message) => config.logger.error(message);
    },
    buildStart() {
      const schemaPath = resolve(root, 'data/story.schema.json');
      const schema = storyJsonSchema();
      if (!existsSync(schemaPath) || readFileSync(schemaPath, 'utf8') !== schema) writeFileSync(schemaPath, schema);
      validated = undefined;
      try {
        current();
      } catch (e) {
        // A build stops here. A dev server says so at start and keeps running, so the
        // overlay can show the problem until the data is fixed.
        if (!serving) throw e;
        logError((e as Error).message);
      }
    },
    // The page asks for the story JSON while its scripts load, not after they run.
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const withWords = storyWords(html, current().meta, ctx.filename);
        const asset = Object.values(ctx.bundle ?? {}).find((f) => f.type === 'asset' && f.names.includes(STORY_JSON));
        if (!asset) return withWords;
        return { html: withWords, tags: [{ tag: 'link', attrs: { rel: 'preload', href: `${base}${asset.fileName}`, as: 'fetch', crossorigin: '' }, injectTo: 'head' }] };
      },
    },
    resolveId(id) {
      return id === STORY_ID || id === ARTICLE_ID || id === DATA_ID || id === CSS_ID ? '\0' + id : undefined;
    },
    load(id) {
      if (id === '\0' + CSS_ID) {
        watchFiles(this, root, ['data']);
        return colourCss(current().meta);
      }
      if (id === '\0' + ARTICLE_ID) {
        watchFiles(this, root, ['seeds']);
        // One article per story today; the first seed (by file name) is it.
        const [file, text] = [...readSeeds(resolve(root, 'seeds'))][0] ?? ['', ''];
        const [title = '', ...rest] = paragraphs(text);
        return `export const article = ${JSON.stringify({ file, title, paragraphs: rest })};`;
      }
      if (id === '\0' + DATA_ID) {
        if (serving || ssr || !fetchJson) {
          return `import story, { articles } from '${STORY_ID}';\nexport const loadStoryData = async () => ({ story, articles });`;
        }
        const ref = this.emitFile({ type: 'asset', name: STORY_JSON, source: JSON.stringify(storyBundle(root)) });
        return [
          `const url = import.meta.ROLLUP_FILE_URL_${ref};`,
          'export async function loadStoryData() {',
          '  const response = await fetch(url);',
          '  if (!response.ok) throw new Error(`the story did not load (${response.status})`);',
          '  return response.json();',
          '}',
        ].join('\n');
      }
      if (id !== '\0' + STORY_ID) return undefined;
      watchFiles(this, root, ['data', 'seeds']);
      const { story, articles } = storyBundle(root);
      return `export default ${JSON.stringify(story)};\nexport const articles = ${JSON.stringify(articles)};`;
    },
    configureServer(server) {
      const watched = [resolve(root, 'data'), resolve(root, 'seeds')];
      const reload = (file: string) => {
        if (!watched.some((dir) => file.startsWith(dir)) || file.endsWith('story.schema.json')) return;
        for (const id of [STORY_ID, ARTICLE_ID, DATA_ID, CSS_ID]) {
          const mod = server.moduleGraph.getModuleById('\0' + id);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        validated = undefined;
        try {
          current();
          server.ws.send({ type: 'full-reload' });
        } catch (e) {
          logError((e as Error).message);
          server.ws.send({ type: 'error', err: { message: (e as Error).message, stack: '' } });
        }
      };
      server.watcher.add(watched);
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
    },
  };
}
