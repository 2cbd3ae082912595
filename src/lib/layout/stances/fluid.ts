/**
 * The stance matrix as the page draws it: one markup for every width. CSS container queries
 * on the matrix pick grid or cards (StancesView, IssueRow), so the gauges cannot be drawn for
 * one width in pixels. Each mark is placed at a share of the gauge's track plus a fixed offset
 * (SVG percentages and a translate), which keeps markers round and labels at their type size
 * at any width. Resolved at a width it gives exactly what gaugeGeometry gives (gauge.ts), which
 * the export still uses. Pure: no Svelte, no DOM.
 */
import type { Distance, Stance, Story, Topic } from '../../story/types.ts';
import { DISTANCE_ORDER, distanceStep } from './distance.ts';
import { LABEL_GAP, MARKER_R, labelBand, labelPad } from './gauge.ts';
import { CELL } from './layout.ts';

/** A mark's horizontal place: `pct` % of the track, then `dx` px. */
export interface FluidX {
  pct: number;
  dx: number;
}

/**
 * One gauge for any width. The SVG box is the track (marker centres at opposed): it sits
 * `inset` px inside its block on each side, so the markers and labels overhang into that room.
 */
export interface FluidGauge {
  /** Room left and right of the track, px (labels and half a marker). */
  inset: number;
  /** Of `inset`, the room for the labels alone, px (0 without labels). */
  pad: number;
  /** Of `height` and `trackY`, the band the labels take above the track, px (0 without labels). */
  band: number;
  height: number;
  trackY: number;
  r: number;
  /** Side of the second side's square, centred on `second`. */
  square: number;
  first: FluidX;
  second: FluidX;
  /** Label anchors above the markers: the first side's text ends at `first`, the second's starts at `second`. */
  labels: { first: FluidX; second: FluidX; y: number } | null;
}

export interface FluidGaugeOptions {
  r?: number;
  labels?: boolean;
  names?: readonly [string, string];
  overhang?: number;
}

/**
 * The gauge for one step at any width. Aligned puts the markers side by side at the centre,
 * opposed at the track's ends; in between they move linearly, as in gaugeGeometry.
 */
export function fluidGauge(step: number, options: FluidGaugeOptions = {}): FluidGauge {
  const r = options.r ?? MARKER_R;
  const labels = options.labels ?? false;
  const s = Math.min(3, Math.max(0, step));
  const pad = labels ? labelPad(Infinity, r, options.names, options.overhang ?? 0) : 0;
  const band = labelBand(labels);
  const trackY = band + r + 6;
  const pct = 50 * (1 - s / 3);
  // the markers touch at aligned: each sits r px off its share of the track, less as they part
  const shift = r * (1 - s / 3);
  // a label ends at its marker's outer edge, or just short of the centre where the markers touch
  const labelDx = s === 0 ? LABEL_GAP : (r * s) / 3;
  return {
    inset: pad + r + 1,
    pad,
    band,
    height: band + 2 * r + 12,
    trackY,
    r,
    square: r * Math.sqrt(Math.PI),
    first: { pct, dx: -shift },
    second: { pct: 100 - pct, dx: shift },
    labels: labels
      ? { first: { pct: s === 0 ? 50 : pct, dx: s === 0 ? -labelDx : labelDx }, second: { pct: s === 0 ? 50 : 100 - pct, dx: s === 0 ? labelDx : -labelDx }, y: trackY - r - 5 }
      : null,
  };
}

/** Where a fluid mark lands on a track `track` px wide (for tests and for anything that must place it). */
export const resolveX = (x: FluidX, track: number): number => (x.pct / 100) * track + x.dx;

export interface FluidStancesRow {
  stance: Stance;
  topic: Topic;
  step: number;
  /**
   * The one gauge, with direct labels for a phone card; the grid (where the column
   * heads name the sides) hides them in CSS and drops their `pad` and `band`, which leaves
   * exactly the unlabelled gauge.
   */
  gauge: FluidGauge;
}

export interface FluidStances {
  rows: FluidStancesRow[];
  legend: { distance: Distance; gauge: FluidGauge }[];
  /** Width of each legend gauge's box and the space between them, px (four fit in 280 px). */
  legendWidth: number;
  legendGap: number;
  cell: { pad: number; border: number };
}

/** Legend gauges: four on one line at a 320 px phone's 288 px column. */
const LEGEND = { width: 64, gap: 8, r: 6 } as const;

/** The stance matrix for every width at once. Rows follow data/stances.json. */
export function fluidStances(story: Story): FluidStances {
  const topics = new Map(story.topics.map((t) => [t.id, t]));
  const names = [story.meta.sides[0].shortName, story.meta.sides[1].shortName] as const;
  const rows = story.stances.map((stance) => {
    const topic = topics.get(stance.topic);
    if (!topic) throw new Error(`stance ${stance.id}: unknown topic ${stance.topic}`);
    const step = distanceStep(stance.distance);
    return {
      stance,
      topic,
      step,
      // a label may reach into the block's padding, not its selection border
      gauge: fluidGauge(step, { labels: true, names, overhang: CELL.pad }),
    };
  });
  return {
    rows,
    legend: DISTANCE_ORDER.map((distance, step) => ({ distance, gauge: fluidGauge(step, { r: LEGEND.r }) })),
    legendWidth: LEGEND.width,
    legendGap: LEGEND.gap,
    cell: { ...CELL },
  };
}
