import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { storyData } from './src/lib/story/storyPlugin.ts';
import { embedSnippet } from './src/embed/embedPlugin.ts';
import { singleFile } from './src/single/cspPlugin.ts';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// `--mode single`: one self-contained HTML file for offline use (npm run build:single).
export default defineConfig(({ mode }) => ({
  plugins: [storyData(), svelte({ compilerOptions: { runes: true } }), ...(mode === 'single' ? singleFile() : [embedSnippet()])],
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
}));
