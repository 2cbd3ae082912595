import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { loadStory, readSeeds } from '../../../src/build/story/readStory.ts';
import { StoryError, isRealDate, validateStory, type Problem, type StoryFiles } from '../../../src/lib/story/validate.ts';
import { COLLECTIONS } from '../../../src/lib/story/schema.ts';
import { HARBOUR_DIR } from '../../fixtures/harbour.ts';
import { brokenHarbour, find, type Breakage } from '../../fixtures/brokenHarbour.ts';

const seeds = readSeeds(join(HARBOUR_DIR, 'seeds'));

function problemsOf(files: StoryFiles): Problem[] {
  try {
    validateStory(files, seeds);
  } catch (e) {
    if (e instanceof StoryError) return e.problems;
    throw e;
  }
  return [];
}

// The one check on the project's own story; every other case here uses the fixture.
test('the project’s own data/ validates', () => {
  const story = loadStory(process.cwd());
  expect(story.events.length).toBeGreaterThanOrEqual(15);
  expect(story.stances.length).toBeGreaterThanOrEqual(2);
});

describe('the fixture story', () => {
  const story = loadStory(HARBOUR_DIR);

  test('validates as read from its folder, and after a parse and re-serialise', () => {
    expect(story.stances.map((s) => s.topic)).toEqual(['dredging-fund', 'fishing-rights']);
    expect(problemsOf(brokenHarbour())).toEqual([]);
  });

  test('keeps claim kinds apart: every kind is used (the filter and export tests rely on it)', () => {
    const kinds = new Set(COLLECTIONS.flatMap((k) => story[k].map((item) => item.kind)));
    expect([...kinds].sort()).toEqual(['analysis', 'forecast', 'media-assessment', 'quote', 'reported']);
  });
});

// Each broken file must be rejected with a message naming the file, the item and the field,
// and with nothing else wrong: the unbroken fixture validates (above).
const CASES: (Breakage & { name: string; file: string; item?: string; field?: string; message: RegExp; count?: number })[] = [
  { name: 'invalid JSON', texts: { events: '{ "events": [ { "id": "ferry-meeting",' }, file: 'data/events.json', message: /not valid JSON/ },
  { name: 'a missing file', texts: { reactions: null }, file: 'data/reactions.json', message: /is missing/ },
  {
    name: 'a wrong collection key',
    change: (d) => { d.topics = { topic: d.topics.topics }; },
    file: 'data/topics.json', field: 'topics', message: /Invalid key/, count: 2,
  },
  { name: 'a missing id', change: (d) => { delete find(d, 'actors', 'bay-courier').id; }, file: 'data/actors.json', item: '#3', field: 'id', message: /Invalid key|Invalid type/ },
  { name: 'a badly formed id', change: (d) => { find(d, 'actors', 'bay-courier').id = 'Bay Courier'; }, file: 'data/actors.json', item: 'Bay Courier', field: 'id', message: /lower-case words/ },
  {
    name: 'a duplicate id',
    change: (d) => { d.topics.topics.push({ ...find(d, 'topics', 'dredging-fund') }); },
    file: 'data/topics.json', item: 'dredging-fund', field: 'id', message: /duplicates an id already used in data\/topics.json/,
  },
  {
    name: 'a duplicate id across files',
    change: (d) => { find(d, 'events', 'council-vote').id = 'bay-courier'; },
    file: 'data/events.json', item: 'bay-courier', field: 'id', message: /duplicates an id already used in data\/actors.json/,
  },
  {
    name: 'a dangling actor',
    change: (d) => { find(d, 'events', 'ferry-meeting').actors = ['mayor-ahn', 'deputy-vidal']; },
    file: 'data/events.json', item: 'ferry-meeting', field: 'actors[1]', message: /"deputy-vidal" is not a known actor/,
  },
  {
    name: 'a dangling topic',
    change: (d) => { find(d, 'reactions', 'council-will-study').topics = ['ferry-fares']; },
    file: 'data/reactions.json', item: 'council-will-study', field: 'topics[0]', message: /"ferry-fares" is not a known topic/,
  },
  {
    name: 'a dangling target',
    change: (d) => { find(d, 'reactions', 'courier-modest-success').target = 'harbour-festival'; },
    file: 'data/reactions.json', item: 'courier-modest-success', field: 'target', message: /"harbour-festival" is not a known actor or event/,
  },
  {
    name: 'a dangling memberOf',
    change: (d) => { find(d, 'actors', 'mayor-vidal').memberOf = 'southhaven-cabinet'; },
    file: 'data/actors.json', item: 'mayor-vidal', field: 'memberOf', message: /"southhaven-cabinet" is not a known actor/,
  },
  {
    name: 'a dangling stance topic',
    change: (d) => { find(d, 'stances', 'stance-fishing-rights').topic = 'fishing'; },
    file: 'data/stances.json', item: 'stance-fishing-rights', field: 'topic', message: /"fishing" is not a known topic/,
  },
  {
    name: 'a dangling stance actor',
    change: (d) => { find(d, 'stances', 'stance-fishing-rights').positions.southhaven.actor = 'mayor-garcia'; },
    file: 'data/stances.json', item: 'stance-fishing-rights', field: 'positions.southhaven.actor', message: /"mayor-garcia" is not a known actor/,
  },
  {
    name: 'a dangling step focus',
    change: (d) => { find(d, 'steps', 'step-the-meeting').focus = ['ferry-crossing']; },
    file: 'data/steps.json', item: 'step-the-meeting', field: 'focus[0]', message: /"ferry-crossing" is not a known item/,
  },
  {
    name: 'a quote not in the article',
    change: (d) => { find(d, 'events', 'ferry-meeting').sources[0].quote = 'Mayor Ahn and Mayor Vidal signed a treaty on the ferry.'; },
    file: 'data/events.json', item: 'ferry-meeting', field: 'sources[0].quote', message: /not verbatim in harbour-talks.txt/,
  },
  {
    // Verbatim once the line break is folded, but the article view marks quotes within one paragraph.
    name: 'a quote across two paragraphs',
    change: (d) => { find(d, 'events', 'ferry-meeting').sources[0].quote = 'Both came with demands about dredging and fishing rights. Northport asked Southhaven'; },
    file: 'data/events.json', item: 'ferry-meeting', field: 'sources[0].quote', message: /runs across two paragraphs of harbour-talks.txt/,
  },
  {
    name: 'a seed that is not there',
    change: (d) => { find(d, 'topics', 'dredging-fund').sources[0].seed = 'other-article.txt'; },
    file: 'data/topics.json', item: 'dredging-fund', field: 'sources[0].seed', message: /"other-article.txt" is not in seeds/,
  },
  {
    name: 'a quote in the story file not in the article',
    change: (d) => { d.story.story.source.sources[0].quote = 'Harbour Talks: Two Ports, One Deal'; },
    file: 'data/story.json', field: 'story.source.sources[0].quote', message: /not verbatim in harbour-talks.txt/,
  },
  {
    name: 'a quote too short to cite',
    change: (d) => { find(d, 'actors', 'mayor-ahn').sources[0].quote = 'Ahn'; },
    file: 'data/actors.json', item: 'mayor-ahn', field: 'sources[0].quote', message: /too short to cite/,
  },
  {
    name: 'a position without sources',
    change: (d) => { find(d, 'stances', 'stance-dredging-fund').positions.southhaven.sources = []; },
    file: 'data/stances.json', item: 'stance-dredging-fund', field: 'positions.southhaven.sources', message: /at least one source/,
  },
  {
    name: 'an impossible date',
    change: (d) => { find(d, 'events', 'ferry-meeting').date = '2024-02-30'; },
    file: 'data/events.json', item: 'ferry-meeting', field: 'date', message: /"2024-02-30" is not a real date/,
  },
  {
    name: 'a date that does not fit its precision',
    change: (d) => { find(d, 'events', 'ferry-meeting').date = '2024-03'; },
    file: 'data/events.json', item: 'ferry-meeting', field: 'precision', message: /"day" does not fit the date "2024-03"/,
  },
  {
    name: 'a time of day',
    change: (d) => { find(d, 'events', 'cost-split').date = '2024-03-03T14:30'; },
    file: 'data/events.json', item: 'cost-split', field: 'date', message: /no time of day/,
  },
  {
    name: 'an unknown precision',
    change: (d) => { find(d, 'events', 'ahn-takes-office').precision = 'week'; },
    file: 'data/events.json', item: 'ahn-takes-office', field: 'precision', message: /Invalid type|Expected/,
  },
  {
    name: 'an "after" date without its derivation',
    change: (d) => { delete find(d, 'events', 'channel-stays-closed').derivation; },
    file: 'data/events.json', item: 'channel-stays-closed', field: 'derivation', message: /must say how it was derived/,
  },
  {
    name: 'an empty title',
    change: (d) => { find(d, 'events', 'fund-proposed').title = '   '; },
    file: 'data/events.json', item: 'fund-proposed', field: 'title', message: /must not be empty/,
  },
  {
    name: 'a huge summary (620 characters)',
    change: (d) => { find(d, 'events', 'council-vote').summary = 'The ferry was slow. '.repeat(31); },
    file: 'data/events.json', item: 'council-vote', field: 'summary', message: /at most 600 characters/,
  },
  {
    name: 'a wrong type',
    change: (d) => { find(d, 'events', 'second-meeting').date = 20240601; },
    file: 'data/events.json', item: 'second-meeting', field: 'date', message: /Invalid type: Expected string/,
  },
  {
    name: 'markup in a string',
    change: (d) => { find(d, 'reactions', 'courier-modest-success').summary = '<script>alert(document.cookie)</script> The Courier praises the meeting.'; },
    file: 'data/reactions.json', item: 'courier-modest-success', field: 'summary', message: /plain text/,
  },
  {
    name: 'an unknown field',
    change: (d) => { find(d, 'events', 'ferry-meeting').time = '10:00'; },
    file: 'data/events.json', item: 'ferry-meeting', field: 'time', message: /Invalid key|Invalid type/,
  },
  {
    name: 'an unknown tone',
    change: (d) => { find(d, 'reactions', 'harbour-party-too-much').tone = 'furious'; },
    file: 'data/reactions.json', item: 'harbour-party-too-much', field: 'tone', message: /Invalid type|Expected/,
  },
  {
    name: 'an unknown claim kind',
    change: (d) => { find(d, 'stances', 'stance-dredging-fund').outcome.kind = 'rumour'; },
    file: 'data/stances.json', item: 'stance-dredging-fund', field: 'outcome.kind', message: /Invalid type|Expected/,
  },
  // The story file: every side, group, lane, camp, country and hub the story names is one it defines.
  {
    name: 'an unknown side (and so a side without a position)',
    change: (d) => {
      const { northport, southhaven } = find(d, 'stances', 'stance-fishing-rights').positions;
      find(d, 'stances', 'stance-fishing-rights').positions = { northport, 'south-haven': southhaven };
    },
    file: 'data/stances.json', item: 'stance-fishing-rights', field: 'positions.south-haven',
    message: /^"south-haven" is not a side of this story \(allowed: "northport", "southhaven"; see data\/story.json\)$/, count: 2,
  },
  {
    name: 'a stance without a side’s position',
    change: (d) => { delete find(d, 'stances', 'stance-fishing-rights').positions.southhaven; },
    file: 'data/stances.json', item: 'stance-fishing-rights', field: 'positions',
    message: /has no position for the side "southhaven" \(every stance has one per side: "northport", "southhaven"\)/,
  },
  {
    name: 'an unknown group',
    change: (d) => { find(d, 'actors', 'southhaven-council').group = 'council'; },
    file: 'data/actors.json', item: 'southhaven-council', field: 'group',
    message: /^"council" is not a group of this story \(allowed: "northport", "southhaven", "press", "parties"; see data\/story.json\)$/,
  },
  {
    name: 'an unknown camp',
    change: (d) => { find(d, 'actors', 'harbour-party').camp = 'government'; },
    file: 'data/actors.json', item: 'harbour-party', field: 'camp', message: /"government" is not a camp of this story \(allowed: "opposition"/,
  },
  {
    name: 'an unknown country',
    change: (d) => { find(d, 'actors', 'mayor-ahn').country = 'EP'; },
    file: 'data/actors.json', item: 'mayor-ahn', field: 'country', message: /"EP" is not a country of this story \(allowed: "NP", "SH"/,
  },
  {
    name: 'a side in an unknown group',
    change: (d) => { d.story.story.sides[1].group = 'south-haven'; },
    file: 'data/story.json', field: 'story.sides[1].group', message: /"south-haven" is not a group of this story/,
  },
  {
    name: 'a joint lane of an unknown group',
    change: (d) => { d.story.story.lanes.joint.groups[1] = 'south-haven'; },
    file: 'data/story.json', field: 'story.lanes.joint.groups[1]', message: /"south-haven" is not a group of this story/,
  },
  {
    name: 'a lane left out (the joint one)',
    change: (d) => { d.story.story.lanes.order = ['northport', 'southhaven']; },
    file: 'data/story.json', field: 'story.lanes.order', message: /leaves out the lane "both-ports"/,
  },
  {
    name: 'an unknown hub',
    change: (d) => { d.story.story.hub.event = 'harbour-festival'; },
    file: 'data/story.json', field: 'story.hub.event', message: /"harbour-festival" is not an event of this story/,
  },
  {
    name: 'an unknown actor to count days from',
    change: (d) => { d.story.story.timeline.countFrom.actor = 'mayor-kim'; },
    file: 'data/story.json', field: 'story.timeline.countFrom.actor', message: /"mayor-kim" is not an actor of this story/,
  },
  {
    name: 'a faint colour',
    change: (d) => { d.story.story.groups[2].colour = { light: '#f0e442', dark: '#f0e442' }; },
    file: 'data/story.json', field: 'story.groups[2].colour', message: /^light colour #f0e442 has 1\.\d\d:1 contrast on #ffffff; it needs 4\.5:1$/, count: 5,
  },
];

describe('broken data is rejected, naming file, item and field', () => {
  test.each(CASES)('$name', ({ change, texts, file, item, field, message, count = 1 }) => {
    const problems = problemsOf(brokenHarbour({ change, texts }));
    expect(problems).toHaveLength(count);
    const [p] = problems as [Problem];
    expect(p.file).toBe(file);
    expect(p.item).toBe(item);
    expect(p.field).toBe(field);
    expect(p.message).toMatch(message);
  });

  test('the error message lists every problem in words', () => {
    const files = brokenHarbour({ change: (d) => { find(d, 'reactions', 'courier-modest-success').target = 'harbour-festival'; } });
    expect(() => validateStory(files, seeds)).toThrow(
      'data/reactions.json › item "courier-modest-success" › field "target": "harbour-festival" is not a known actor or event');
  });
});

describe('isRealDate', () => {
  test.each([
    ['2024-03-03', true], ['2024-03', true], ['2026', true], ['2024-02-29', true],
    ['2025-02-29', false], ['2025-13', false], ['2025-00-10', false], ['2025-04-31', false], ['0999', false],
  ])('%s → %s', (date, ok) => expect(isRealDate(date)).toBe(ok));
});
