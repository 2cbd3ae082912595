/**
 * Timeline layout: lanes by actor group, a UTC time scale over the visible window, marks that
 * claim only the precision the article gives, labels packed into rows so they never overlap,
 * and the zoom/pan/keyboard maths the component's gestures call. Pure: story + size in, pixels out.
 */
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3';

/**
 * A linear UTC time scale, ms -> px, rounded to 0.1 px (finer than any screen, and the
 * prerendered SVG stays short). d3's scaleUtc does the same sum but brings d3-interpolate,
 * d3-color and d3-time-format with it: ~9 KB gzipped for one multiplication.
 */
export function utcScale(domain: readonly [number | Date, number | Date], range: readonly [number, number]): (t: number | Date) => number {
  const d0 = +domain[0];
  const span = +domain[1] - d0 || 1;
  const [r0, r1] = range;
  return (t) => Math.round((r0 + ((+t - d0) / span) * (r1 - r0)) * 10) / 10;
}
import type { ActorGroup, Story, StoryEvent } from '../story/types.ts';
import { isoDateEnd, isoDateStart } from '../format.ts';
import { shared, timeline as strings } from '../strings.ts';
import { fitText as fitMeasured, textWidth as measureText } from '../text/measure.ts';

export type LaneId = Exclude<ActorGroup, 'north-korea'> | 'joint';
/** A visible time window, in UTC milliseconds: [start, end). */
export type Domain = [number, number];

/** Top to bottom: Korea, the joint lane beside it, then the US and the reactions. */
export const LANE_ORDER: readonly LaneId[] = ['korea', 'joint', 'united-states', 'japan', 'media', 'korean-parties'];

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** Narrowest window: a single day then fills 80% of the width. No finer: the article gives no times. */
export const MIN_SPAN = 30 * HOUR;

/** Pixel constants of the chart (the component reads these for its own small arithmetic). */
export const LABEL_FONT = 13;
export const AXIS_H = 36;
export const ANNOTATION_H = 26;
export const LANE_HEAD = 22;
export const ROW_H = 28;
export const BAR_H = 20;
export const LANE_GAP = 10;
export const HIT_MIN = 24;
const LABEL_PAD = 6;
const ROW_GAP = 8;
/** Shortest drawn open end (undated or forecast); longer when a day is wider than this. */
export const OPEN_MIN_PX = 40;
/** Room kept clear of text at the end of an open mark, for its arrow. */
const ARROW_ROOM = 14;
/** A day is never drawn thinner than this, so it stays visible in the whole-story view. */
const DAY_MIN_PX = 2;

/** A label's width at the timeline's label size unless told otherwise (lib/text/measure.ts). */
export const textWidth = (text: string, fontSize = LABEL_FONT): number => measureText(text, fontSize);

/** The longest prefix of `text` (plus an ellipsis) that fits `width`, or null if not even a few letters do. */
export const fitText = (text: string, width: number, fontSize = LABEL_FONT): string | null => fitMeasured(text, width, fontSize);

/** The lane of an event: joint when Korea and the US both act; else the first actor's group that is not North Korea. */
export function laneOf(event: StoryEvent, groupOf: ReadonlyMap<string, ActorGroup>): LaneId {
  const groups = event.actors.map((id) => groupOf.get(id));
  if (groups.includes('korea') && groups.includes('united-states')) return 'joint';
  const first = groups.find((g): g is Exclude<ActorGroup, 'north-korea'> => g !== undefined && g !== 'north-korea');
  if (!first) throw new Error(`event ${event.id}: no actor with a timeline lane`);
  return first;
}

export function laneLabel(lane: LaneId): string {
  return lane === 'joint' ? strings.jointLane : (shared.groups as Record<string, string>)[lane]!;
}

/** Parsed once per event: every pan, zoom and filter lays the timeline out again. */
const intervals = new WeakMap<StoryEvent, { start: number; end: number | null }>();

/** Start and (for spans) exclusive end of an event in UTC ms; open-ended precisions have no end. */
export function eventInterval(e: StoryEvent): { readonly start: number; readonly end: number | null } {
  let interval = intervals.get(e);
  if (!interval) {
    const start = isoDateStart(e.date).getTime();
    interval = { start, end: e.precision === 'after' || e.precision === 'expected' ? null : isoDateEnd(e.date).getTime() };
    intervals.set(e, interval);
  }
  return interval;
}

/** Whole months around every dated thing in the story: the widest window the reader may see. */
export function storyExtent(story: Story): Domain {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of story.events) {
    const { start, end } = eventInterval(e);
    lo = Math.min(lo, start);
    hi = Math.max(hi, end ?? start + DAY);
  }
  return [utcMonth.floor(new Date(lo)).getTime(), utcMonth.ceil(new Date(hi)).getTime()];
}

/** The day with the most day-precision events: the summit. */
export function summitDay(story: Story): number {
  const counts = new Map<number, number>();
  for (const e of story.events) {
    if (e.precision !== 'day') continue;
    const t = eventInterval(e).start;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  let best = NaN;
  let bestCount = 0;
  for (const [t, n] of counts) if (n > bestCount) [best, bestCount] = [t, n];
  return best;
}

export type PresetId = keyof typeof strings.presets;

/** Preset windows: the whole story, the summit day (filling 80% of the width), the weeks after it. */
export function presets(story: Story): Record<PresetId, Domain> {
  const summit = summitDay(story);
  return {
    whole: storyExtent(story),
    summit: [summit - 3 * HOUR, summit + DAY + 3 * HOUR],
    after: [summit - 7 * DAY, summit + 42 * DAY],
  };
}

/** Keep a window inside the story and between MIN_SPAN and the whole extent, preserving its position. */
export function clampDomain([d0, d1]: Domain, extent: Domain): Domain {
  const full = extent[1] - extent[0];
  const span = Math.min(full, Math.max(MIN_SPAN, d1 - d0));
  const mid = (d0 + d1) / 2;
  let start = mid - span / 2;
  start = Math.max(extent[0], Math.min(extent[1] - span, start));
  return [start, start + span];
}

/** Zoom by `factor` (>1 zooms in) keeping the instant at `anchor` (0..1 across the window) in place. */
export function zoomDomain([d0, d1]: Domain, factor: number, anchor: number, extent: Domain): Domain {
  const span = d1 - d0;
  const full = extent[1] - extent[0];
  const next = Math.min(full, Math.max(MIN_SPAN, span / factor));
  const at = d0 + anchor * span;
  let start = at - anchor * next;
  start = Math.max(extent[0], Math.min(extent[1] - next, start));
  return [start, start + next];
}

/** Move the window by `ms`, stopping at the ends of the story. */
export function panDomain([d0, d1]: Domain, ms: number, extent: Domain): Domain {
  const span = d1 - d0;
  const start = Math.max(extent[0], Math.min(extent[1] - span, d0 + ms));
  return [start, start + span];
}

/** Centre the window on `t` without changing its width (used when keyboard focus leaves the view). */
export function centreOn([d0, d1]: Domain, t: number, extent: Domain): Domain {
  return panDomain([d0, d1], t - (d0 + d1) / 2, extent);
}

/** A visible window as whole UTC days, end exclusive, as the URL carries it. */
export type DayWindow = [string, string];

const MINUTE = 60_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * The window to share: the visible domain widened to whole UTC days (the article gives no
 * times, so a link needs none); null when it shows the whole story.
 */
export function windowOfDomain([d0, d1]: Domain, extent: Domain): DayWindow | null {
  // Zoom maths leaves sub-millisecond noise; without rounding, a midnight edge could spill into the next day.
  const start = utcDay.floor(new Date(Math.round(d0 / MINUTE) * MINUTE)).getTime();
  const end = utcDay.ceil(new Date(Math.round(d1 / MINUTE) * MINUTE)).getTime();
  if (start <= extent[0] && end >= extent[1]) return null;
  return [isoDay(start), isoDay(end)];
}

export function sameWindow(a: DayWindow | null, b: DayWindow | null): boolean {
  return a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1]);
}

/**
 * The domain a shared window shows. A preset's window gives back the preset itself, so a link
 * to the summit day looks exactly like pressing "Summit day"; any other window shows its whole days.
 */
export function domainOfWindow(story: Story, window: DayWindow | null): Domain {
  const extent = storyExtent(story);
  if (!window) return extent;
  const preset = Object.values(presets(story)).find((p) => sameWindow(windowOfDomain(p, extent), window));
  return clampDomain(preset ?? [isoDateStart(window[0]).getTime(), isoDateStart(window[1]).getTime()], extent);
}

export interface Tick {
  /** Position of the tick line. */
  x: number;
  /** Day or month label, or null when it would not fit before the next tick or the edge. */
  label: string | null;
  /** The year, on a second line, under the first tick and each new year. */
  year: string | null;
  /** A year boundary: drawn a little stronger. */
  major: boolean;
}

/** A tick interval and whether its labels name days (`25 Aug`) or months (`Aug`). */
interface TickInterval { interval: TimeInterval; days: boolean }

const MONTHLY: TickInterval[] = [utcMonth, utcMonth.every(2)!, utcMonth.every(3)!, utcMonth.every(6)!, utcYear]
  .map((interval) => ({ interval, days: false }));
const TICK_INTERVALS: TickInterval[] = [
  ...[utcDay, utcDay.every(2)!, utcMonday].map((interval) => ({ interval, days: true })),
  ...MONTHLY,
];

/**
 * Ticks for a window: the finest interval (never finer than a day, since the article gives no
 * times) whose labels all fit before the next tick; a label that would cross the right edge is dropped.
 */
export function timeTicks(domain: Domain, width: number, intervals: TickInterval[] = TICK_INTERVALS, fontSize = 12): Tick[] {
  const x = utcScale(domain, [0, width]);
  for (const [i, { interval, days }] of intervals.entries()) {
    const dates = interval.range(new Date(domain[0]), new Date(domain[1] + 1));
    if (dates.length > 60 && i < intervals.length - 1) continue;
    const ticks = dates.map((t, j) => {
      const newYear = t.getUTCMonth() === 0 && t.getUTCDate() === 1;
      const month = strings.months[t.getUTCMonth()]!;
      return {
        x: x(t),
        text: days ? `${t.getUTCDate()} ${month}` : month,
        year: j === 0 || newYear ? String(t.getUTCFullYear()) : null,
        major: newYear,
      };
    });
    const room = (t: (typeof ticks)[number]) => Math.max(textWidth(t.text, fontSize), t.year ? textWidth(t.year, fontSize) : 0) + 4;
    const fits = ticks.every((t, j) => j === ticks.length - 1 || ticks[j + 1]!.x - t.x >= room(t) + 10);
    if (!fits && i < intervals.length - 1) continue;
    return ticks.map((t) => {
      const inside = t.x + room(t) <= width;
      return { x: t.x, major: t.major, label: inside ? t.text : null, year: inside ? t.year : null };
    });
  }
  return [];
}

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

export interface TimelineSize {
  width: number;
  /** Visible window; the whole story if omitted. */
  domain?: Domain;
  /** Which events to draw (the explorer's filters); all if omitted. The scale and annotations still span the whole story. */
  include?: (id: string) => boolean;
}

/** A lane needing more rows than this in view is binned (the real story needs at most four). */
export const MAX_LANE_ROWS = 8;
/** So is a lane with more events than this in view, however few rows they need. */
export const MAX_LANE_MARKS = 60;
/** Narrowest bin, px: room for a three-digit count. */
export const BIN_MIN_PX = 36;
/** Rows the table lists before "Show all": a long story's full table costs more to draw than the chart. */
export const TABLE_FIRST_ROWS = 100;

/** Bin periods, finest first, with their shortest length in days. */
const BIN_PERIODS: { interval: TimeInterval; days: number }[] = [
  { interval: utcDay, days: 1 },
  { interval: utcMonday, days: 7 },
  { interval: utcMonth, days: 28 },
  { interval: utcMonth.every(3)!, days: 90 },
  { interval: utcYear, days: 365 },
];

/** The finest period whose bins are at least BIN_MIN_PX wide when a day is `dayWidth` px. */
export function binPeriod(dayWidth: number): TimeInterval {
  return (BIN_PERIODS.find((p) => p.days * dayWidth >= BIN_MIN_PX) ?? BIN_PERIODS[BIN_PERIODS.length - 1]!).interval;
}

/** Greedy rows: each item goes into the first row whose last occupant ends before it. Returns the row count. */
function packRows(items: { id: string; hitX0: number; hitX1: number; index: number }[], rowOf: Map<string, number>): number {
  const sorted = [...items].sort((a, b) => a.hitX0 - b.hitX0 || a.index - b.index);
  const rowEnds: number[] = [];
  for (const d of sorted) {
    let row = rowEnds.findIndex((end) => end + ROW_GAP <= d.hitX0);
    if (row === -1) row = rowEnds.push(d.hitX1) - 1;
    else rowEnds[row] = d.hitX1;
    rowOf.set(d.id, row);
  }
  return Math.max(1, rowEnds.length);
}

/**
 * Lay out the timeline for a width and a visible window. Only events in the window are laid
 * out; a lane too dense to read event by event (more than MAX_LANE_ROWS rows or
 * MAX_LANE_MARKS events in view) shows one count per period instead, so the chart never
 * draws more than about MAX_LANE_MARKS marks a lane, whatever the story's size.
 */
export function layoutTimeline(story: Story, { width, domain, include }: TimelineSize): TimelineLayout {
  const extent = storyExtent(story);
  const dom = clampDomain(domain ?? extent, extent);
  const x = utcScale(dom, [0, width]);
  const dayWidth = (DAY / (dom[1] - dom[0])) * width;
  const groupOf = new Map(story.actors.map((a) => [a.id, a.group] as const));

  type Draft = Omit<EventMark, 'row' | 'globalRow' | 'barY' | 'label' | 'hit'> & {
    label: { x: number; text: string; width: number; truncated: boolean } | null;
    hitX0: number;
    hitX1: number;
    index: number;
  };
  const events = include ? story.events.filter((e) => include(e.id)) : story.events;
  /** Every included event's place in time, for the keyboard order; drafts only for those in view. */
  const placed: { id: string; lane: LaneId; start: number; x0: number }[] = [];
  const drafts: Draft[] = [];
  events.forEach((event, index) => {
    const lane = laneOf(event, groupOf);
    const { start, end } = eventInterval(event);
    const x0 = x(start);
    placed.push({ id: event.id, lane, start, x0 });
    const x1 = end === null ? null : x(end);
    const shape = x1 === null ? 'open' : 'span';
    const drawX1 = x1 === null ? x0 + Math.max(OPEN_MIN_PX, dayWidth) : Math.max(x1, x0 + DAY_MIN_PX);
    if (drawX1 <= 0 || x0 >= width) return;
    drafts.push({
      id: event.id, event, lane, x0, x1, shape, drawX0: x0, drawX1, label: null, hitX0: x0, hitX1: drawX1, index,
      forecast: event.kind === 'forecast',
      faint: event.precision === 'year' || event.precision === 'month',
    });
  });

  /** Label and hit area of a mark that is drawn as such (a binned lane needs neither). */
  const labelMark = (d: Draft) => {
    // Inside the mark when the whole title fits there, else after it; failing both, wherever more of it fits.
    const insideX = Math.max(d.x0, 0) + LABEL_PAD;
    const insideRoom = Math.min(d.drawX1 - (d.shape === 'open' ? ARROW_ROOM : LABEL_PAD), width - 2) - insideX;
    const afterX = Math.max(d.drawX1, 0) + 4;
    const afterRoom = width - afterX - 2;
    const full = textWidth(d.event.title);
    const inside = full <= insideRoom || (full > afterRoom && insideRoom >= afterRoom);
    const [lx, room] = inside ? [insideX, insideRoom] : [afterX, afterRoom];
    const text = fitText(d.event.title, room);
    d.label = text ? { x: lx, text, width: textWidth(text), truncated: text !== d.event.title } : null;
    d.hitX0 = Math.min(d.x0, d.label?.x ?? d.x0);
    d.hitX1 = Math.max(d.drawX1, d.label ? d.label.x + d.label.width : d.drawX1);
    if (d.hitX1 - d.hitX0 < HIT_MIN) {
      const mid = (d.hitX0 + d.hitX1) / 2;
      [d.hitX0, d.hitX1] = [mid - HIT_MIN / 2, mid + HIT_MIN / 2];
    }
  };

  const rowOf = new Map<string, number>();
  const rowsIn = new Map<LaneId, number>();
  const binned = new Set<LaneId>();
  for (const lane of LANE_ORDER) {
    const inLane = drafts.filter((d) => d.lane === lane);
    if (inLane.length <= MAX_LANE_MARKS) inLane.forEach(labelMark);
    const rows = inLane.length > MAX_LANE_MARKS ? Infinity : packRows(inLane, rowOf);
    if (rows > MAX_LANE_ROWS) binned.add(lane);
    rowsIn.set(lane, binned.has(lane) ? 1 : rows);
  }

  const plotTop = AXIS_H + ANNOTATION_H;
  const lanes: LaneBox[] = [];
  const laneRowBase = new Map<LaneId, { y: number; globalRow: number }>();
  let y = plotTop;
  let globalRow = 0;
  for (const id of LANE_ORDER) {
    const rows = rowsIn.get(id)!;
    const height = LANE_HEAD + rows * ROW_H;
    lanes.push({ id, label: laneLabel(id), y, height, rows, binned: binned.has(id) });
    laneRowBase.set(id, { y: y + LANE_HEAD, globalRow });
    y += height + LANE_GAP;
    globalRow += rows;
  }
  const plotBottom = y - LANE_GAP;

  const marks: EventMark[] = drafts.filter((d) => !binned.has(d.lane)).map(({ hitX0, hitX1, index: _index, label, ...d }) => {
    const row = rowOf.get(d.id)!;
    const base = laneRowBase.get(d.lane)!;
    const rowTop = base.y + row * ROW_H;
    return {
      ...d,
      row,
      globalRow: base.globalRow + row,
      barY: rowTop + (ROW_H - BAR_H) / 2,
      label: label && { ...label, y: rowTop + ROW_H / 2 + LABEL_FONT * 0.35 },
      hit: { x: hitX0, y: rowTop + (ROW_H - HIT_MIN) / 2, width: hitX1 - hitX0, height: HIT_MIN },
    };
  });
  const bins = binLanes(drafts.filter((d) => binned.has(d.lane)), binPeriod(dayWidth), x, width, laneRowBase);

  // Left/Right: what is drawn, plus the events out of view (focus pans to them).
  const inBin = new Set(bins.flatMap((b) => b.ids));
  const laneIndex = (l: LaneId) => LANE_ORDER.indexOf(l);
  const stops = [
    ...placed.filter((p) => !inBin.has(p.id)).map((p) => ({ id: p.id, x: p.x0, lane: laneIndex(p.lane), row: rowOf.get(p.id) ?? 0 })),
    ...bins.map((b) => ({ id: b.id, x: x(b.start), lane: laneIndex(b.lane), row: 0 })),
  ];
  const order = stops.sort((a, b) => a.x - b.x || a.lane - b.lane || a.row - b.row).map((s) => s.id);

  return {
    width, height: plotBottom + 8, domain: dom, lanes, marks, bins, ticks: timeTicks(dom, width), plotTop, plotBottom,
    summit: summitBand(story, x, width),
    bracket: daysBracket(story, x, width),
    order,
  };
}

/** One bin per period and lane, counting the lane's events in view by their start. */
function binLanes(
  drafts: { id: string; lane: LaneId; x0: number; event: StoryEvent }[],
  period: TimeInterval,
  x: (t: number) => number,
  width: number,
  laneRowBase: Map<LaneId, { y: number; globalRow: number }>,
): EventBin[] {
  const byKey = new Map<string, EventBin>();
  for (const d of drafts) {
    const start = period.floor(new Date(eventInterval(d.event).start)).getTime();
    const id = `bin:${d.lane}:${start}`;
    const bin = byKey.get(id);
    if (bin) {
      bin.ids.push(d.id);
      continue;
    }
    const end = period.offset(new Date(start), 1).getTime();
    const base = laneRowBase.get(d.lane)!;
    const x0 = Math.max(0, x(start));
    const x1 = Math.min(width, x(end));
    const mid = (x0 + x1) / 2;
    const hitX0 = x1 - x0 < HIT_MIN ? mid - HIT_MIN / 2 : x0;
    byKey.set(id, {
      id, lane: d.lane, ids: [d.id], start, end, x0, x1,
      globalRow: base.globalRow,
      barY: base.y + (ROW_H - BAR_H) / 2,
      label: null,
      hit: { x: hitX0, y: base.y + (ROW_H - HIT_MIN) / 2, width: Math.max(HIT_MIN, x1 - x0), height: HIT_MIN },
    });
  }
  const bins = [...byKey.values()];
  for (const b of bins) {
    const text = String(b.ids.length);
    if (textWidth(text) + 2 * LABEL_PAD <= b.x1 - b.x0) {
      b.label = { x: (b.x0 + b.x1) / 2, y: b.barY + BAR_H / 2 + LABEL_FONT * 0.35, text };
    }
  }
  return bins;
}

function summitBand(story: Story, x: (t: number) => number, width: number): TimelineLayout['summit'] {
  const day = summitDay(story);
  if (!Number.isFinite(day)) return null;
  const x0 = x(day);
  const x1 = x(day + DAY);
  if (x1 < 0 || x0 > width) return null;
  // Inside the band when the day is wide (the summit-day view), else just after it.
  const inside = Math.max(0, x0) + LABEL_PAD;
  for (const text of [strings.summitMarkerLong, strings.summitMarker]) {
    if (inside + textWidth(text, 12) + LABEL_PAD <= Math.min(x1, width)) return { x0, x1, label: { x: inside, text } };
  }
  const text = strings.summitMarker;
  return { x0, x1, label: x1 + 4 + textWidth(text, 12) <= width ? { x: x1 + 4, text } : null };
}

/** The administration's first day (the earliest Korean event) to the summit, labelled with the day count. */
function daysBracket(story: Story, x: (t: number) => number, width: number): TimelineLayout['bracket'] {
  const summit = summitDay(story);
  const first = story.events
    .filter((e) => e.precision === 'day' && e.actors.includes('lee-jae-myung'))
    .map((e) => eventInterval(e).start)
    .filter((t) => t < summit)
    .sort((a, b) => a - b)[0];
  if (first === undefined) return null;
  const days = Math.round((summit - first) / DAY);
  const x0 = Math.max(0, x(first));
  const x1 = Math.min(width, x(summit));
  if (x1 - x0 < 4) return null;
  let label: { x: number; text: string } | null = null;
  for (const text of [strings.daysInto(days), strings.daysShort(days)]) {
    const w = textWidth(text, 12);
    if (w + 12 <= x1 - x0) {
      label = { x: (x0 + x1) / 2, text };
      break;
    }
  }
  return { x0, x1, y: AXIS_H + ANNOTATION_H - 8, label };
}

/** Widest tooltip, in pixels (narrower on a narrow chart). */
export const TOOLTIP_W = 240;
/** Room a tooltip needs above its mark; marks nearer the top get theirs below. */
const TOOLTIP_ROOM = 100;
const TOOLTIP_GAP = 6;

/**
 * Where a mark's tooltip goes: over the visible part of the mark, kept inside the chart, above
 * the mark when there is room (`y` is then the tooltip's bottom edge) and below it otherwise.
 */
export function tooltipAnchor(mark: Pick<EventMark, 'hit'>, width: number, tipWidth = TOOLTIP_W): { x: number; y: number; above: boolean; width: number } {
  const w = Math.min(tipWidth, width);
  const x = Math.max(0, Math.min(width - w, Math.max(mark.hit.x, 0)));
  const above = mark.hit.y >= TOOLTIP_ROOM;
  const y = above ? mark.hit.y - TOOLTIP_GAP : mark.hit.y + mark.hit.height + TOOLTIP_GAP;
  return { x, y, above, width: w };
}

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/** Where keyboard focus moves from `id` (an event or a bin): time order for Left/Right, nearest in the next row for Up/Down. */
export function neighbour(layout: TimelineLayout, id: string, key: NavKey): string {
  const { order, marks } = layout;
  const i = order.indexOf(id);
  if (key === 'Home') return order[0]!;
  if (key === 'End') return order[order.length - 1]!;
  if (key === 'ArrowLeft') return order[Math.max(0, i - 1)]!;
  if (key === 'ArrowRight') return order[Math.min(order.length - 1, i + 1)]!;
  const drawn: { id: string; globalRow: number; x0: number }[] = [...marks, ...layout.bins];
  const here = drawn.find((m) => m.id === id);
  if (!here) return id;
  const step = key === 'ArrowDown' ? 1 : -1;
  const rows = [...new Set(drawn.map((m) => m.globalRow))].sort((a, b) => step * (a - b));
  const target = rows.find((r) => step * (r - here.globalRow) > 0);
  if (target === undefined) return id;
  const candidates = drawn.filter((m) => m.globalRow === target);
  return candidates.reduce((best, m) => (Math.abs(m.x0 - here.x0) < Math.abs(best.x0 - here.x0) ? m : best)).id;
}

export interface OverviewLayout {
  width: number;
  height: number;
  ticks: Tick[];
  /** One short tick per event, in a mini lane (per pixel, when there are more events than pixels). */
  marks: { id: string; x: number; y: number; lane: LaneId; forecast: boolean }[];
  /** The visible window, never thinner than a grabbable minimum. */
  window: { x0: number; x1: number; drawX0: number; drawX1: number };
  laneH: number;
}

export const OVERVIEW_LANE_H = 4;
const OVERVIEW_WINDOW_MIN = 12;

/** The focus-plus-context strip: the whole story at a glance with the visible window on it. */
export function layoutOverview(story: Story, width: number, domain: Domain, include?: (id: string) => boolean): OverviewLayout {
  const extent = storyExtent(story);
  const x = utcScale(extent, [0, width]);
  const groupOf = new Map(story.actors.map((a) => [a.id, a.group] as const));
  const events = include ? story.events.filter((e) => include(e.id)) : story.events;
  let marks = events.map((e) => {
    const lane = laneOf(e, groupOf);
    return { id: e.id, x: x(eventInterval(e).start), y: 2 + LANE_ORDER.indexOf(lane) * (OVERVIEW_LANE_H + 1), lane, forecast: e.kind === 'forecast' };
  });
  // More ticks than pixels: one tick per pixel and lane (and kind) says the same.
  if (marks.length > width) {
    const seen = new Set<string>();
    marks = marks.filter((m) => {
      const key = `${m.lane}/${Math.round(m.x)}/${m.forecast}`;
      return !seen.has(key) && !!seen.add(key);
    });
  }
  const x0 = x(domain[0]);
  const x1 = x(domain[1]);
  const mid = (x0 + x1) / 2;
  const w = Math.max(OVERVIEW_WINDOW_MIN, x1 - x0);
  const drawX0 = Math.max(0, Math.min(width - w, mid - w / 2));
  const laneH = 2 + LANE_ORDER.length * (OVERVIEW_LANE_H + 1);
  return {
    width, height: laneH + 38, laneH, marks,
    ticks: timeTicks(extent, width, MONTHLY),
    window: { x0, x1, drawX0, drawX1: drawX0 + w },
  };
}

/** Pixel on the overview strip → instant. */
export function overviewInvert(story: Story, width: number, px: number): number {
  const extent = storyExtent(story);
  return extent[0] + (px / width) * (extent[1] - extent[0]);
}
