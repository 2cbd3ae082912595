/**
 * The story plugin stops a build, and a dev server's module load, on bad data, and says
 * where. Runs real Vite on a throw-away project: the fixture story, or it with one thing broken.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, createServer } from 'vite';
import { storyData } from '../../../src/build/story/storyPlugin.ts';
import { storyJsonSchema } from '../../../src/build/story/jsonSchema.ts';
import { find, harbourProject, type Breakage } from '../../fixtures/brokenHarbour.ts';

const made: string[] = [];

/** A project with the fixture story at its root (`data/`, `seeds/`), broken if asked. */
function project(breakage?: Breakage): string {
  const dir = harbourProject('summit-plugin-', breakage);
  made.push(dir);
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="/src/main.js"></script>');
  writeFileSync(join(dir, 'src/main.js'), "import story, { articles } from 'virtual:story';\nconsole.log(story, articles);\n");
  return dir;
}

const quiet = { configFile: false as const, logLevel: 'silent' as const };

afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('story plugin', () => {
  test('builds the story into the bundle, with the article title', async () => {
    const dir = project();
    const out = await build({ ...quiet, root: dir, plugins: [storyData()], build: { write: false } });
    const code = JSON.stringify(out);
    expect(code).toContain('channel-stays-closed');
    expect(code).toContain('[Analysis] Harbour Talks: Can Two Rival Ports Share One Bay?');
  });

  test('serves the article as paragraphs in a module of its own', async () => {
    const dir = project();
    const server = await createServer({ ...quiet, root: dir, plugins: [storyData()], server: { middlewareMode: true, ws: false } });
    try {
      const { article } = (await server.ssrLoadModule('virtual:article')) as { article: { file: string; title: string; paragraphs: string[] } };
      expect(article.file).toBe('harbour-talks.txt');
      expect(article.title).toBe('[Analysis] Harbour Talks: Can Two Rival Ports Share One Bay?');
      expect(article.paragraphs[0]).toMatch(/^This is an invented article/);
      expect(article.paragraphs[1]).toBe('A New Mayor');
      expect(article.paragraphs).toContain('Forty days after taking office, Mayor Ahn proposed a shared dredging fund for the bay.');
    } finally {
      await server.close();
    }
  });

  test.each<[string, Breakage, string]>([
    ['a dangling target', { change: (d) => { find(d, 'reactions', 'courier-modest-success').target = 'harbour-festival'; } },
      'data/reactions.json › item "courier-modest-success" › field "target"'],
    ['a quote not in the article', { change: (d) => { find(d, 'events', 'cost-split').sources[0].quote = 'The mayors shook hands.'; } },
      'data/events.json › item "cost-split" › field "sources[0].quote"'],
    ['invalid JSON', { texts: { events: '{ "events": [' } }, 'data/events.json: is not valid JSON'],
    ['a missing file', { texts: { steps: null } }, 'data/steps.json: is missing'],
  ])('a build with %s fails: %s', async (_name, breakage, where) => {
    const dir = project(breakage);
    await expect(build({ ...quiet, root: dir, plugins: [storyData()], build: { write: false } })).rejects.toThrow(where);
  });

  test('the dev server refuses to serve bad data and names the problem', async () => {
    const dir = project({ change: (d) => { find(d, 'events', 'ferry-meeting').date = '2024-02-30'; } });
    const server = await createServer({ ...quiet, root: dir, plugins: [storyData()], server: { middlewareMode: true, ws: false } });
    try {
      await expect(server.ssrLoadModule('virtual:story')).rejects.toThrow(
        'data/events.json › item "ferry-meeting" › field "date": "2024-02-30" is not a real date');
    } finally {
      await server.close();
    }
  });

  test('keeps data/story.schema.json in step with the valibot schema', async () => {
    const dir = project();
    writeFileSync(join(dir, 'data/story.schema.json'), '{}');
    await build({ ...quiet, root: dir, plugins: [storyData()], build: { write: false } });
    expect(readFileSync(join(dir, 'data/story.schema.json'), 'utf8')).toBe(storyJsonSchema());
  });
});
