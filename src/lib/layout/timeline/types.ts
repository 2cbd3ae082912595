/** What layoutTimeline returns and takes: plain objects in pixels, for the components to loop over. */
import type { StoryEvent } from '../../story/types.ts';
import type { LaneId } from './lanes.ts';
import type { Tick } from './scale.ts';
import type { Domain } from './time.ts';

/** One event drawn as a bar or an open end, with its label and its pointer and focus target. */
export interface EventMark {
  id: string;
  event: StoryEvent;
  lane: LaneId;
  /** Row inside the lane, from 0. */
  row: number;
  /** Row across the whole chart, top to bottom (for Up/Down keys). */
  globalRow: number;
  /** Start of the event and, for spans, the exact end (scale of the next day, month or year). */
  x0: number;
  x1: number | null;
  /** What is drawn: a span, or an open end that fades (no end is claimed). */
  shape: 'span' | 'open';
  drawX0: number;
  drawX1: number;
  /** Top of the bar. */
  barY: number;
  /** Forecasts are hollow and dashed; year-precision spans are lighter. */
  forecast: boolean;
  faint: boolean;
  label: { x: number; y: number; text: string; width: number; truncated: boolean } | null;
  /** The pointer and focus target: at least HIT_MIN square. */
  hit: { x: number; y: number; width: number; height: number };
}

/**
 * Where a lane holds more than it can show as bars (a story many times the real one), its
 * events in view are counted per day, week, month, quarter or year, one bin per period.
 */
export interface EventBin {
  /** `bin:<lane>:<start ms>`, unique in a layout. */
  id: string;
  lane: LaneId;
  /** The events it counts: those in view that start within the bin, in story order. */
  ids: string[];
  /** The period, in UTC ms: [start, end). Opening a bin zooms to it. */
  start: number;
  end: number;
  /** The period's part inside the window. */
  x0: number;
  x1: number;
  globalRow: number;
  barY: number;
  /** The count, centred, when it fits. */
  label: { x: number; y: number; text: string } | null;
  hit: { x: number; y: number; width: number; height: number };
}

/** A lane as drawn: its header and rows. */
export interface LaneBox {
  id: LaneId;
  label: string;
  /** Top of the lane (its header line). */
  y: number;
  height: number;
  rows: number;
  /** Too dense to draw event by event: counted in bins. */
  binned: boolean;
}

/** Everything the timeline draws for one width and window. */
export interface TimelineLayout {
  width: number;
  height: number;
  domain: Domain;
  lanes: LaneBox[];
  /** The events in the window, in lanes that are not binned; nothing outside the window is laid out. */
  marks: EventMark[];
  /** Counts standing for the events of binned lanes. */
  bins: EventBin[];
  ticks: Tick[];
  /** Top and bottom of the lane area (for grid lines and the summit band). */
  plotTop: number;
  plotBottom: number;
  /** The summit day as a band across the lanes, when in view. */
  summit: { x0: number; x1: number; label: { x: number; text: string } | null } | null;
  /** Bracket from the administration's start to the summit, with its day count. */
  bracket: { x0: number; x1: number; y: number; label: { x: number; text: string } | null } | null;
  /**
   * Time order for Left/Right (start, then lane, then row; no order is claimed within a day):
   * every included event, in view or not, except those a bin counts, which the bin stands for.
   */
  order: string[];
}

/** What the timeline is laid out for. */
export interface TimelineSize {
  width: number;
  /** Visible window; the whole story if omitted. */
  domain?: Domain;
  /** Which events to draw (the explorer's filters); all if omitted. The scale and annotations still span the whole story. */
  include?: (id: string) => boolean;
}
