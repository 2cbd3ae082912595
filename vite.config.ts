import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadStory, readSeeds } from './src/lib/story/readStory.ts';
import { seedTitle } from './src/lib/story/provenance.ts';
import { storyJsonSchema } from './src/lib/story/jsonSchema.ts';

const STORY_ID = 'virtual:story';

/**
 * Validates data/ against seeds/ at dev start, on every data edit and at build, and serves
 * the validated story as `virtual:story`. Bad data stops the build and shows Vite's overlay
 * in dev, naming file, item and field. Also keeps data/story.schema.json in step.
 */
function storyData(): Plugin {
  let root = process.cwd();
  return {
    name: 'summit-story-data',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      const schemaPath = resolve(root, 'data/story.schema.json');
      const schema = storyJsonSchema();
      if (!existsSync(schemaPath) || readFileSync(schemaPath, 'utf8') !== schema) writeFileSync(schemaPath, schema);
      loadStory(root); // throws a StoryError naming every problem
    },
    resolveId(id) {
      return id === STORY_ID ? '\0' + STORY_ID : undefined;
    },
    load(id) {
      if (id !== '\0' + STORY_ID) return undefined;
      for (const dir of ['data', 'seeds']) this.addWatchFile(resolve(root, dir));
      const story = loadStory(root);
      const articles = Object.fromEntries([...readSeeds(resolve(root, 'seeds'))].map(([f, t]) => [f, seedTitle(t)]));
      return `export default ${JSON.stringify(story)};\nexport const articles = ${JSON.stringify(articles)};`;
    },
    configureServer(server) {
      const reload = (file: string) => {
        if (!/[\\/](data|seeds)[\\/]/.test(file) || file.endsWith('story.schema.json')) return;
        const mod = server.moduleGraph.getModuleById('\0' + STORY_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
        try {
          loadStory(root);
          server.ws.send({ type: 'full-reload' });
        } catch (e) {
          server.config.logger.error(String((e as Error).message));
          server.ws.send({ type: 'error', err: { message: (e as Error).message, stack: '' } });
        }
      };
      server.watcher.add([resolve(root, 'data'), resolve(root, 'seeds')]);
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
    },
  };
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  plugins: [storyData(), svelte()],
  server: { port: 5173, strictPort: true },
  build: { target: 'es2022' },
  test: {
    projects: [
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts', 'src/**/*.test.ts'],
          setupFiles: ['tests/setup.ts'],
          env: { TZ: 'UTC' },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          env: { TZ: 'UTC', CHROMIUM_PATH: chromium },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
