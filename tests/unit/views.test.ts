/**
 * One registry of views (src/lib/views.ts): every list of views derives from it, so adding,
 * removing or reordering a view is one edit there (and a type error wherever a view's code or
 * strings are missing).
 */
import { describe, expect, test } from 'vitest';
import { VIEW_IDS, isViewId } from '../../src/lib/views.ts';
import { VIEWS } from '../../src/lib/views/viewFacts.ts';
import { EMBED_VIEWS, isEmbedView } from '../../src/lib/embed/protocol.ts';
import { EXPORT_VIEWS } from '../../src/lib/export/index.ts';
import { Step } from '../../src/lib/story/schema.ts';
import { embed, page } from '../../src/lib/strings.ts';
import { viewHeading } from '../../src/lib/story/meta.ts';
import { HARBOUR } from '../fixtures/harbour.ts';
import { VIEW_LOADERS } from '../../src/entries/viewLoaders.ts';
import { viewFigure } from '../../src/entries/viewFigures.ts';
import { viewSources } from '../../src/build/prerender/prerenderPlugin.ts';

describe('the view registry', () => {
  test('names three views in reading order', () => {
    expect(VIEW_IDS).toEqual(['timeline', 'stances', 'reactions']);
  });

  test.each<[string, readonly unknown[]]>([
    ['EMBED_VIEWS (the embeds, their pages and messages)', EMBED_VIEWS],
    ['EXPORT_VIEWS (SVG, PNG, CSV)', EXPORT_VIEWS],
    ["Step.view's picklist (the presentation's steps)", Step.entries.view.options],
    ['the facts of each view', Object.keys(VIEWS)],
    ['the embed loaders', Object.keys(VIEW_LOADERS)],
    ["the story file's view sections", VIEW_IDS.filter((id) => id in HARBOUR)],
    ["the page's nav labels", Object.keys(page.nav)],
    ["the embed dialog's view names", Object.keys(embed.views)],
  ])('%s: the registry ids, in order', (_name, list) => {
    expect([...list]).toEqual([...VIEW_IDS]);
  });

  test.each([...VIEW_IDS, 'matrix', 'network', 'Timeline', '', 'toString', 'constructor', null, undefined, 1, ['timeline']])(
    'isViewId and isEmbedView agree on %j',
    (value) => {
      expect(isViewId(value)).toBe((VIEW_IDS as readonly unknown[]).includes(value));
      expect(isEmbedView(value)).toBe(isViewId(value));
    },
  );

  test('the page hydrates one view at once (its code loads first) and the rest when near', () => {
    expect(VIEW_IDS.filter((id) => VIEWS[id].hydrate === 'now')).toEqual(['timeline']);
  });
});

describe.each(VIEW_IDS)('%s', (id) => {
  test('its loader, its static figure and the modules the build preloads for its embed agree', async () => {
    const loaded = await VIEW_LOADERS[id]();
    const [component] = viewSources(id).map((source) => `../../${source}`);
    expect(loaded.figure).toBe((await import(/* @vite-ignore */ component!)).default);
    expect(viewFigure(id)).toEqual(loaded);
    // Its heading is the story's, in the story file's section of the same name.
    expect(viewHeading(HARBOUR, id)).toBe(HARBOUR[id].heading);
  });

  test('positive export width and embed height', () => {
    expect(VIEWS[id].exportMinWidth).toBeGreaterThan(0);
    expect(VIEWS[id].embedHeight).toBeGreaterThan(0);
  });
});
