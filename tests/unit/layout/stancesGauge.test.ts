/**
 * The stance gauge's direct labels are the sides' short names, measured (lib/text/measure.ts):
 * the fixture's "Northport" and "Southhaven" stay whole and apart at every phone width and
 * distance, where a fixed pad sized for five letters cut them off.
 */
import { describe, expect, test } from 'vitest';
import { gaugeGeometry, layoutStances } from '../../../src/lib/layout/stances.ts';
import { textWidth } from '../../../src/lib/text/measure.ts';
import { harbourStory } from '../../fixtures/harbour.ts';

const story = harbourStory();
const NAMES = [story.meta.sides[0].shortName, story.meta.sides[1].shortName] as const;
/** The labels' type: 13 px, weight 600 (measured as bold, so the estimate errs wide). */
const labelWidth = (name: string) => textWidth(name, 13, { bold: true });
/** How far a label may reach past the gauge into its block's padding. */
const OVERHANG = 8;

/** Where each label's text runs, left to right: the first ends at its anchor, the second starts at it. */
function labelExtents(width: number, step: number, names: readonly [string, string], overhang = OVERHANG) {
  const g = gaugeGeometry(width, step, { labels: true, names, overhang });
  const first: [number, number] = [g.labels!.firstX - labelWidth(names[0]), g.labels!.firstX];
  const second: [number, number] = [g.labels!.secondX, g.labels!.secondX + labelWidth(names[1])];
  return { g, first, second };
}

describe('gauge labels sized from the sides’ short names', () => {
  // stacked gauges: a 320 px phone (268 px) to the cap (360 px)
  test.each([268, 300, 323, 360])('%i px: the fixture’s names stay inside and apart at every distance', (width) => {
    for (const step of [0, 1, 2, 3]) {
      const { g, first, second } = labelExtents(width, step, NAMES);
      expect(first[0], `step ${step}`).toBeGreaterThanOrEqual(-OVERHANG);
      expect(second[1], `step ${step}`).toBeLessThanOrEqual(width + OVERHANG);
      expect(second[0] - first[1], `step ${step}`).toBeGreaterThanOrEqual(6);
      // the markers still spread: opposed is well apart from aligned
      if (step === 3) expect(g.secondX - g.firstX).toBeGreaterThan(width / 3);
    }
  });

  test('names of about five letters keep the least pad, so such a story looks as before', () => {
    for (const names of [['Ahn', 'Vidal'], ['Ports', 'Bay']] as const) {
      expect(gaugeGeometry(323, 3, { labels: true, names, overhang: OVERHANG }).trackX0).toBe(gaugeGeometry(323, 3, { labels: true }).trackX0);
    }
  });

  test('longer names get more room than the least pad', () => {
    expect(gaugeGeometry(323, 3, { labels: true, names: NAMES, overhang: OVERHANG }).trackX0).toBeGreaterThan(gaugeGeometry(323, 3, { labels: true }).trackX0);
  });

  test('however long the names, the track keeps a third of the gauge', () => {
    const names = ['A very long side name indeed', 'Another very long side name'] as const;
    const g = gaugeGeometry(268, 3, { labels: true, names });
    expect(g.trackX1 - g.trackX0).toBeGreaterThanOrEqual(268 / 3 - 2 * g.r - 2);
  });

  test.each([320, 375])('layoutStances at %i px sizes its phone cards’ gauges for the story’s own names', (width) => {
    const layout = layoutStances(story, { width });
    expect(layout.mode).toBe('stacked');
    for (const row of layout.rows) {
      const { first, second } = labelExtents(row.gauge.width, row.step, NAMES, layout.cell.pad);
      expect(row.gauge.trackX0).toBe(gaugeGeometry(row.gauge.width, row.step, { labels: true, names: NAMES, overhang: layout.cell.pad }).trackX0);
      expect(first[0]).toBeGreaterThanOrEqual(-layout.cell.pad);
      expect(second[1]).toBeLessThanOrEqual(row.gauge.width + layout.cell.pad);
    }
  });
});
