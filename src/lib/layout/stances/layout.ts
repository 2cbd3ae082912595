/**
 * Geometry of the stance matrix: from the container's width, whether the issues form a grid
 * or a stack of cards, where each block of an issue goes, the column widths, and each
 * issue's distance gauge (gauge.ts). Pure: no Svelte, no DOM; every number is in CSS pixels.
 */
import type { Distance, Stance, Story, Topic } from '../../story/types.ts';
import { DISTANCE_ORDER, distanceStep } from './distance.ts';
import { gaugeGeometry, type Gauge } from './gauge.ts';

/**
 * Issues shown before "Show all": a story with hundreds of contested issues would draw
 * thousands of cells the reader cannot take in at once (the real story has three).
 */
export const FIRST_ISSUES = 20;

/** Below `grid` the issues stack as cards; from `wide` the issue names get a column of their own. */
export const BREAKPOINTS = { grid: 560, wide: 1000 } as const;

/** The mode for a matrix `width` px wide (the page's CSS container queries use the same breakpoints). */
export function stancesMode(width: number): StancesMode {
  return width >= BREAKPOINTS.wide ? 'wide' : width >= BREAKPOINTS.grid ? 'grid' : 'stacked';
}

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

/** Inside each block: padding, then a border that shows only when the block is selected. */
export const CELL = { pad: 8, border: 2 } as const;
const CELL_INSET = CELL.pad + CELL.border;
/** A stacked card's gauge stops growing here, so the gap stays readable as a gap. */
const STACKED_GAUGE_MAX = 360;
/** Legend gauges: up to 72 px each, narrower so the four steps stay on one line at 320 px. */
const LEGEND_GAUGE = { max: 72, min: 56, gap: 8, r: 6 } as const;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

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
export const STACKED_ORDER: readonly BlockKey[] = ['issue', 'distance', 'reason', 'first', 'second', 'outcome'];

/** The stance matrix for a container `width` px wide. Rows follow data/stances.json. */
export function layoutStances(story: Story, size: { width: number }): StancesLayout {
  const width = Math.max(0, Math.floor(size.width));
  const mode = stancesMode(width);
  const topics = new Map(story.topics.map((t) => [t.id, t]));

  let columns: StancesColumn[] = [];
  let gap = 0;
  let blocks: BlockPlacement[];
  let gaugeWidth: number;
  let labels: boolean;
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
  // a label may reach into the block's padding, not its selection border
  const names = [story.meta.sides[0].shortName, story.meta.sides[1].shortName] as const;
  const gaugeOptions = { labels, names, overhang: CELL.pad };

  const legendWidth = Math.floor(clamp((width - 3 * LEGEND_GAUGE.gap) / 4, LEGEND_GAUGE.min, LEGEND_GAUGE.max));
  const rows = story.stances.map((stance) => {
    const topic = topics.get(stance.topic);
    if (!topic) throw new Error(`stance ${stance.id}: unknown topic ${stance.topic}`);
    const step = distanceStep(stance.distance);
    return { stance, topic, step, gauge: gaugeGeometry(gaugeWidth, step, gaugeOptions) };
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
