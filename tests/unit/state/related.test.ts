import { describe, expect, test } from 'vitest';
import { loadStory } from '../../../src/lib/story/readStory.ts';
import { relatedIds } from '../../../src/lib/state/related.ts';
import { indexStory } from '../../../src/lib/state/storyIndex.ts';

const story = loadStory(process.cwd());

describe('relatedIds: selecting one item lights what relates to it everywhere', () => {
  test.each([
    {
      select: 'north-korea-nuclear',
      includes: ['stance-north-korea', 'trump-hints-kim-meeting', 'reaction-hayashi-caution', 'reaction-people-power-party',
        'yoshimasa-hayashi', 'people-power-party', 'summit', 'japan-cautious-on-nk', 'outlook-nk-talks'],
      excludes: ['stance-trade-agriculture', 'reaction-bloomberg', 'bloomberg', 'us-trade-demands'],
    },
    {
      select: 'japan-government',
      includes: ['yoshimasa-hayashi', 'reaction-japan-welcome', 'reaction-hayashi-welcome', 'reaction-hayashi-caution',
        'japan-welcomes', 'japan-cautious-on-nk', 'trilateral-cooperation', 'north-korea-nuclear'],
      excludes: ['reaction-reuters', 'bloomberg', 'stance-defense-cost-sharing'],
    },
    {
      select: 'reaction-people-power-party',
      includes: ['people-power-party', 'summit', 'north-korea-nuclear', 'ppp-criticism'],
      excludes: ['reaction-park-oo', 'democratic-party', 'stance-north-korea'],
    },
    {
      select: 'stance-trade-agriculture',
      includes: ['trade-agriculture', 'us-trade-demands', 'lee-no-further-openings', 'reaction-reuters', 'reaction-park-oo', 'rep-park-oo'],
      excludes: ['stance-north-korea', 'trump-hints-kim-meeting'],
    },
    {
      select: 'trump-hints-kim-meeting',
      includes: ['donald-trump', 'kim-jong-un', 'north-korea-nuclear', 'stance-north-korea'],
      excludes: ['stance-defense-cost-sharing', 'reaction-bloomberg'],
    },
    {
      select: 'bloomberg',
      includes: ['reaction-bloomberg', 'bloomberg-analysis', 'lee-jae-myung', 'lee-diplomacy'],
      excludes: ['reuters', 'reaction-reuters'],
    },
  ])('$select', ({ select, includes, excludes }) => {
    const ids = relatedIds(story, select);
    expect(ids.has(select)).toBe(true);
    for (const id of includes) expect(ids, `${select} → ${id}`).toContain(id);
    for (const id of excludes) expect(ids.has(id), `${select} ↛ ${id}`).toBe(false);
  });

  test('an unknown id relates to nothing', () => {
    expect(relatedIds(story, 'nobody').size).toBe(0);
  });

  test('every id the related set names exists in the story index (matrix cells included)', () => {
    const all = new Set(indexStory(story).items.keys());
    for (const id of all) for (const r of relatedIds(story, id)) expect(all).toContain(r);
  });

  test('a matrix cell relates as its row does, and a row lights its cells', () => {
    const row = relatedIds(story, 'stance-north-korea');
    expect(row).toContain('stance-north-korea:us');
    const cell = relatedIds(story, 'stance-north-korea:us');
    expect([...cell].sort()).toEqual([...row].sort());
  });
});
