import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { storyData } from './src/build/story/storyPlugin.ts';
import { embedSnippet } from './src/build/embed/embedPlugin.ts';
import { singleFile } from './src/build/single/cspPlugin.ts';
import { prerender } from './src/build/prerender/prerenderPlugin.ts';
import { linkedStyles } from './src/build/prerender/linkedStyles.ts';
import { socialCard } from './src/build/card/cardPlugin.ts';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * What pages load first goes into a few large chunks (gzip does better on one file than on a
 * dozen small ones): `core` (Svelte, the state, shared components), `timeline` (the first
 * view, and an embed of it) and `page` (the full page's own islands). Code that loads on
 * demand (the views below the fold, the panel, dialogs, export, presentation, the article)
 * keeps the chunks the bundler gives it.
 *
 * The rules name folders, never single files, so a file's folder says when it loads:
 * components/shared/ and lib/state/, lib/text/ and lib's top-level modules (format, strings,
 * the views registry) are every page's; a view's folders across the layers are its own
 * (components/timeline/, lib/layout/timeline…, lib/strings/timeline…); components/explore/
 * is the full page's. Each group also takes what its modules import that a higher group has
 * not taken (lib/story/'s constants, the strings a component uses), so moving a file into a
 * named folder, not renaming it, is what changes its phase. Two entries are named because an
 * entry is what a phase starts from: entries/start.ts (every page's) and entries/main.ts
 * (the full page's; its islands.ts and pages/PageRoot.svelte come with it).
 */
const TIMELINE = /\/src\/(components|lib\/layout|lib\/strings)\/timeline|\/node_modules\/d3-/;
const PAGE = /\/src\/(entries\/main\.ts|components\/explore\/)/;
const CORE = /\/node_modules\/(svelte|clsx)\/|\/src\/(app\.css|entries\/start\.ts|lib\/[^/]+\.ts$|lib\/(state|story|text)\/|components\/shared\/)|virtual:story(-data|\.css)/;
/**
 * Stylesheets every page links up front, of the views it shows (the full page in one merged
 * file, src/build/prerender/prerenderPlugin.ts): a view's code, loaded later, must not fetch
 * them again (src/build/prerender/linkedStyles.ts takes them out of its preload lists).
 */
const VIEW_STYLES = /assets\/(core|timeline|page|StancesView|ReactionsView)-[\w-]+\.css$/;

// Higher priority captures first; each group then takes the dependencies not yet taken.
const CHUNK_GROUPS = [
  { name: 'core', test: CORE, priority: 30 },
  { name: 'timeline', test: TIMELINE, priority: 20 },
  { name: 'page', test: PAGE, priority: 10 },
];

/** Unit tests that use the DOM (document, window, location…): they run in jsdom with the components. */
const NEEDS_DOM = [
  'tests/unit/export/svg.test.ts',
  'tests/unit/embed/embedCode.test.ts',
  'tests/unit/embed/host.test.ts',
  'tests/unit/state/explorer.test.ts',
  // Imports every view's component (the registry's loaders), which needs the Svelte plugin.
  'tests/unit/views.test.ts',
];

/** Node tests of runes classes (`*.svelte.ts`), which need the Svelte compiler. */
const NEEDS_RUNES = ['tests/unit/state/markFocus.test.ts'];

/**
 * DOM tests that replace a module (`vi.mock`): a mock holds for a whole module graph, so these
 * get one of their own. Every other unit file shares its worker's modules with the files
 * before it (`isolate: false`): importing Svelte, d3 and the story again for each file was
 * most of the unit time (jsdom project 56 s → 21 s, node project 20 s → 8 s, idle machine).
 */
const MOCKS_MODULES = ['tests/components/faultIsolation.test.ts'];

/** The jsdom project's settings, shared by the files that mock a module. */
const DOM_TEST = {
  environment: 'jsdom' as const,
  setupFiles: ['tests/setup.ts'],
  env: { TZ: 'UTC' },
  // A test that renders the whole page (App) takes 2-4 s in jsdom on an idle 2-core
  // machine, most of it Vite transforming the components on first use; beside the
  // browser tests it passed the 5 s default. The timeout guards against hangs only.
  testTimeout: 15_000,
};

// `--mode single`: one self-contained HTML file for offline use (npm run build:single).
// Otherwise two pages: index.html (the full page) and embed.html, the template the prerender
// step turns into embed/<view>.html; both prerendered and hydrated.
export default defineConfig(({ mode }) => ({
  plugins: [
    storyData({ fetchJson: mode !== 'single' }),
    svelte({
      // Short scoped-class names: the prerendered HTML carries one on almost every element.
      compilerOptions: { runes: true, cssHash: ({ hash, css }) => `s${hash(css).slice(0, 4)}` },
    }),
    ...(mode === 'single' ? singleFile() : [embedSnippet(), prerender(), linkedStyles(VIEW_STYLES), socialCard()]),
  ],
  server: { port: 5173, strictPort: true },
  // public/ (favicon, robots.txt) serves a site; the offline file carries its icon inline.
  publicDir: mode === 'single' ? false : 'public',
  build: {
    target: 'es2022',
    // Every browser that runs this es2022 code knows <link rel=modulepreload>: no polyfill.
    modulePreload: { polyfill: false },
    manifest: mode !== 'single',
    rollupOptions: mode === 'single' ? {} : { input: { main: 'index.html', embed: 'embed.html' }, output: { codeSplitting: { groups: CHUNK_GROUPS } } },
  },
  test: {
    // Vitest's default is one worker fewer than the cores: one, on a 2-core machine, so every
    // file ran in turn, the browser files after all the others. Browser files mostly wait on
    // Chromium (another process): two workers let them overlap with the unit files (three
    // overcommitted 2 cores: axe checks passed their 60 s timeout). One
    // count for all projects: they share sequence.groupOrder 0 and so run together.
    maxWorkers: 2,
    projects: [
      {
        // Tests of plain functions (layout, state, story, export, embed protocol, build): no DOM,
        // so no jsdom to build for each file (jsdom's set-up was most of the unit time).
        test: {
          name: 'unit-node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: [...NEEDS_DOM, ...NEEDS_RUNES],
          env: { TZ: 'UTC' },
          isolate: false,
        },
      },
      {
        // The same, for lib/state's `*.svelte.ts` classes: the Svelte plugin compiles their runes
        // (for the server, as node runs them: plain fields, no effects). A project of their own,
        // because the plugin made every other node file ~30 % slower to import.
        plugins: [svelte({ compilerOptions: { runes: true } })],
        test: {
          name: 'unit-runes',
          environment: 'node',
          include: NEEDS_RUNES,
          env: { TZ: 'UTC' },
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          ...DOM_TEST,
          name: 'unit',
          include: ['tests/components/**/*.test.ts', ...NEEDS_DOM],
          exclude: MOCKS_MODULES,
          // tests/setup.ts puts the document and its address back before each file.
          isolate: false,
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: { ...DOM_TEST, name: 'unit-mocks', include: MOCKS_MODULES },
      },
      {
        // The size budgets of the build `npm test` has just made (issue 6).
        test: {
          name: 'budgets',
          environment: 'node',
          include: ['tests/bench/budgets.test.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          // One Chromium and one preview server of dist/ for every file (tests/browser/globalSetup.ts).
          globalSetup: ['tests/browser/globalSetup.ts'],
          env: { TZ: 'UTC', CHROMIUM_PATH: chromium },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Files share their worker's modules (playwright-core, the story, the strings):
          // importing them again for each of the 19 files was 30 s of the run (now 5 s). Each
          // file still connects to Chromium and makes contexts of its own (harness.ts).
          isolate: false,
          // Files run beside each other and the unit projects: each makes its own contexts in
          // the shared Chromium (no cookies, storage or cache shared), on ports of its own.
        },
      },
    ],
  },
}));
