/**
 * The page's stance gauges are drawn once for every width (fluid.ts): resolved at any track
 * width they must land exactly where gaugeGeometry, which the export draws, puts them, with
 * markers that keep their radius and labels that stay apart.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { BREAKPOINTS, fluidGauge, fluidStances, gaugeGeometry, resolveX, stancesMode } from '../../../src/lib/layout/stances.ts';
import { harbourStory } from '../../fixtures/harbour.ts';

const story = harbourStory();
const NAMES = [story.meta.sides[0].shortName, story.meta.sides[1].shortName] as const;
const OVERHANG = 8;

describe('fluidGauge agrees with gaugeGeometry at every width', () => {
  // phone cards: 268 (a 320 px phone) to the 360 px cap; grid columns: 92 to 140 px inside the block
  const cases = [
    ...[268, 300, 323, 360].map((width) => ({ width, labels: true })),
    ...[92, 112, 140].map((width) => ({ width, labels: false })),
  ];
  test.each(cases)('$width px, labels $labels', ({ width, labels }) => {
    for (const step of [0, 1, 2, 3]) {
      const options = labels ? { labels, names: NAMES, overhang: OVERHANG } : {};
      const fixed = gaugeGeometry(width, step, options);
      const fluid = fluidGauge(step, options);
      const track = width - 2 * fluid.inset;
      expect(fluid.inset, `step ${step}`).toBe(fixed.trackX0);
      expect(fluid.height).toBe(fixed.height);
      expect(fluid.trackY).toBe(fixed.trackY);
      expect(fluid.r).toBe(fixed.r);
      expect(fluid.square).toBeCloseTo(fixed.square, 6);
      expect(fluid.inset + resolveX(fluid.first, track)).toBeCloseTo(fixed.firstX, 6);
      expect(fluid.inset + resolveX(fluid.second, track)).toBeCloseTo(fixed.secondX, 6);
      expect(fluid.labels !== null).toBe(labels);
      if (fluid.labels && fixed.labels) {
        expect(fluid.inset + resolveX(fluid.labels.first, track)).toBeCloseTo(fixed.labels.firstX, 6);
        expect(fluid.inset + resolveX(fluid.labels.second, track)).toBeCloseTo(fixed.labels.secondX, 6);
        expect(fluid.labels.y).toBe(fixed.labels.y);
      }
    }
  });

  test('the gap grows with the distance and opposed reaches the track’s ends', () => {
    const shares = [0, 1, 2, 3].map((s) => fluidGauge(s)).map((g) => g.second.pct - g.first.pct);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(new Set(shares).size).toBe(4);
    expect(fluidGauge(3).first).toEqual({ pct: 0, dx: -0 });
    expect(fluidGauge(3).second).toEqual({ pct: 100, dx: 0 });
  });
});

describe('fluidStances', () => {
  test('one row per stance in data order, each with one labelled gauge that is the bare gauge less its labels’ pad and band', () => {
    const { rows, legend, legendWidth, legendGap } = fluidStances(story);
    expect(rows.map((r) => r.stance.id)).toEqual(story.stances.map((s) => s.id));
    for (const row of rows) {
      expect(row.topic.id).toBe(row.stance.topic);
      const { gauge } = row;
      expect(gauge).toEqual(fluidGauge(row.step, { labels: true, names: NAMES, overhang: OVERHANG }));
      expect(gauge.labels).not.toBeNull();
      expect(gauge.pad).toBeGreaterThan(0);
      expect(gauge.band).toBeGreaterThan(0);
      // the grid shows it without labels (CSS): what is left is exactly the unlabelled gauge
      const bare = fluidGauge(row.step);
      expect(bare.labels).toBeNull();
      expect([bare.pad, bare.band]).toEqual([0, 0]);
      expect(gauge.inset - gauge.pad).toBe(bare.inset);
      expect(gauge.height - gauge.band).toBe(bare.height);
      expect(gauge.trackY - gauge.band).toBe(bare.trackY);
      expect([gauge.r, gauge.square, gauge.first, gauge.second]).toEqual([bare.r, bare.square, bare.first, bare.second]);
    }
    expect(legend.map((l) => l.distance)).toEqual(['aligned', 'close', 'apart', 'opposed']);
    // four legend steps fit a 320 px phone's 288 px column
    expect(4 * legendWidth + 3 * legendGap).toBeLessThanOrEqual(288);
  });
});

describe('breakpoints: the script and the stylesheets agree', () => {
  test.each([
    [BREAKPOINTS.grid - 1, 'stacked'],
    [BREAKPOINTS.grid, 'grid'],
    [BREAKPOINTS.wide - 1, 'grid'],
    [BREAKPOINTS.wide, 'wide'],
  ] as const)('%i px: %s', (width, mode) => expect(stancesMode(width)).toBe(mode));

  test('the grid starts at 560 px and every container query of the matrix uses a breakpoint', () => {
    expect(BREAKPOINTS.grid).toBe(560);
    const allowed = new Set([BREAKPOINTS.grid, BREAKPOINTS.wide, 1200]);
    for (const file of ['StancesView', 'IssueRow', 'StanceCell', 'DistanceGauge']) {
      const source = readFileSync(new URL(`../../../src/components/stances/${file}.svelte`, import.meta.url), 'utf8');
      const widths = [...source.matchAll(/@container stances \(min-width: (\d+)px\)/g)].map((m) => Number(m[1]));
      expect(widths.length, file).toBeGreaterThan(0);
      for (const w of widths) expect(allowed.has(w), `${file}: ${w}px`).toBe(true);
      expect(source, file).not.toMatch(/@container (?!stances)/);
    }
  });
});
