/**
 * Timeline layout: lanes by actor group, a UTC time scale over the visible window, marks that
 * claim only the precision the article gives, labels packed into rows so they never overlap,
 * and the zoom/pan/keyboard maths the component's gestures call. Pure: story + size in, pixels out.
 * This is the public API, by name; each piece lives in the file named after its job.
 */
export { summitDay } from './annotations.ts';
export { BIN_MIN_PX, binPeriod, MAX_LANE_MARKS, MAX_LANE_ROWS } from './bins.ts';
export { neighbour, type NavKey } from './keyboard.ts';
export { laneLabel, laneOf, laneOrder, type LaneId } from './lanes.ts';
export { layoutTimeline } from './layout.ts';
export {
  ANNOTATION_H, AXIS_H, BAR_H, fitText, HIT_MIN, LABEL_FONT, LANE_GAP, LANE_HEAD, OPEN_MIN_PX, ROW_H, TABLE_FIRST_ROWS, textWidth,
} from './metrics.ts';
export { layoutOverview, OVERVIEW_LANE_H, overviewInvert, type OverviewLayout } from './overview.ts';
export { timeTicks, utcScale, type Tick } from './scale.ts';
export { DAY, eventInterval, HOUR, storyExtent, type Domain } from './time.ts';
export { TOOLTIP_W, tooltipAnchor } from './tooltip.ts';
export type { EventBin, EventMark, LaneBox, TimelineLayout, TimelineSize } from './types.ts';
export {
  centreOn, clampDomain, type DayWindow, domainOfWindow, MIN_SPAN, panDomain, presets, type PresetId, sameWindow, windowOfDomain,
  zoomDomain,
} from './window.ts';
