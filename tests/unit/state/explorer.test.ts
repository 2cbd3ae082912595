import { describe, expect, test } from 'vitest';
import { flushSync } from 'svelte';
import { loadStory } from '../../../src/build/story/readStory.ts';
import { Explorer } from '../../../src/lib/state/explorer.svelte.ts';

const story = loadStory(process.cwd());

describe('Explorer', () => {
  test('selecting lights related items everywhere and dims the rest, and announces the headline', () => {
    const ex = new Explorer(story);
    expect(ex.emphasis('summit')).toBe('none');
    ex.select('north-korea-nuclear');
    flushSync();
    expect(ex.emphasis('north-korea-nuclear')).toBe('selected');
    expect(ex.emphasis('stance-north-korea')).toBe('related');
    expect(ex.emphasis('trump-hints-kim-meeting')).toBe('related');
    expect(ex.emphasis('reaction-bloomberg')).toBe('dimmed');
    expect(ex.announcement).toMatch(/^Selected: The North Korean nuclear issue\. \d+ related items highlighted\.$/);
    ex.clearSelection();
    expect(ex.emphasis('reaction-bloomberg')).toBe('none');
    expect(ex.announcement).toBe('Selection cleared.');
  });

  test('unknown ids are ignored', () => {
    const ex = new Explorer(story);
    ex.select('nobody');
    ex.openSource('nobody');
    expect(ex.selected).toBeNull();
    expect(ex.panel).toBeNull();
  });

  test('facets toggle, "only reported" is one call, reset clears', () => {
    const ex = new Explorer(story);
    ex.toggleFacet('groups', 'japan');
    expect(ex.isVisible('reaction-hayashi-caution')).toBe(true);
    expect(ex.isVisible('reaction-bloomberg')).toBe(false);
    ex.toggleFacet('groups', 'japan');
    expect(ex.filtering).toBe(false);
    ex.onlyReported();
    expect(ex.filters.kinds).toEqual(['reported', 'quote']);
    expect(ex.isVisible('outlook-nk-talks')).toBe(false);
    expect(ex.announcement).toMatch(/^Filters applied: \d+ items shown\.$/);
    ex.resetFilters();
    expect(ex.isVisible('outlook-nk-talks')).toBe(true);
  });

  test('the source panel opens on an item, selects it, and gives focus back on close', () => {
    const ex = new Explorer(story);
    const opener = document.createElement('button');
    document.body.append(opener);
    ex.openSource('reaction-reuters', opener);
    expect(ex.panel).toBe('reaction-reuters');
    expect(ex.selected).toBe('reaction-reuters');
    ex.closeSource();
    expect(ex.panel).toBeNull();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });

  test('URL state in and out', () => {
    const ex = new Explorer(story, { selected: 'summit', theme: 'dark', window: ['2025-08-24', '2025-08-27'] });
    expect(ex.urlState).toMatchObject({ selected: 'summit', theme: 'dark', window: ['2025-08-24', '2025-08-27'] });
    ex.setQuery('tariff');
    expect(ex.urlState.filters.query).toBe('tariff');
  });
});

describe('Explorer spotlight (presentation steps)', () => {
  test('lights several items and what relates to them, and gives way to a selection', () => {
    const ex = new Explorer(story);
    ex.setSpotlight(['reaction-bloomberg', 'reaction-reuters', 'nobody']);
    expect(ex.spotlight).toEqual(['reaction-bloomberg', 'reaction-reuters']);
    expect(ex.emphasis('reaction-bloomberg')).toBe('selected');
    expect(ex.emphasis('bloomberg')).toBe('related');
    expect(ex.emphasis('reaction-park-oo')).toBe('dimmed');
    ex.select('reaction-park-oo');
    expect(ex.emphasis('reaction-park-oo')).toBe('selected');
    expect(ex.emphasis('reaction-bloomberg')).toBe('dimmed');
    ex.clearSelection();
    ex.setSpotlight(null);
    expect(ex.emphasis('reaction-park-oo')).toBe('none');
  });
});
