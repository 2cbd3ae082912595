/** The chart's pixel metrics, and text measured at its label size (lib/text/measure.ts). */
import { fitText as fitMeasured, textWidth as measureText } from '../../text/measure.ts';

/** Pixel constants of the chart (the component reads these for its own small arithmetic). */
export const LABEL_FONT = 13;
export const AXIS_H = 36;
export const ANNOTATION_H = 26;
export const LANE_HEAD = 22;
export const ROW_H = 28;
export const BAR_H = 20;
export const LANE_GAP = 10;
export const HIT_MIN = 24;
/** Room between a label and the edge of what it sits in. */
export const LABEL_PAD = 6;
/** Shortest drawn open end (undated or forecast); longer when a day is wider than this. */
export const OPEN_MIN_PX = 40;
/**
 * Narrower than this (a phone), lanes the filters leave empty fold away: every row of a
 * phone's screen counts. Wider, they stay, so the chart holds still as filters change.
 */
export const FOLD_EMPTY_BELOW = 560;

/** A label's width at the timeline's label size unless told otherwise (lib/text/measure.ts). */
export const textWidth = (text: string, fontSize = LABEL_FONT): number => measureText(text, fontSize);

/** The longest prefix of `text` (plus an ellipsis) that fits `width`, or null if not even a few letters do. */
export const fitText = (text: string, width: number, fontSize = LABEL_FONT): string | null => fitMeasured(text, width, fontSize);

/** Rows the table lists before "Show all": a long story's full table costs more to draw than the chart. */
export const TABLE_FIRST_ROWS = 100;
