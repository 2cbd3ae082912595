import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadStory, readSeeds, readStoryFiles } from '../../../src/build/story/readStory.ts';
import { StoryError, isRealDate, validateStory, type Problem, type StoryFiles } from '../../../src/lib/story/validate.ts';
import { COLLECTIONS, type Collection } from '../../../src/lib/story/schema.ts';

const root = process.cwd();
const seeds = readSeeds(join(root, 'seeds'));
const FIXTURES = join(root, 'tests/fixtures/bad-data');

/** The real data with the fixture's files swapped in (or one removed). */
function filesFor(fixture: string, remove?: Collection): StoryFiles {
  const files = readStoryFiles(join(root, 'data'));
  for (const name of readdirSync(join(FIXTURES, fixture))) {
    if (!name.endsWith('.json')) continue;
    const key = name.replace(/\.json$/, '') as Collection;
    files[key] = { file: `data/${name}`, text: readFileSync(join(FIXTURES, fixture, name), 'utf8') };
  }
  if (remove) files[remove] = { file: `data/${remove}.json`, text: null };
  return files;
}

function problemsOf(files: StoryFiles): Problem[] {
  try {
    validateStory(files, seeds);
  } catch (e) {
    if (e instanceof StoryError) return e.problems;
    throw e;
  }
  return [];
}

describe('the real story', () => {
  const story = loadStory(root);

  test('validates', () => {
    expect(story.events.length).toBeGreaterThanOrEqual(15);
    expect(story.stances.map((s) => s.topic)).toEqual(['defense-cost-sharing', 'trade-agriculture', 'north-korea-nuclear']);
  });

  test('covers every section of the article with at least one quote', () => {
    const article = readFileSync(join(root, 'seeds/000_114d28e44a533636.txt'), 'utf8');
    const sectionHeads = [
      'A Historic Encounter', 'Defense Cost-Sharing: Tug of War', 'Economic Cooperation: Tension',
      'North Korean Nuclear Issue: Trump’s Surprise', 'Japan’s Strategic Approach', 'International Media Analysis',
      'Positive Assessment from the Progressive Camp', 'Concerns and Criticism from the Conservative Camp',
      'Outlook for Korea-US Relations', 'Impact on Domestic Politics', 'A New Era in the Korea-US Alliance',
    ];
    const starts = sectionHeads.map((h) => article.indexOf(h));
    expect(starts.every((i) => i >= 0)).toBe(true);
    const quoted = JSON.stringify(story);
    const quotes = [...quoted.matchAll(/"quote":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
    const fold = (s: string) => s.replace(/\s+/g, ' ');
    const positions = quotes.map((q) => fold(article).indexOf(fold(q)));
    starts.forEach((start, i) => {
      const end = starts[i + 1] ?? article.length;
      const covered = positions.some((p) => p >= fold(article.slice(0, start)).length && p < fold(article.slice(0, end)).length);
      expect(covered, `section "${sectionHeads[i]}" has no quote in data/`).toBe(true);
    });
  });

  test('keeps claim kinds apart: every kind is used', () => {
    const kinds = new Set(COLLECTIONS.flatMap((k) => story[k].map((item) => item.kind)));
    expect([...kinds].sort()).toEqual(['analysis', 'forecast', 'media-assessment', 'quote', 'reported']);
  });

  test('never invents a time of day', () => {
    for (const e of story.events) expect(e.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  });

  test('derives the administration start from "82 days"', () => {
    const start = story.events.find((e) => e.id === 'administration-begins');
    const summit = story.events.find((e) => e.id === 'summit');
    const days = (Date.parse(summit!.date) - Date.parse(start!.date)) / 86_400_000;
    expect(days).toBe(82);
    expect(start!.derivation).toMatch(/82 days/);
  });
});

// Each broken file must be rejected with a message naming the file, the item and the field.
const CASES: { fixture: string; remove?: Collection; file: string; item?: string; field?: string; message: RegExp; count?: number }[] = [
  { fixture: 'invalid-json', file: 'data/events.json', message: /not valid JSON/ },
  { fixture: 'missing-file', remove: 'reactions', file: 'data/reactions.json', message: /is missing/ },
  { fixture: 'wrong-collection-key', file: 'data/topics.json', field: 'topics', message: /Invalid key/, count: 2 },
  { fixture: 'missing-id', file: 'data/actors.json', item: '#3', field: 'id', message: /Invalid key|Invalid type/ },
  { fixture: 'bad-id-format', file: 'data/actors.json', item: 'Bloomberg News', field: 'id', message: /lower-case words/ },
  { fixture: 'duplicate-id', file: 'data/topics.json', item: 'defense-cost-sharing', field: 'id', message: /duplicates an id already used in data\/topics.json/ },
  { fixture: 'duplicate-id-across-files', file: 'data/events.json', item: 'bloomberg', field: 'id', message: /duplicates an id already used in data\/actors.json/ },
  { fixture: 'dangling-actor', file: 'data/events.json', item: 'trump-hints-kim-meeting', field: 'actors[1]', message: /"kim-yo-jong" is not a known actor/ },
  { fixture: 'dangling-topic', file: 'data/reactions.json', item: 'reaction-hayashi-caution', field: 'topics[0]', message: /"missile-tests" is not a known topic/ },
  { fixture: 'dangling-target', file: 'data/reactions.json', item: 'reaction-reuters', field: 'target', message: /"g7-summit" is not a known actor or event/ },
  { fixture: 'dangling-member-of', file: 'data/actors.json', item: 'yoshimasa-hayashi', field: 'memberOf', message: /"japan-cabinet" is not a known actor/ },
  { fixture: 'dangling-stance-topic', file: 'data/stances.json', item: 'stance-north-korea', field: 'topic', message: /"north-korea" is not a known topic/ },
  { fixture: 'dangling-step-focus', file: 'data/steps.json', item: 'step-kim-surprise', field: 'focus[0]', message: /"trump-meets-kim" is not a known item/ },
  { fixture: 'quote-not-in-article', file: 'data/events.json', item: 'trump-hints-kim-meeting', field: 'sources[0].quote', message: /not verbatim in 000_114d28e44a533636.txt/ },
  { fixture: 'seed-not-found', file: 'data/topics.json', item: 'defense-cost-sharing', field: 'sources[0].seed', message: /"001_other_article.txt" is not in seeds/ },
  { fixture: 'quote-too-short', file: 'data/actors.json', item: 'lee-jae-myung', field: 'sources[0].quote', message: /too short to cite/ },
  { fixture: 'no-sources', file: 'data/stances.json', item: 'stance-defense-cost-sharing', field: 'positions.us.sources', message: /at least one source/ },
  { fixture: 'impossible-date', file: 'data/events.json', item: 'summit', field: 'date', message: /"2025-02-30" is not a real date/ },
  { fixture: 'precision-mismatch', file: 'data/events.json', item: 'summit', field: 'precision', message: /"day" does not fit the date "2025-08"/ },
  { fixture: 'time-of-day', file: 'data/events.json', item: 'us-defense-demand', field: 'date', message: /no time of day/ },
  { fixture: 'unknown-precision', file: 'data/events.json', item: 'administration-begins', field: 'precision', message: /Invalid type|Expected/ },
  { fixture: 'after-without-derivation', file: 'data/events.json', item: 'japan-cautious-on-nk', field: 'derivation', message: /must say how it was derived/ },
  { fixture: 'empty-title', file: 'data/events.json', item: 'lee-existing-agreements', field: 'title', message: /must not be empty/ },
  { fixture: 'huge-summary', file: 'data/events.json', item: 'us-trade-demands', field: 'summary', message: /at most 600 characters/ },
  { fixture: 'wrong-type', file: 'data/events.json', item: 'lee-no-further-openings', field: 'date', message: /Invalid type: Expected string/ },
  { fixture: 'script-in-string', file: 'data/reactions.json', item: 'reaction-japan-welcome', field: 'summary', message: /plain text/ },
  { fixture: 'unknown-field', file: 'data/events.json', item: 'summit', field: 'time', message: /Invalid key|Invalid type/ },
  { fixture: 'unknown-tone', file: 'data/reactions.json', item: 'reaction-people-power-party', field: 'tone', message: /Invalid type|Expected/ },
  // The story file: every side, group, lane and hub the story names is one it defines.
  { fixture: 'unknown-side', file: 'data/stances.json', item: 'stance-trade-agriculture', field: 'positions.usa', message: /"usa" is not a side of this story \(allowed: "korea", "us"; see data\/story.json\)/, count: 2 },
  { fixture: 'unknown-group', file: 'data/actors.json', item: 'yoshimasa-hayashi', field: 'group', message: /"japan-government" is not a group of this story \(allowed: "korea", "united-states", "japan"/ },
  { fixture: 'unknown-side-group', file: 'data/story.json', field: 'story.sides[1].group', message: /"usa" is not a group of this story/ },
  { fixture: 'lane-left-out', file: 'data/story.json', field: 'story.lanes.order', message: /leaves out the lane "media"/ },
  { fixture: 'unknown-hub', file: 'data/story.json', field: 'story.hub.event', message: /"g7-summit" is not an event of this story/ },
  { fixture: 'faint-colour', file: 'data/story.json', field: 'story.groups[2].colour', message: /^light colour #f0e442 has 1\.\d\d:1 contrast on #ffffff; it needs 4\.5:1$/, count: 5 },
  { fixture: 'unknown-claim-kind', file: 'data/stances.json', item: 'stance-trade-agriculture', field: 'outcome.kind', message: /Invalid type|Expected/ },
];

describe('broken data is rejected, naming file, item and field', () => {
  test('every fixture folder has a case', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(CASES.map((c) => c.fixture).sort());
  });

  test.each(CASES)('$fixture', ({ fixture, remove, file, item, field, message, count = 1 }) => {
    const problems = problemsOf(filesFor(fixture, remove));
    expect(problems).toHaveLength(count);
    const [p] = problems as [Problem];
    expect(p.file).toBe(file);
    expect(p.item).toBe(item);
    expect(p.field).toBe(field);
    expect(p.message).toMatch(message);
  });

  test('the error message lists every problem in words', () => {
    expect(() => validateStory(filesFor('dangling-target'), seeds)).toThrow(
      'data/reactions.json › item "reaction-reuters" › field "target": "g7-summit" is not a known actor or event');
  });
});

describe('isRealDate', () => {
  test.each([
    ['2025-08-25', true], ['2025-08', true], ['2026', true], ['2024-02-29', true],
    ['2025-02-29', false], ['2025-13', false], ['2025-00-10', false], ['2025-04-31', false], ['0999', false],
  ])('%s → %s', (date, ok) => expect(isRealDate(date)).toBe(ok));
});
