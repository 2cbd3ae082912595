/** The reaction network's sizes, breakpoints and tone strokes, shared by layout and drawing. */
import type { Tone } from '../../story/types.ts';

/** Font size of node labels, in px. */
export const LABEL_FONT_SIZE = 13;
/** Height of a label's box: one line of 13 px text with its halo. */
export const LABEL_HEIGHT = 17;
/** Gap between a node's edge and its label. */
export const LABEL_GAP = 4;
/** Minimum free space kept around labels and nodes when checking overlaps. */
export const CLEARANCE = 2;
/** Inner margin of the box. */
export const MARGIN = 6;
/** Band at the top for the column heads ("Who reacted", "To what", "About what"). */
export const HEAD_HEIGHT = 28;
/** Column heads are 12 px bold capitals with a little letter spacing. */
export const HEAD_FONT_SIZE = 12;
/** Below this width labels beside the nodes do not fit; they go below instead. */
export const WIDE_MIN_WIDTH = 600;
/** Widest span the columns use on very wide screens, so edges stay readable. */
export const MAX_SPAN = 1000;
/** Side of a grid cell for overlap checks: about one label's height and a half. */
export const GRID_CELL = 32;

/**
 * Breakpoints the build lays the network out for, like a newsroom graphic's artboards: the
 * browser draws the widest layout that fits its box, at the theme's scale (type stays at its
 * size), centred; steps of about 10 % keep the margin small. Past 1000 px the columns span
 * no wider (MAX_SPAN), so the 1000 px layout serves every wider box.
 */
export const NETWORK_WIDTHS = [280, 310, 340, 375, 410, 450, 500, 550, 600, 660, 720, 790, 860, 930, 1000] as const;

/**
 * How each tone is drawn. Tones carry no hue (lib/colour: a hue means a group), so style and
 * weight say it: welcoming a heavy solid line, positive a thin one ending in a dot, cautious
 * dashed, critical dotted ending in a bar; the strong tones in the darkest ink.
 */
export const TONE_STROKES: Record<Tone, { dash: string | null; marker: 'none' | 'dot' | 'bar'; width: number }> = {
  welcome: { dash: null, marker: 'none', width: 3.5 },
  positive: { dash: null, marker: 'dot', width: 1.5 },
  cautious: { dash: '7 4', marker: 'none', width: 2 },
  critical: { dash: '2 3', marker: 'bar', width: 2.5 },
};
