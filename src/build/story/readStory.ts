/**
 * Node-only: read `data/*.json` and `seeds/*.txt` from disk and validate them. Used by the
 * Vite plugin (dev start and build) and by tests; the browser gets the validated story
 * through the `virtual:story` module instead.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../../lib/story/schema.ts';
import type { Story } from '../../lib/story/types.ts';
import { validateStory, type StoryFiles } from '../../lib/story/validate.ts';

export function readSeeds(seedDir: string): Map<string, string> {
  const seeds = new Map<string, string>();
  if (!existsSync(seedDir)) return seeds;
  for (const name of readdirSync(seedDir).sort()) {
    if (name.endsWith('.txt')) seeds.set(name, readFileSync(join(seedDir, name), 'utf8'));
  }
  return seeds;
}

/** The data files of a folder (the story file and one per collection); a missing file reads as null (and fails validation). */
export function readStoryFiles(dataDir: string, label = 'data'): StoryFiles {
  const files = {} as StoryFiles;
  for (const key of [...COLLECTIONS, 'story' as const]) {
    const path = join(dataDir, `${key}.json`);
    files[key] = { file: `${label}/${key}.json`, text: existsSync(path) ? readFileSync(path, 'utf8') : null };
  }
  return files;
}

/** Validated story from a project root (`<root>/data`, `<root>/seeds`). Throws StoryError. */
export function loadStory(root: string): Story {
  return validateStory(readStoryFiles(join(root, 'data')), readSeeds(join(root, 'seeds')));
}
