/**
 * Geometry of the stance matrix: from the container's width, whether the three issues form
 * a grid or a stack of cards, where each block of an issue goes, the column widths, and
 * the distance gauges (two markers whose gap grows from aligned to opposed).
 * Pure: no Svelte, no DOM; every number is in CSS pixels.
 */
import type { Distance, Stance, Story, Topic } from '../story/types.ts';
import { cellId, cellOfColumn } from '../story/stanceCells.ts';
import { textWidth } from '../text/measure.ts';

/** The ordinal scale, aligned → opposed (same order as the schema's DISTANCES). */
export const DISTANCE_ORDER = ['aligned', 'close', 'apart', 'opposed'] as const satisfies readonly Distance[];

/** Position of a distance on the scale: 0 (aligned) … 3 (opposed). */
export function distanceStep(distance: Distance): number {
  return DISTANCE_ORDER.indexOf(distance);
}

/**
 * Issues shown before "Show all": a story with hundreds of contested issues would draw
 * thousands of cells the reader cannot take in at once (the real story has three).
 */
export const FIRST_ISSUES = 20;

/** Below `grid` the issues stack as cards; from `wide` the issue names get a column of their own. */
export const BREAKPOINTS = { grid: 700, wide: 1000 } as const;

export type StancesMode = 'stacked' | 'grid' | 'wide';
export type ColumnKey = 'issue' | 'first' | 'distance' | 'second' | 'outcome';
export type BlockKey = ColumnKey | 'reason';

export interface StancesColumn {
  key: ColumnKey;
  /** Left edge inside the matrix. */
  x: number;
  width: number;
  /** CSS grid-column value (`2 / 3`). */
  gridColumn: string;
}

/** Where one block of an issue goes; blocks come in reading (DOM) order. */
export interface BlockPlacement {
  key: BlockKey;
  /** CSS grid-column and grid-row values; null when the issue is a stacked card. */
  gridColumn: string | null;
  gridRow: string | null;
}

export interface GaugeOptions {
  /** Marker radius (the second side's square has the same area). */
  r?: number;
  /** Direct labels (the sides' short names) above the markers. */
  labels?: boolean;
  /** Width of the wider direct label, px: the track draws in from the sides so it stays inside at opposed. */
  labelWidth?: number;
}

/** One distance gauge: a track with the first side's circle on the left and the second side's square on the right. */
export interface Gauge {
  width: number;
  height: number;
  trackY: number;
  trackX0: number;
  trackX1: number;
  r: number;
  firstX: number;
  secondX: number;
  /** Side of the second side's square, drawn centred on secondX. */
  square: number;
  /** Label baselines above the markers: the first side's text ends at firstX, the second's starts at secondX. */
  labels: { firstX: number; secondX: number; y: number } | null;
}

export interface StancesRow {
  stance: Stance;
  topic: Topic;
  step: number;
  gauge: Gauge;
}

export interface LegendStep {
  distance: Distance;
  gauge: Gauge;
}

export interface StancesLayout {
  width: number;
  mode: StancesMode;
  /** Gap between grid columns (0 when stacked). */
  gap: number;
  /** Grid columns left to right; empty when stacked. */
  columns: StancesColumn[];
  /** CSS grid-template-columns in pixels; null when stacked. */
  template: string | null;
  blocks: BlockPlacement[];
  rows: StancesRow[];
  legend: LegendStep[];
  /** Space between the legend's steps, px. */
  legendGap: number;
  /** Padding and (selection) border inside every block of a row, px: the gauge leaves room for both. */
  cell: { pad: number; border: number };
}

const MARKER_R = 8;
/** Inside each block: padding, then a border that shows only when the block is selected. */
const CELL = { pad: 8, border: 2 } as const;
const CELL_INSET = CELL.pad + CELL.border;
/** Band above the track for the direct labels (13 px text). */
const LABEL_BAND = 18;
/** The direct labels: 13 px at weight 600 (measured as bold). */
const LABEL_FONT = 13;
/**
 * Side padding so a short side name (about five letters), which ends at its marker's right
 * edge, stays inside at opposed; a longer name (`labelWidth`) gets more.
 */
const LABEL_PAD = 24;
/** Space between the two labels when the markers touch. */
const LABEL_GAP = 3;
/** A stacked card's gauge stops growing here, so the gap stays readable as a gap. */
const STACKED_GAUGE_MAX = 360;
/** Legend gauges: up to 72 px each, narrower so the four steps stay on one line at 320 px. */
const LEGEND_GAUGE = { max: 72, min: 56, gap: 8, r: 6 } as const;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * The gauge for one step. Aligned puts the markers side by side at the centre; each step
 * adds a third of the remaining track, so opposed puts them at the two ends.
 */
export function gaugeGeometry(width: number, step: number, options: GaugeOptions = {}): Gauge {
  const r = options.r ?? MARKER_R;
  const labels = options.labels ?? false;
  // At opposed the first label ends at pad + 2r + 1, its marker's right edge (the second mirrors it).
  const pad = labels ? Math.max(LABEL_PAD, Math.ceil((options.labelWidth ?? 0) - 2 * r - 1)) : 0;
  const band = labels ? LABEL_BAND : 0;
  const height = band + 2 * r + 12;
  const trackY = band + r + 6;
  const trackX0 = pad + r + 1;
  const trackX1 = width - pad - r - 1;
  const minGap = 2 * r;
  const maxGap = Math.max(minGap, trackX1 - trackX0);
  const gap = minGap + ((maxGap - minGap) * clamp(step, 0, 3)) / 3;
  const mid = width / 2;
  const firstX = mid - gap / 2;
  const secondX = mid + gap / 2;
  return {
    width,
    height,
    trackY,
    trackX0,
    trackX1,
    r,
    firstX,
    secondX,
    // same area as the circle, so neither side looks bigger
    square: r * Math.sqrt(Math.PI),
    // each label leans outward from its marker, so the two never meet
    labels: labels
      ? { firstX: Math.min(firstX + r, mid - LABEL_GAP), secondX: Math.max(secondX - r, mid + LABEL_GAP), y: trackY - r - 5 }
      : null,
  };
}

function gridColumns(width: number, mode: 'grid' | 'wide'): { columns: StancesColumn[]; gap: number } {
  const gap = mode === 'wide' ? (width >= 1200 ? 32 : 24) : 16;
  const issue = mode === 'wide' ? Math.round(clamp(width * 0.15, 140, 200)) : 0;
  const distance = Math.round(clamp(width * 0.12, 112, 160));
  const keys: ColumnKey[] = mode === 'wide' ? ['issue', 'first', 'distance', 'second', 'outcome'] : ['first', 'distance', 'second', 'outcome'];
  const text = Math.floor((width - issue - distance - gap * (keys.length - 1)) / 3);
  const widths: Record<ColumnKey, number> = { issue, first: text, distance, second: text, outcome: text };
  let x = 0;
  const columns = keys.map((key, i) => {
    const column = { key, x, width: widths[key], gridColumn: `${i + 1} / ${i + 2}` };
    x += widths[key] + gap;
    return column;
  });
  return { columns, gap };
}

function gridBlocks(columns: StancesColumn[], mode: 'grid' | 'wide'): BlockPlacement[] {
  const at = (key: ColumnKey) => columns.findIndex((c) => c.key === key) + 1;
  const cellRow = mode === 'wide' ? '1' : '2';
  const reasonRow = mode === 'wide' ? '2' : '3';
  const cell = (key: ColumnKey): BlockPlacement => ({ key, gridColumn: `${at(key)} / ${at(key) + 1}`, gridRow: cellRow });
  return [
    // wide: the issue name is a row header in the first column; grid: a heading across the row
    mode === 'wide' ? { key: 'issue', gridColumn: '1 / 2', gridRow: '1 / 3' } : { key: 'issue', gridColumn: '1 / -1', gridRow: '1' },
    cell('first'),
    cell('distance'),
    cell('second'),
    cell('outcome'),
    // the reason sits under the two sides it compares
    { key: 'reason', gridColumn: `${at('first')} / ${at('second') + 1}`, gridRow: reasonRow },
  ];
}

/** On a phone card the gauge comes first, right under the issue, so the clash reads at once. */
const STACKED_ORDER: BlockKey[] = ['issue', 'distance', 'reason', 'first', 'second', 'outcome'];

/** The stance matrix for a container `width` px wide. Rows follow data/stances.json. */
export function layoutStances(story: Story, size: { width: number }): StancesLayout {
  const width = Math.max(0, Math.floor(size.width));
  const mode: StancesMode = width >= BREAKPOINTS.wide ? 'wide' : width >= BREAKPOINTS.grid ? 'grid' : 'stacked';
  const topics = new Map(story.topics.map((t) => [t.id, t]));

  let columns: StancesColumn[] = [];
  let gap = 0;
  let blocks: BlockPlacement[];
  let gaugeWidth: number;
  let labels: boolean;
  // A direct label may reach into its block's padding, never under its selection border.
  const labelWidth = Math.max(...story.meta.sides.map((s) => textWidth(s.shortName, LABEL_FONT, { bold: true }))) - CELL.pad;
  if (mode === 'stacked') {
    blocks = STACKED_ORDER.map((key) => ({ key, gridColumn: null, gridRow: null }));
    gaugeWidth = Math.max(0, Math.min(width - 2 * CELL_INSET, STACKED_GAUGE_MAX));
    labels = true;
  } else {
    ({ columns, gap } = gridColumns(width, mode));
    blocks = gridBlocks(columns, mode);
    // in a grid the two sides' columns flank the gauge, so they label the markers
    gaugeWidth = Math.max(0, (columns.find((c) => c.key === 'distance')?.width ?? 0) - 2 * CELL_INSET);
    labels = false;
  }

  const legendWidth = Math.floor(clamp((width - 3 * LEGEND_GAUGE.gap) / 4, LEGEND_GAUGE.min, LEGEND_GAUGE.max));
  const rows = story.stances.map((stance) => {
    const topic = topics.get(stance.topic);
    if (!topic) throw new Error(`stance ${stance.id}: unknown topic ${stance.topic}`);
    const step = distanceStep(stance.distance);
    return { stance, topic, step, gauge: gaugeGeometry(gaugeWidth, step, { labels, labelWidth }) };
  });

  return {
    width,
    mode,
    gap,
    columns,
    template: columns.length ? columns.map((c) => `${c.width}px`).join(' ') : null,
    blocks,
    rows,
    legend: DISTANCE_ORDER.map((distance, step) => ({ distance, gauge: gaugeGeometry(legendWidth, step, { r: LEGEND_GAUGE.r }) })),
    legendGap: LEGEND_GAUGE.gap,
    cell: { ...CELL },
  };
}

/**
 * The issues where the two sides are furthest apart and closest (the first in data order on
 * a tie); `closest` is null when every issue sits at the same distance.
 */
export function distanceExtremes(stances: Stance[]): { widest: Stance; closest: Stance | null } | null {
  const [first] = stances;
  if (!first) return null;
  let widest = first;
  let closest = first;
  for (const s of stances) {
    if (distanceStep(s.distance) > distanceStep(widest.distance)) widest = s;
    if (distanceStep(s.distance) < distanceStep(closest.distance)) closest = s;
  }
  return { widest, closest: closest.distance === widest.distance ? null : closest };
}

/** What a keyboard stop of the matrix is: an issue's heading, one of its cells, or its gauge. */
export type StopKind = 'issue' | 'first' | 'distance' | 'second' | 'outcome';

/** One keyboard stop: where it sits (visible row, column) and the explorer id it acts on. */
export interface StancesStop {
  /** Unique per stop (the heading and the gauge share their stance's id). */
  key: string;
  /** Explorer id: the stance for the heading and the gauge, `stance:side` for a cell. */
  id: string;
  kind: StopKind;
  /** Index among the visible rows. */
  row: number;
  /** Left-to-right column in a grid; position in reading order on a phone card. */
  col: number;
}

/** Left to right in a grid row (the heading is the row header). */
const GRID_STOPS: StopKind[] = ['issue', 'first', 'distance', 'second', 'outcome'];
/** A phone card in reading order: the same as its blocks, without the reason (plain text). */
const STACKED_STOPS = STACKED_ORDER.filter((k): k is StopKind => k !== 'reason');

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';
export const NAV_KEYS: readonly NavKey[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/**
 * The matrix's keyboard stops in reading order. A row shows while any of its cells does
 * (`visible(stance.id)`); a filtered cell is no stop. Cell ids are `${stance.id}:${side}`.
 */
export function stancesStops(
  stances: Stance[],
  sides: readonly [string, string],
  mode: StancesMode,
  visible: (id: string) => boolean = () => true,
): StancesStop[] {

  const order = mode === 'stacked' ? STACKED_STOPS : GRID_STOPS;
  const stops: StancesStop[] = [];
  let row = 0;
  for (const stance of stances) {
    if (!visible(stance.id)) continue;
    order.forEach((kind, col) => {
      const id = kind === 'issue' || kind === 'distance' ? stance.id : cellId(stance.id, cellOfColumn(kind, sides));
      if (id !== stance.id && !visible(id)) return;
      stops.push({ key: `${stance.id}/${kind}`, id, kind, row, col });
    });
    row++;
  }
  return stops;
}

/**
 * Where an arrow key, Home or End moves focus from the stop `from` (the first stop when
 * `from` is gone). In a grid: Left/Right along the issue, Up/Down to the same column of the
 * next issue (or its nearest stop, when that cell is filtered out); stacked cards: every
 * arrow follows reading order. Home/End: first/last stop of the matrix. Stays put at an edge.
 */
export function moveStop(stops: StancesStop[], from: string | null, key: NavKey, mode: StancesMode): StancesStop | undefined {
  const i = Math.max(0, stops.findIndex((s) => s.key === from));
  const current = stops[i];
  if (!current) return undefined;
  if (key === 'Home') return stops[0];
  if (key === 'End') return stops.at(-1);
  if (mode === 'stacked') {
    const step = key === 'ArrowLeft' || key === 'ArrowUp' ? -1 : 1;
    return stops[i + step] ?? current;
  }
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const step = key === 'ArrowLeft' ? -1 : 1;
    const next = stops[i + step];
    return next && next.row === current.row ? next : current;
  }
  const row = current.row + (key === 'ArrowUp' ? -1 : 1);
  const candidates = stops.filter((s) => s.row === row);
  if (!candidates.length) return current;
  // the same column, else the nearest one (to the left on a tie)
  return candidates.reduce((best, s) => {
    const d = Math.abs(s.col - current.col);
    const bestD = Math.abs(best.col - current.col);
    return d < bestD || (d === bestD && s.col < best.col) ? s : best;
  });
}
