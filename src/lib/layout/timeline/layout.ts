/** layoutTimeline: the story and a size in, every mark, bin, lane, tick and annotation in pixels out. */
import type { Story } from '../../story/types.ts';
import { daysBracket, summitBand } from './annotations.ts';
import { binLanes, binPeriod, MAX_LANE_MARKS, MAX_LANE_ROWS } from './bins.ts';
import { focusOrder } from './keyboard.ts';
import { laneLabel, laneOf, laneOrder, type LaneId } from './lanes.ts';
import {
  ANNOTATION_H, AXIS_H, BAR_H, fitText, FOLD_EMPTY_BELOW, HIT_MIN, LABEL_FONT, LABEL_PAD, LANE_GAP, LANE_HEAD, OPEN_MIN_PX, ROW_H, textWidth,
} from './metrics.ts';
import { packRows } from './rows.ts';
import { timeTicks, utcScale } from './scale.ts';
import { DAY, eventInterval, storyExtent } from './time.ts';
import type { EventMark, LaneBox, TimelineLayout, TimelineSize } from './types.ts';
import { clampDomain } from './window.ts';

/** Room kept clear of text at the end of an open mark, for its arrow. */
const ARROW_ROOM = 14;
/** A day is never drawn thinner than this, so it stays visible in the whole-story view. */
const DAY_MIN_PX = 2;

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
    const lane = laneOf(event, groupOf, story.meta);
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
    let text = fitText(d.event.title, room);
    d.label = text ? { x: lx, text, width: textWidth(text), truncated: text !== d.event.title } : null;
    // A short mark at the right edge (an open end in the story's last month, on a phone) has
    // room neither inside nor after it: its label ends just before it instead.
    if (!d.label && (text = fitText(d.event.title, d.x0 - 4 - 2))) {
      const w = textWidth(text);
      d.label = { x: d.x0 - 4 - w, text, width: w, truncated: text !== d.event.title };
    }
    d.hitX0 = Math.min(d.x0, d.label?.x ?? d.x0);
    d.hitX1 = Math.max(d.drawX1, d.label ? d.label.x + d.label.width : d.drawX1);
    if (d.hitX1 - d.hitX0 < HIT_MIN) {
      const mid = (d.hitX0 + d.hitX1) / 2;
      [d.hitX0, d.hitX1] = [mid - HIT_MIN / 2, mid + HIT_MIN / 2];
    }
  };

  // On a phone a lane the filters leave without an event folds away (FOLD_EMPTY_BELOW). One
  // that only the window empties stays, so panning does not make rows jump; when nothing
  // matches at all, the lanes stay as the frame for the view's "no match" note.
  const withEvents = new Set(placed.map((p) => p.lane));
  const fold = include && width < FOLD_EMPTY_BELOW && withEvents.size > 0;
  const shownLanes = fold ? laneOrder(story.meta).filter((l) => withEvents.has(l)) : laneOrder(story.meta);

  const rowOf = new Map<string, number>();
  const rowsIn = new Map<LaneId, number>();
  const binned = new Set<LaneId>();
  for (const lane of shownLanes) {
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
  for (const id of shownLanes) {
    const rows = rowsIn.get(id)!;
    const height = LANE_HEAD + rows * ROW_H;
    lanes.push({ id, label: laneLabel(id, story.meta), y, height, rows, binned: binned.has(id) });
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

  const order = focusOrder(placed, bins, rowOf, x, laneOrder(story.meta));

  return {
    width, height: plotBottom + 8, domain: dom, lanes, marks, bins, ticks: timeTicks(dom, width), plotTop, plotBottom,
    summit: summitBand(story, x, width),
    bracket: daysBracket(story, x, width),
    order,
  };
}

