/**
 * The fixture story for the unit tests that run in jsdom (`--project unit`): the same folder
 * and the same preparation as tests/fixtures/harbour.ts. That module cannot load in jsdom:
 * Vite's web transform rewrites its `new URL('./harbour/', import.meta.url)` to an http asset
 * URL, which `fileURLToPath` rejects. Once harbour.ts finds its folder another way
 * (`dirname(fileURLToPath(import.meta.url))`), import from it and delete this file.
 */
import { join } from 'node:path';
import { loadStory } from '../../src/build/story/readStory.ts';
import { withReactionsLayouts } from '../../src/lib/layout/reactions/layoutReactions.ts';
import type { Story } from '../../src/lib/story/types.ts';

/** tests/fixtures/harbour/, from the project root where Vitest runs. */
const HARBOUR_DIR = join(process.cwd(), 'tests', 'fixtures', 'harbour');

let prepared: Story | undefined;

/** harbourStory() of tests/fixtures/harbour.ts. */
export function harbourStory(): Story {
  prepared ??= withReactionsLayouts(loadStory(HARBOUR_DIR));
  return prepared;
}

/** HARBOUR of tests/fixtures/harbour.ts: the fixture's story file. */
export const HARBOUR = loadStory(HARBOUR_DIR).meta;
