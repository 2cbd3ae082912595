/**
 * The stance matrix's geometry, tested on the fixture story (tests/fixtures/harbour): two
 * contested issues, dredging (close) and fishing rights (opposed), between Northport and
 * Southhaven, two side names longer than a gauge's default label room.
 */
import { describe, expect, test } from 'vitest';
import { DISTANCES } from '../../../src/lib/story/schema.ts';
import type { Stance } from '../../../src/lib/story/types.ts';
import { textWidth } from '../../../src/lib/text/measure.ts';
import {
  BREAKPOINTS,
  DISTANCE_ORDER,
  distanceExtremes,
  distanceStep,
  gaugeGeometry,
  layoutStances,
  stancesStops,
  moveStop,
  type StancesMode,
  type NavKey,
  type BlockKey,
  type Gauge,
} from '../../../src/lib/layout/stances.ts';
import { harbourStory } from '../../fixtures/harbour.ts';

const story = harbourStory();
/** The fixture's two sides, in column order, and their short names as the gauge labels them. */
const SIDES = ['northport', 'southhaven'] as const;
const NAMES = story.meta.sides.map((s) => s.shortName) as [string, string];
/** A gauge label's width: 13 px at weight 600, which sets as bold where the font has no 600. */
const labelWidth = (name: string) => textWidth(name, 13, { bold: true });

const WIDER_LABEL = Math.max(...NAMES.map(labelWidth));

/**
 * Every mark of a gauge inside its box, the first side left of the second, labels above and
 * apart; a label may reach `overhang` px past the box (into its block's padding).
 */
function expectGaugeInside(g: Gauge, overhang = 0) {
  const [first, second] = NAMES;
  expect(g.firstX - g.r).toBeGreaterThanOrEqual(0);
  expect(g.secondX + g.r).toBeLessThanOrEqual(g.width);
  expect(g.secondX + g.square / 2).toBeLessThanOrEqual(g.width);
  expect(g.firstX).toBeLessThan(g.secondX);
  expect(g.trackY - g.r).toBeGreaterThanOrEqual(0);
  expect(g.trackY + g.r).toBeLessThanOrEqual(g.height);
  if (g.labels) {
    // text ends at firstX and starts at secondX: inside the box, not touching each other
    expect(g.labels.firstX - labelWidth(first), first).toBeGreaterThanOrEqual(-overhang);
    expect(g.labels.secondX + labelWidth(second), second).toBeLessThanOrEqual(g.width + overhang);
    expect(g.labels.secondX - g.labels.firstX).toBeGreaterThanOrEqual(6);
    // above the markers, below the top of the box (13 px text)
    expect(g.labels.y).toBeLessThan(g.trackY - g.r);
    expect(g.labels.y - 13).toBeGreaterThanOrEqual(0);
    // each label reaches its own marker
    expect(g.labels.firstX).toBeGreaterThan(g.firstX - g.r);
    expect(g.labels.secondX).toBeLessThan(g.secondX + g.r);
  }
}

describe('layoutStances at reader widths', () => {
  // mode, then the order of grid columns ([] when stacked), the order of blocks in the DOM
  const cases: { width: number; mode: string; columns: string[]; order: BlockKey[]; labels: boolean }[] = [
    { width: 320, mode: 'stacked', columns: [], order: ['issue', 'distance', 'reason', 'first', 'second', 'outcome'], labels: true },
    { width: 375, mode: 'stacked', columns: [], order: ['issue', 'distance', 'reason', 'first', 'second', 'outcome'], labels: true },
    { width: 768, mode: 'grid', columns: ['first', 'distance', 'second', 'outcome'], order: ['issue', 'first', 'distance', 'second', 'outcome', 'reason'], labels: false },
    { width: 1280, mode: 'wide', columns: ['issue', 'first', 'distance', 'second', 'outcome'], order: ['issue', 'first', 'distance', 'second', 'outcome', 'reason'], labels: false },
    { width: 1920, mode: 'wide', columns: ['issue', 'first', 'distance', 'second', 'outcome'], order: ['issue', 'first', 'distance', 'second', 'outcome', 'reason'], labels: false },
  ];

  test.each(cases)('$width px: $mode', ({ width, mode, columns, order, labels }) => {
    const layout = layoutStances(story, { width });
    expect(layout.width).toBe(width);
    expect(layout.mode).toBe(mode);
    expect(layout.columns.map((c) => c.key)).toEqual(columns);
    expect(layout.blocks.map((b) => b.key)).toEqual(order);

    // one row per stance, in data order, each with its own topic and step
    expect(layout.rows.map((r) => r.stance.id)).toEqual(story.stances.map((s) => s.id));
    for (const row of layout.rows) {
      expect(row.topic.id).toBe(row.stance.topic);
      expect(row.step).toBe(DISTANCES.indexOf(row.stance.distance));
      expect(row.gauge.width).toBeLessThanOrEqual(width);
      expect(row.gauge.labels !== null).toBe(labels);
      expectGaugeInside(row.gauge, layout.cell.pad);
    }
  });

  test.each(cases.filter((c) => c.mode !== 'stacked'))('$width px: columns tile the width, text columns stay readable', ({ width }) => {
    const { columns, gap, template, blocks } = layoutStances(story, { width });
    const last = columns.at(-1)!;
    // no overflow, and at most 2 px lost to rounding
    expect(last.x + last.width).toBeLessThanOrEqual(width);
    expect(width - (last.x + last.width)).toBeLessThanOrEqual(2);
    for (let i = 1; i < columns.length; i++) {
      expect(columns[i]!.x).toBe(columns[i - 1]!.x + columns[i - 1]!.width + gap);
    }
    for (const c of columns.filter((c) => ['first', 'second', 'outcome'].includes(c.key))) {
      expect(c.width).toBeGreaterThanOrEqual(170);
    }
    // the gauge fills its own column inside the block's padding and border, between the two sides
    const { rows, cell } = layoutStances(story, { width });
    const distanceColumn = columns.find((c) => c.key === 'distance')!;
    for (const row of rows) expect(row.gauge.width).toBe(distanceColumn.width - 2 * (cell.pad + cell.border));
    const keys = columns.map((c) => c.key);
    expect(keys.indexOf('distance')).toBe(keys.indexOf('first') + 1);
    expect(keys.indexOf('second')).toBe(keys.indexOf('distance') + 1);
    expect(template).toBe(columns.map((c) => `${c.width}px`).join(' '));
    // each cell sits in the grid column of the same name
    for (const b of blocks.filter((b) => b.key !== 'issue' && b.key !== 'reason')) {
      const i = columns.findIndex((c) => c.key === b.key);
      expect(b.gridColumn).toBe(`${i + 1} / ${i + 2}`);
    }
    // the reason spans from the first side's column to the second's
    const reason = blocks.find((b) => b.key === 'reason')!;
    expect(reason.gridColumn).toBe(`${keys.indexOf('first') + 1} / ${keys.indexOf('second') + 2}`);
  });

  test.each(cases.filter((c) => c.mode === 'stacked'))('$width px: stacked cards have no grid and a direct-labelled gauge that fits', ({ width }) => {
    const layout = layoutStances(story, { width });
    expect(layout.template).toBeNull();
    expect(layout.gap).toBe(0);
    expect(layout.blocks.every((b) => b.gridColumn === null && b.gridRow === null)).toBe(true);
    for (const row of layout.rows) {
      // inside the block's padding and selection border, so a selected gauge never overflows a phone
      expect(row.gauge.width).toBe(Math.min(width - 2 * (layout.cell.pad + layout.cell.border), 360));
      expect(row.gauge.labels).not.toBeNull();
    }
  });

  test.each([
    [BREAKPOINTS.grid - 1, 'stacked'],
    [BREAKPOINTS.grid, 'grid'],
    [BREAKPOINTS.wide - 1, 'grid'],
    [BREAKPOINTS.wide, 'wide'],
  ])('breakpoint: %i px is %s', (width, mode) => {
    expect(layoutStances(story, { width }).mode).toBe(mode);
  });
});

describe('gaugeGeometry: the gap grows with the distance', () => {
  test.each([
    { width: 120, labels: false },
    { width: 160, labels: false },
    { width: 288, labels: true },
    { width: 343, labels: true },
    { width: 72, labels: false, r: 6 },
  ])('$width px wide, labels: $labels', ({ width, labels, r }) => {
    const gauges = [0, 1, 2, 3].map((step) => gaugeGeometry(width, step, { labels, r, names: NAMES }));
    const gaps = gauges.map((g) => g.secondX - g.firstX);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeGreaterThan(gaps[i - 1]!);
    // aligned: markers touch; opposed: they sit at the ends of the track
    expect(gaps[0]).toBeCloseTo(2 * gauges[0]!.r);
    expect(gauges[3]!.firstX).toBeCloseTo(gauges[3]!.trackX0);
    expect(gauges[3]!.secondX).toBeCloseTo(gauges[3]!.trackX1);
    // equal steps: the scale is ordinal, drawn evenly
    expect(gaps[2]! - gaps[1]!).toBeCloseTo(gaps[1]! - gaps[0]!);
    for (const g of gauges) {
      expectGaugeInside(g);
      expect((g.firstX + g.secondX) / 2).toBeCloseTo(width / 2);
    }
  });
});

describe('gaugeGeometry: room for the side names', () => {
  test.each([
    // No names given, or names of about five letters: 24 px of side padding, so the track starts at 24 + r + 1.
    { names: undefined, trackX0: 33 },
    { names: ['Ahn', 'Vidal'] as const, trackX0: 33 },
    // "Southhaven" (89 px): the label ends at the marker's right edge, pad + 2r + 1 = 89, so pad is 72.
    { names: NAMES, trackX0: 81 },
  ])('names $names start the track at $trackX0 px', ({ names, trackX0 }) => {
    const g = gaugeGeometry(300, 3, { labels: true, names });
    expect(g.trackX0).toBe(trackX0);
    expect(g.trackX1).toBe(300 - trackX0);
    if (names) expect(g.labels!.firstX - Math.max(...names.map(labelWidth))).toBeGreaterThanOrEqual(0);
  });

  test('without direct labels the names do not matter', () => {
    expect(gaugeGeometry(300, 3, { names: NAMES })).toEqual(gaugeGeometry(300, 3));
  });

  test('the fixture\'s longer name is Southhaven\'s, 89 px at 13 px bold', () => {
    expect(WIDER_LABEL).toBe(labelWidth('Southhaven'));
    expect(WIDER_LABEL).toBe(89);
  });
});

describe('distance scale', () => {
  test('matches the schema order', () => {
    expect([...DISTANCE_ORDER]).toEqual([...DISTANCES]);
    expect(DISTANCES.map(distanceStep)).toEqual([0, 1, 2, 3]);
  });

  test('the legend shows every step once, with growing gaps', () => {
    const { legend } = layoutStances(story, { width: 375 });
    expect(legend.map((l) => l.distance)).toEqual([...DISTANCES]);
    const gaps = legend.map((l) => l.gauge.secondX - l.gauge.firstX);
    expect([...gaps].sort((a, b) => a - b)).toEqual(gaps);
    expect(new Set(gaps).size).toBe(4);
  });

  test.each([288, 320, 343, 375, 768, 1120])('the four legend steps fit on one line at %i px', (width) => {
    const { legend, legendGap } = layoutStances(story, { width });
    const total = legend.reduce((sum, l) => sum + l.gauge.width, 0) + legendGap * (legend.length - 1);
    expect(total).toBeLessThanOrEqual(width);
    // "Opposed" at 14 px fits under each gauge
    for (const l of legend) expect(l.gauge.width).toBeGreaterThanOrEqual(56);
  });
});

describe('distanceExtremes', () => {
  const s = (id: string, distance: Stance['distance']) => ({ ...story.stances[0]!, id, distance });
  test.each([
    { name: 'the fixture: fishing rights opposed, dredging close', stances: story.stances, widest: 'stance-fishing-rights', closest: 'stance-dredging-fund' },
    { name: 'a tie keeps the first', stances: [s('a', 'close'), s('b', 'opposed'), s('c', 'opposed'), s('d', 'close')], widest: 'b', closest: 'a' },
    { name: 'all equal', stances: [s('a', 'apart'), s('b', 'apart')], widest: 'a', closest: null },
  ])('$name', ({ stances, widest, closest }) => {
    const e = distanceExtremes(stances)!;
    expect(e.widest.id).toBe(widest);
    expect(e.closest?.id ?? null).toBe(closest);
  });

  test('no stances, no extremes', () => {
    expect(distanceExtremes([])).toBeNull();
  });
});

describe('keyboard stops', () => {
  const ids = story.stances.map((s) => s.id);
  const [dredging, fishing] = ids as [string, string];

  test('the fixture has two issues, dredging then fishing rights', () => {
    expect(ids).toEqual(['stance-dredging-fund', 'stance-fishing-rights']);
  });

  test.each([
    { mode: 'wide' as const, order: ['issue', 'first', 'distance', 'second', 'outcome'] },
    { mode: 'grid' as const, order: ['issue', 'first', 'distance', 'second', 'outcome'] },
    { mode: 'stacked' as const, order: ['issue', 'distance', 'first', 'second', 'outcome'] },
  ])('$mode: 5 stops per issue in reading order, with explorer ids', ({ mode, order }) => {
    const stops = stancesStops(story.stances, SIDES, mode);
    expect(stops).toHaveLength(story.stances.length * 5);
    expect(stops.slice(0, 5).map((s) => s.kind)).toEqual(order);
    expect(stops.map((s) => s.row)).toEqual(ids.flatMap((_, i) => [i, i, i, i, i]));
    const fishingStops = stops.filter((s) => s.key.startsWith(`${fishing}/`));
    expect(Object.fromEntries(fishingStops.map((s) => [s.kind, s.id]))).toEqual({
      issue: fishing,
      distance: fishing,
      first: `${fishing}:northport`,
      second: `${fishing}:southhaven`,
      outcome: `${fishing}:outcome`,
    });
    expect(new Set(stops.map((s) => s.key)).size).toBe(stops.length);
  });

  test('filters drop hidden cells and rows, and renumber the rows', () => {
    const hidden = new Set([dredging, `${fishing}:southhaven`]);
    const stops = stancesStops(story.stances, SIDES, 'wide', (id) => !hidden.has(id));
    expect(stops.some((s) => s.key.startsWith(`${dredging}/`))).toBe(false);
    expect(stops.filter((s) => s.row === 0).map((s) => s.kind)).toEqual(['issue', 'first', 'distance', 'outcome']);
    expect(stops.every((s) => s.row === 0 && s.key.startsWith(`${fishing}/`))).toBe(true);
  });

  // start key, then the keys pressed, then where focus ends
  const key = (stance: string, kind: string) => `${stance}/${kind}`;
  const cases: { name: string; mode: StancesMode; from: string | null; keys: NavKey[]; to: string; hide?: string[] }[] = [
    { name: 'right along an issue', mode: 'wide', from: key(dredging, 'issue'), keys: ['ArrowRight', 'ArrowRight', 'ArrowRight'], to: key(dredging, 'second') },
    { name: 'right stops at the end of the row', mode: 'wide', from: key(fishing, 'outcome'), keys: ['ArrowRight'], to: key(fishing, 'outcome') },
    { name: 'left stops at the row header', mode: 'grid', from: key(fishing, 'issue'), keys: ['ArrowLeft'], to: key(fishing, 'issue') },
    { name: 'down keeps the column', mode: 'wide', from: key(dredging, 'second'), keys: ['ArrowDown'], to: key(fishing, 'second') },
    { name: 'up keeps the column, and stops at the first issue', mode: 'grid', from: key(fishing, 'distance'), keys: ['ArrowUp', 'ArrowUp'], to: key(dredging, 'distance') },
    { name: 'down stops at the last issue', mode: 'wide', from: key(fishing, 'first'), keys: ['ArrowDown'], to: key(fishing, 'first') },
    // From column 3 (second) the nearest are distance (2) and outcome (4), one either side: the left one wins.
    { name: 'down into a filtered cell goes to the nearest, left on a tie', mode: 'wide', from: key(dredging, 'second'), keys: ['ArrowDown'], to: key(fishing, 'distance'), hide: [`${fishing}:southhaven`] },
    { name: 'Home and End: the whole matrix', mode: 'wide', from: key(dredging, 'second'), keys: ['End'], to: key(fishing, 'outcome') },
    { name: 'Home', mode: 'stacked', from: key(fishing, 'second'), keys: ['Home'], to: key(dredging, 'issue') },
    { name: 'stacked: down follows reading order across cards', mode: 'stacked', from: key(dredging, 'second'), keys: ['ArrowDown', 'ArrowDown'], to: key(fishing, 'issue') },
    { name: 'stacked: left and up go back', mode: 'stacked', from: key(fishing, 'issue'), keys: ['ArrowUp', 'ArrowLeft'], to: key(dredging, 'second') },
    { name: 'a vanished start begins at the first stop', mode: 'wide', from: 'gone', keys: ['ArrowRight'], to: key(dredging, 'first') },
  ];
  test.each(cases)('$mode: $name', ({ mode, from, keys, to, hide = [] }) => {
    const stops = stancesStops(story.stances, SIDES, mode, (id) => !hide.includes(id));
    let at = from;
    for (const k of keys) at = moveStop(stops, at, k, mode)!.key;
    expect(at).toBe(to);
  });

  test('no stops, nowhere to go', () => {
    expect(moveStop([], null, 'ArrowRight', 'wide')).toBeUndefined();
  });
});
