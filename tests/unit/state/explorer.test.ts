import { describe, expect, test } from 'vitest';
import { flushSync } from 'svelte';
import { harbourStory } from '../../fixtures/harbour.ts';
import { Explorer } from '../../../src/lib/state/explorer.svelte.ts';

const story = harbourStory();

describe('Explorer', () => {
  test('selecting lights related items everywhere and dims the rest, and announces the headline', () => {
    const ex = new Explorer(story);
    expect(ex.emphasis('ferry-meeting')).toBe('none');
    ex.select('fishing-rights');
    flushSync();
    expect(ex.emphasis('fishing-rights')).toBe('selected');
    expect(ex.emphasis('stance-fishing-rights')).toBe('related');
    expect(ex.emphasis('channel-stays-closed')).toBe('related');
    expect(ex.emphasis('courier-modest-success')).toBe('dimmed');
    // Its matrix row and three cells, five events, one reaction with who made it and at whom.
    expect(ex.announcement).toBe('Selected: Fishing rights. 12 related items highlighted.');
    ex.clearSelection();
    expect(ex.emphasis('courier-modest-success')).toBe('none');
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
    ex.toggleFacet('groups', 'southhaven');
    expect(ex.isVisible('council-will-study')).toBe(true);
    expect(ex.isVisible('courier-modest-success')).toBe(false);
    ex.toggleFacet('groups', 'southhaven');
    expect(ex.filtering).toBe(false);
    ex.onlyReported();
    expect(ex.filters.kinds).toEqual(['reported', 'quote']);
    expect(ex.isVisible('second-meeting')).toBe(false);
    expect(ex.announcement).toMatch(/^Filters applied: \d+ items shown\.$/);
    ex.resetFilters();
    expect(ex.isVisible('second-meeting')).toBe(true);
  });

  test('the source panel opens on an item, selects it, and gives focus back on close', () => {
    const ex = new Explorer(story);
    const opener = document.createElement('button');
    document.body.append(opener);
    ex.openSource('courier-modest-success', opener);
    expect(ex.panel).toBe('courier-modest-success');
    expect(ex.selected).toBe('courier-modest-success');
    ex.closeSource();
    expect(ex.panel).toBeNull();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });

  test('URL state in and out', () => {
    const ex = new Explorer(story, { selected: 'ferry-meeting', theme: 'dark', window: ['2024-03-02', '2024-03-05'] });
    expect(ex.urlState).toMatchObject({ selected: 'ferry-meeting', theme: 'dark', window: ['2024-03-02', '2024-03-05'] });
    ex.setQuery('dredging');
    expect(ex.urlState.filters.query).toBe('dredging');
  });
});

describe('Explorer spotlight (presentation steps)', () => {
  test('lights several items and what relates to them, and gives way to a selection', () => {
    const ex = new Explorer(story);
    ex.setSpotlight(['courier-modest-success', 'council-will-study', 'nobody']);
    expect(ex.spotlight).toEqual(['courier-modest-success', 'council-will-study']);
    expect(ex.emphasis('courier-modest-success')).toBe('selected');
    expect(ex.emphasis('bay-courier')).toBe('related');
    expect(ex.emphasis('harbour-party-too-much')).toBe('dimmed');
    ex.select('harbour-party-too-much');
    expect(ex.emphasis('harbour-party-too-much')).toBe('selected');
    expect(ex.emphasis('courier-modest-success')).toBe('dimmed');
    ex.clearSelection();
    ex.setSpotlight(null);
    expect(ex.emphasis('harbour-party-too-much')).toBe('none');
  });
});
