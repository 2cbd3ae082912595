/**
 * The story file's optional canonical address (`url`), which link previews name: an absolute
 * http(s) URL, or nothing. On the fixture story, given one.
 */
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { readSeeds, readStoryFiles } from '../../../src/build/story/readStory.ts';
import { StoryError, validateStory } from '../../../src/lib/story/validate.ts';
import { HARBOUR_DIR } from '../../fixtures/harbour.ts';

const seeds = readSeeds(join(HARBOUR_DIR, 'seeds'));

/** The fixture's files with `url` set in its story file. */
function withUrl(url: unknown) {
  const files = readStoryFiles(join(HARBOUR_DIR, 'data'));
  const data = JSON.parse(files.story.text!);
  data.story.url = url;
  return { ...files, story: { ...files.story, text: JSON.stringify(data) } };
}

const problems = (url: unknown) => {
  try {
    validateStory(withUrl(url), seeds);
    return [];
  } catch (e) {
    if (e instanceof StoryError) return e.problems.map((p) => `${p.field}: ${p.message}`);
    throw e;
  }
};

describe('the story file’s url', () => {
  test('is optional: the fixture has none', () => {
    const files = readStoryFiles(join(HARBOUR_DIR, 'data'));
    expect(validateStory(files, seeds).meta.url).toBeUndefined();
  });

  test('takes an absolute https or http address', () => {
    expect(validateStory(withUrl('https://news.example/harbour/'), seeds).meta.url).toBe('https://news.example/harbour/');
    expect(problems('http://news.example/harbour')).toEqual([]);
  });

  test.each([
    ['a path', '/harbour/', /^story\.url: must be an absolute address \(https:\/\/…\)$/],
    ['another scheme', 'ftp://news.example/harbour/', /^story\.url: must be an absolute address/],
    ['a host alone', 'https://harbour', /^story\.url: must be an absolute address/],
    ['not a string', 42, /^story\.url: .*string/],
  ])('refuses %s, naming the field', (_name, url, message) => {
    const found = problems(url);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });
});
