import { describe, expect, test } from 'vitest';
import { loadStory } from '../../../src/build/story/readStory.ts';
import { DISTANCES } from '../../../src/lib/story/schema.ts';
import type { Stance } from '../../../src/lib/story/types.ts';
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

/** The real story's two sides, in column order. */
const SIDES = ['korea', 'us'] as const;
const story = loadStory(process.cwd());

/** Width of "Korea" and "US" at 13 px, 600 weight, with a little slack. */
const KOREA_TEXT = 40;
const US_TEXT = 20;

/** Every mark of a gauge inside its box, Korea left of the US, labels above and apart. */
function expectGaugeInside(g: Gauge) {
  expect(g.firstX - g.r).toBeGreaterThanOrEqual(0);
  expect(g.secondX + g.r).toBeLessThanOrEqual(g.width);
  expect(g.secondX + g.square / 2).toBeLessThanOrEqual(g.width);
  expect(g.firstX).toBeLessThan(g.secondX);
  expect(g.trackY - g.r).toBeGreaterThanOrEqual(0);
  expect(g.trackY + g.r).toBeLessThanOrEqual(g.height);
  if (g.labels) {
    // text ends at firstX and starts at secondX: inside the box, not touching each other
    expect(g.labels.firstX - KOREA_TEXT).toBeGreaterThanOrEqual(0);
    expect(g.labels.secondX + US_TEXT).toBeLessThanOrEqual(g.width);
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
      expectGaugeInside(row.gauge);
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
    // the gauge fills its own column inside the block's padding and border, between Korea and the US
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
    // the reason spans from Korea's column to the US column
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
    const gauges = [0, 1, 2, 3].map((step) => gaugeGeometry(width, step, { labels, r }));
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
    { name: 'the real data', stances: story.stances, widest: 'stance-trade-agriculture', closest: 'stance-north-korea' },
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
  const [defense, trade, nk] = ids as [string, string, string];

  test.each([
    { mode: 'wide' as const, order: ['issue', 'first', 'distance', 'second', 'outcome'] },
    { mode: 'grid' as const, order: ['issue', 'first', 'distance', 'second', 'outcome'] },
    { mode: 'stacked' as const, order: ['issue', 'distance', 'first', 'second', 'outcome'] },
  ])('$mode: 5 stops per issue in reading order, with explorer ids', ({ mode, order }) => {
    const stops = stancesStops(story.stances, SIDES, mode);
    expect(stops).toHaveLength(story.stances.length * 5);
    expect(stops.slice(0, 5).map((s) => s.kind)).toEqual(order);
    expect(stops.map((s) => s.row)).toEqual(ids.flatMap((_, i) => [i, i, i, i, i]));
    const tradeStops = stops.filter((s) => s.key.startsWith(`${trade}/`));
    expect(Object.fromEntries(tradeStops.map((s) => [s.kind, s.id]))).toEqual({
      issue: trade,
      distance: trade,
      first: `${trade}:korea`,
      second: `${trade}:us`,
      outcome: `${trade}:outcome`,
    });
    expect(new Set(stops.map((s) => s.key)).size).toBe(stops.length);
  });

  test('filters drop hidden cells and rows, and renumber the rows', () => {
    const hidden = new Set([`${defense}`, `${trade}:us`]);
    const stops = stancesStops(story.stances, SIDES, 'wide', (id) => !hidden.has(id));
    expect(stops.some((s) => s.key.startsWith(`${defense}/`))).toBe(false);
    expect(stops.filter((s) => s.row === 0).map((s) => s.kind)).toEqual(['issue', 'first', 'distance', 'outcome']);
    expect(stops.filter((s) => s.row === 1).every((s) => s.key.startsWith(`${nk}/`))).toBe(true);
  });

  // start key, then the keys pressed, then where focus ends
  const key = (stance: string, kind: string) => `${stance}/${kind}`;
  const cases: { name: string; mode: StancesMode; from: string | null; keys: NavKey[]; to: string; hide?: string[] }[] = [
    { name: 'right along an issue', mode: 'wide', from: key(trade, 'issue'), keys: ['ArrowRight', 'ArrowRight', 'ArrowRight'], to: key(trade, 'second') },
    { name: 'right stops at the end of the row', mode: 'wide', from: key(trade, 'outcome'), keys: ['ArrowRight'], to: key(trade, 'outcome') },
    { name: 'left stops at the row header', mode: 'grid', from: key(nk, 'issue'), keys: ['ArrowLeft'], to: key(nk, 'issue') },
    { name: 'down keeps the column', mode: 'wide', from: key(defense, 'second'), keys: ['ArrowDown'], to: key(trade, 'second') },
    { name: 'up keeps the column', mode: 'grid', from: key(nk, 'distance'), keys: ['ArrowUp', 'ArrowUp'], to: key(defense, 'distance') },
    { name: 'down stops at the last issue', mode: 'wide', from: key(nk, 'first'), keys: ['ArrowDown'], to: key(nk, 'first') },
    { name: 'down into a filtered cell goes to the nearest, left on a tie', mode: 'wide', from: key(defense, 'second'), keys: ['ArrowDown'], to: key(trade, 'distance'), hide: [`${trade}:us`] },
    { name: 'Home and End: the whole matrix', mode: 'wide', from: key(trade, 'second'), keys: ['End'], to: key(nk, 'outcome') },
    { name: 'Home', mode: 'stacked', from: key(nk, 'second'), keys: ['Home'], to: key(defense, 'issue') },
    { name: 'stacked: down follows reading order across cards', mode: 'stacked', from: key(defense, 'second'), keys: ['ArrowDown', 'ArrowDown'], to: key(trade, 'issue') },
    { name: 'stacked: left and up go back', mode: 'stacked', from: key(trade, 'issue'), keys: ['ArrowUp', 'ArrowLeft'], to: key(defense, 'second') },
    { name: 'a vanished start begins at the first stop', mode: 'wide', from: 'gone', keys: ['ArrowRight'], to: key(defense, 'first') },
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
