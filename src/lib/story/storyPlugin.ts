/**
 * Build-time only (runs in node inside Vite): the bridge between data/ and the app.
 */
import type { Plugin } from 'vite';
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadStory, readSeeds } from './readStory.ts';
import { paragraphs, seedTitle } from './provenance.ts';
import { storyJsonSchema } from './jsonSchema.ts';

const STORY_ID = 'virtual:story';
/** The article itself, for "Read in the article"; a separate module so it loads only on demand. */
const ARTICLE_ID = 'virtual:article';

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

export function storyData(): Plugin {
  let root = process.cwd();
  let serving = false;
  let logError = (message: string) => console.error(message);
  return {
    name: 'summit-story-data',
    configResolved(config) {
      root = config.root;
      serving = config.command === 'serve';
      logError = (message) => config.logger.error(message);
    },
    buildStart() {
      const schemaPath = resolve(root, 'data/story.schema.json');
      const schema = storyJsonSchema();
      if (!existsSync(schemaPath) || readFileSync(schemaPath, 'utf8') !== schema) writeFileSync(schemaPath, schema);
      try {
        loadStory(root);
      } catch (e) {
        // A build stops here. A dev server says so at start and keeps running, so the
        // overlay can show the problem until the data is fixed.
        if (!serving) throw e;
        logError((e as Error).message);
      }
    },
    resolveId(id) {
      return id === STORY_ID || id === ARTICLE_ID ? '\0' + id : undefined;
    },
    load(id) {
      if (id === '\0' + ARTICLE_ID) {
        watchFiles(this, root, ['seeds']);
        // One article per story today; the first seed (by file name) is it.
        const [file, text] = [...readSeeds(resolve(root, 'seeds'))][0] ?? ['', ''];
        const [title = '', ...rest] = paragraphs(text);
        return `export const article = ${JSON.stringify({ file, title, paragraphs: rest })};`;
      }
      if (id !== '\0' + STORY_ID) return undefined;
      watchFiles(this, root, ['data', 'seeds']);
      const story = loadStory(root);
      const articles = Object.fromEntries([...readSeeds(resolve(root, 'seeds'))].map(([f, t]) => [f, seedTitle(t)]));
      return `export default ${JSON.stringify(story)};\nexport const articles = ${JSON.stringify(articles)};`;
    },
    configureServer(server) {
      const watched = [resolve(root, 'data'), resolve(root, 'seeds')];
      const reload = (file: string) => {
        if (!watched.some((dir) => file.startsWith(dir)) || file.endsWith('story.schema.json')) return;
        for (const id of [STORY_ID, ARTICLE_ID]) {
          const mod = server.moduleGraph.getModuleById('\0' + id);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        try {
          loadStory(root);
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
