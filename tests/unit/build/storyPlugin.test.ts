/**
 * The story plugin stops a build, and a dev server's module load, on bad data, and says
 * where. Runs real Vite on a throw-away project: the real seeds plus one broken fixture.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer } from 'vite';
import { storyData } from '../../../src/build/story/storyPlugin.ts';

const root = process.cwd();
const made: string[] = [];

function project(fixture?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'summit-plugin-'));
  made.push(dir);
  cpSync(join(root, 'seeds'), join(dir, 'seeds'), { recursive: true });
  cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
  if (fixture) cpSync(join(root, 'tests/fixtures/bad-data', fixture), join(dir, 'data'), { recursive: true });
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="/src/main.js"></script>');
  writeFileSync(join(dir, 'src/main.js'), "import story, { articles } from 'virtual:story';\nconsole.log(story, articles);\n");
  return dir;
}

const quiet = { configFile: false as const, logLevel: 'silent' as const };

afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('story plugin', () => {
  test('builds the real data into the bundle, with the article title', async () => {
    const dir = project();
    const out = await build({ ...quiet, root: dir, plugins: [storyData()], build: { write: false } });
    const code = JSON.stringify(out);
    expect(code).toContain('trump-hints-kim-meeting');
    expect(code).toContain('Lee Jae-myung and Trump: Can the Korea-U.S. Summit Mark a New Turning Point in the Alliance?');
  });

  test('serves the article as paragraphs in a module of its own', async () => {
    const dir = project();
    const server = await createServer({ ...quiet, root: dir, plugins: [storyData()], server: { middlewareMode: true, ws: false } });
    try {
      const { article } = (await server.ssrLoadModule('virtual:article')) as { article: { file: string; title: string; paragraphs: string[] } };
      expect(article.file).toBe('000_114d28e44a533636.txt');
      expect(article.title).toMatch(/^\[In-Depth Analysis\] Lee Jae-myung and Trump/);
      expect(article.paragraphs[0]).toBe('A Historic Encounter: The Significance of the First Korea-US Summit Meeting');
      expect(article.paragraphs.some((p) => p.includes('82 days into President Lee’s administration'))).toBe(true);
    } finally {
      await server.close();
    }
  });

  test.each([
    ['dangling-target', 'data/reactions.json › item "reaction-reuters" › field "target"'],
    ['quote-not-in-article', 'data/events.json › item "trump-hints-kim-meeting" › field "sources[0].quote"'],
    ['invalid-json', 'data/events.json: is not valid JSON'],
  ])('a build with %s fails: %s', async (fixture, where) => {
    const dir = project(fixture);
    await expect(build({ ...quiet, root: dir, plugins: [storyData()], build: { write: false } })).rejects.toThrow(where);
  });

  test('the dev server refuses to serve bad data and names the problem', async () => {
    const dir = project('impossible-date');
    const server = await createServer({ ...quiet, root: dir, plugins: [storyData()], server: { middlewareMode: true, ws: false } });
    try {
      await expect(server.ssrLoadModule('virtual:story')).rejects.toThrow(
        'data/events.json › item "summit" › field "date": "2025-02-30" is not a real date');
    } finally {
      await server.close();
    }
  });

  test('keeps data/story.schema.json in step with the valibot schema', async () => {
    const dir = project();
    writeFileSync(join(dir, 'data/story.schema.json'), '{}');
    await build({ ...quiet, root: dir, plugins: [storyData()], build: { write: false } });
    expect(readFileSync(join(dir, 'data/story.schema.json'), 'utf8')).toBe(readFileSync(join(root, 'data/story.schema.json'), 'utf8'));
  });
});
