/**
 * One distance gauge: a track with the first side's circle on the left and the second side's
 * square on the right, their gap growing from aligned to opposed, with the sides' short
 * names above the markers on a phone card.
 */
import { textWidth } from '../../text/measure.ts';

export interface GaugeOptions {
  /** Marker radius (the second side's square has the same area). */
  r?: number;
  /** Direct labels (the sides' short names) above the markers. */
  labels?: boolean;
  /**
   * The two short names the labels show, first side first: the gauge leaves room for them
   * at its ends. Without them it leaves room for names of about five letters.
   */
  names?: readonly [string, string];
  /**
   * How far a label may reach past the gauge's ends, into the padding of the block around
   * it (never into its selection border).
   */
  overhang?: number;
}

/** One distance gauge, in CSS pixels inside its own box. */
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

export const MARKER_R = 8;
/** Band above the track for the direct labels (13 px text). */
const LABEL_BAND = 18;
/** The labels' type: 13 px at weight 600, measured as bold so the estimate errs wide. */
const LABEL_FONT_SIZE = 13;
/**
 * The least side padding: room for a short side name (about five letters), which ends at its
 * marker's right edge, at opposed. Longer names get more (labelPad).
 */
const LABEL_PAD = 24;
/** Space between the two labels when the markers touch. */
export const LABEL_GAP = 3;
/** The track keeps at least a third of the gauge, however long the names. */
const MAX_PAD_SHARE = 1 / 3;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Height of the band above the track that holds the direct labels (none without them). */
export const labelBand = (labels: boolean): number => (labels ? LABEL_BAND : 0);

/**
 * Side padding for labels at opposed, where each marker sits at its end of the track: the
 * first name ends at its marker's right edge and must not start before the box (less the
 * overhang it may take); the second, mirrored. Measured from the names (lib/text/measure.ts).
 * `width` Infinity: no cap (a fluid gauge, fluid.ts).
 */
export function labelPad(width: number, r: number, names: readonly [string, string] | undefined, overhang: number): number {
  if (!names) return LABEL_PAD;
  const longest = Math.max(...names.map((n) => textWidth(n, LABEL_FONT_SIZE, { bold: true })));
  // text from (pad + 2r + 1 - longest) to the marker's edge
  const need = Math.ceil(longest - 2 * r - 1 - overhang);
  return clamp(need, LABEL_PAD, Math.max(LABEL_PAD, Math.floor(width * MAX_PAD_SHARE)));
}

/**
 * The gauge for one step. Aligned puts the markers side by side at the centre; each step
 * adds a third of the remaining track, so opposed puts them at the two ends.
 */
export function gaugeGeometry(width: number, step: number, options: GaugeOptions = {}): Gauge {
  const r = options.r ?? MARKER_R;
  const labels = options.labels ?? false;
  const pad = labels ? labelPad(width, r, options.names, options.overhang ?? 0) : 0;
  const band = labelBand(labels);
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
