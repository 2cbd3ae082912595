/**
 * `npm run new-story`: the scaffold of a story about two other sides, in a folder of its own,
 * passes the build's validation as it stands, names nothing of the project's own story, and
 * never overwrites a folder.
 */
import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { firstSentence, scaffold } from '../../../scripts/new-story.mjs';
import { readSeeds, readStoryFiles } from '../../../src/build/story/readStory.ts';
import { validateStory } from '../../../src/lib/story/validate.ts';

const ARTICLE = 'tests/fixtures/articles/harbour-talks.txt';

describe('new-story', () => {
  test('cites the first sentence of the article body, skipping the title and subheads', () => {
    expect(firstSentence(readFileSync(ARTICLE, 'utf8'))).toBe('On 3 March 2024 the mayors of Northport and Southhaven met on a ferry in the middle of the bay.');
  });

  test('writes a story that validates at once, with the article copied unchanged', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'story-')), 'harbour');
    scaffold(dir, ARTICLE);
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(['actors.json', 'events.json', 'reactions.json', 'stances.json', 'steps.json', 'story.json', 'topics.json']);
    expect(readFileSync(join(dir, 'seeds/harbour-talks.txt'), 'utf8')).toBe(readFileSync(ARTICLE, 'utf8'));
    const story = validateStory(readStoryFiles(join(dir, 'data')), readSeeds(join(dir, 'seeds')));
    expect(story.meta.sides.map((s) => s.id)).toEqual(['side-a', 'side-b']);
    expect(story.events).toHaveLength(1);
    expect(Object.keys(story.stances[0]!.positions)).toEqual(['side-a', 'side-b']);
    const all = readdirSync(join(dir, 'data')).map((f) => readFileSync(join(dir, 'data', f), 'utf8')).join('\n');
    expect(all).not.toMatch(/korea|japan|trump|lee jae/i);
    // Every field an editor must change says so.
    expect(story.meta.title).toMatch(/^EDIT:/);
    expect(story.meta.sides[0].name).toMatch(/^EDIT:/);
    expect(story.events[0]!.derivation).toMatch(/^EDIT:/);
  });

  test('refuses a folder that is not empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'story-'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'story.json'), '{}');
    expect(() => scaffold(dir, ARTICLE)).toThrow(/is not empty/);
    expect(readFileSync(join(dir, 'data', 'story.json'), 'utf8')).toBe('{}');
  });
});
