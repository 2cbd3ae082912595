/**
 * The timeline layout, tested on the fixture story (tests/fixtures/harbour): seven events
 * from 10 January to June 2024 in three lanes (Northport, Both ports, Southhaven), with the
 * ferry meeting on 3 March as the key day. Expected numbers follow from those dates and the
 * layout's rules (2024 is a leap year: February has 29 days).
 */
import { describe, expect, test } from 'vitest';
import type { StoryEvent } from '../../../src/lib/story/types.ts';
import {
  ANNOTATION_H, AXIS_H, BAR_H, DAY, HIT_MIN, LANE_GAP, LANE_HEAD, ROW_H, HOUR, MIN_SPAN, TOOLTIP_W, clampDomain, domainOfWindow, fitText, laneOf, layoutOverview,
  layoutTimeline, neighbour, panDomain, presets, sameWindow, storyExtent, summitDay, textWidth, tooltipAnchor, windowOfDomain,
  zoomDomain, type DayWindow, type Domain, type TimelineLayout,
  utcScale, BIN_MIN_PX, MAX_LANE_MARKS, MAX_LANE_ROWS, binPeriod, eventInterval,
} from '../../../src/lib/layout/timeline.ts';
import { generateStory } from '../../../src/lib/bench/generateStory.ts';
import { harbourStory } from '../../fixtures/harbour.ts';

const story = harbourStory();
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const windows = presets(story);
const WIDTHS = [320, 375, 768, 1024, 1920];
const VIEWS = Object.keys(windows) as (keyof typeof windows)[];
const mark = (l: TimelineLayout, id: string) => l.marks.find((m) => m.id === id)!;
/** The key day: the ferry meeting and the cost split are its two day-precise events. */
const FERRY_DAY = utc(2024, 3, 3);

describe('time scale', () => {
  // The story runs from 1 January to 1 July 2024: 182 days, so at 182 px one day is one pixel
  // and an event's x is its day of the year, counted from 0.
  const l = layoutTimeline(story, { width: 182 });
  test.each([
    ['ahn-takes-office', 9, 10], // 10 January, a day
    ['council-vote', 31, 60], // February, a month: 1 February to 1 March
    ['fund-proposed', 49, 50], // 19 February
    ['ferry-meeting', 62, 63], // 3 March
  ])('%s spans x %d to %d at one pixel a day', (id, x0, x1) => {
    expect(mark(l, id).x0).toBeCloseTo(x0, 6);
    expect(mark(l, id).x1).toBeCloseTo(x1!, 6);
  });

  test.each([
    ['channel-stays-closed', 62], // after 3 March
    ['second-meeting', 152], // expected in June: from 1 June
  ])('%s starts at x %d and claims no end', (id, x0) => {
    expect(mark(l, id).x0).toBeCloseTo(x0, 6);
    expect(mark(l, id).x1).toBeNull();
  });

  test('the whole story is the months around its events: January to the end of June 2024', () => {
    // The last event is open-ended from 1 June: its start plus a day reaches into June, not July.
    expect(storyExtent(story)).toEqual([utc(2024, 1, 1), utc(2024, 7, 1)]);
  });

  test('the key day is the day with the most day-precise events', () => {
    expect(summitDay(story)).toBe(FERRY_DAY);
  });

  test('the ferry meeting comes before the second meeting', () => {
    expect(mark(l, 'ferry-meeting').x1!).toBeLessThan(mark(l, 'second-meeting').x0);
  });
});

describe('lanes', () => {
  const l = layoutTimeline(story, { width: 1024 });
  test.each([
    ['ahn-takes-office', 'northport'],
    ['fund-proposed', 'northport'],
    ['ferry-meeting', 'both-ports'],
    ['cost-split', 'both-ports'],
    ['second-meeting', 'both-ports'],
    ['council-vote', 'southhaven'],
    ['channel-stays-closed', 'southhaven'],
  ])('%s goes to the %s lane', (id, lane) => {
    expect(mark(l, id).lane).toBe(lane);
  });

  test('the lanes are the story file\'s, in its order, with their names', () => {
    expect(l.lanes.map((x) => [x.id, x.label])).toEqual([
      ['northport', 'Northport'],
      ['both-ports', 'Both ports'],
      ['southhaven', 'Southhaven'],
    ]);
  });

  // press and parties are groups without a lane.
  const groups = new Map([['a', 'press'], ['b', 'northport'], ['c', 'southhaven'], ['d', 'parties']] as const);
  const ev = (actors: string[]) => ({ id: 'x', actors }) as unknown as StoryEvent;
  test.each([
    [['a', 'b'], 'northport'],
    [['d', 'c'], 'southhaven'],
    [['b', 'c'], 'both-ports'],
    [['c', 'b'], 'both-ports'],
    [['a', 'd', 'c', 'b'], 'both-ports'],
    [['unknown', 'c'], 'southhaven'],
  ])('actors %j → %s', (actors, lane) => {
    expect(laneOf(ev(actors), groups, story.meta)).toBe(lane);
  });

  test.each([[['a']], [['a', 'd']]])('an event with only actors of laneless groups (%j) has no lane and says which event', (actors) => {
    expect(() => laneOf(ev(actors), groups, story.meta)).toThrow(/event x/);
  });

  test('every event is laid out exactly once, and lanes stack without overlapping', () => {
    expect(l.marks.map((m) => m.id).sort()).toEqual(story.events.map((e) => e.id).sort());
    for (const [i, lane] of l.lanes.slice(1).entries()) {
      expect(l.lanes[i]!.y + l.lanes[i]!.height).toBeLessThanOrEqual(lane.y);
    }
    for (const m of l.marks) {
      const lane = l.lanes.find((x) => x.id === m.lane)!;
      expect(m.barY).toBeGreaterThan(lane.y);
      expect(m.barY + BAR_H).toBeLessThanOrEqual(lane.y + lane.height);
    }
  });
});

describe('honest precision', () => {
  test.each(WIDTHS.flatMap((width) => VIEWS.map((view) => [width, view] as const)))(
    'at %d px (%s) a day span runs from its day to the next',
    (width, view) => {
      const domain = windows[view];
      const l = layoutTimeline(story, { width, domain });
      const x = (t: number) => ((t - domain[0]) / (domain[1] - domain[0])) * width;
      // Only what is in the window is laid out (see 'culling and counting' below).
      const inView = story.events.filter((e) => e.precision === 'day' && l.marks.some((m) => m.id === e.id));
      expect(inView.length).toBeGreaterThan(0);
      for (const e of inView) {
        const m = mark(l, e.id);
        const day = Date.parse(`${e.date}T00:00:00Z`);
        expect(m.shape).toBe('span');
        // Positions are rounded to 0.1 px: within half of that, a width within one step.
        expect(Math.abs(m.x0 - x(day))).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(Math.abs(m.x1! - m.x0 - (x(day + DAY) - x(day)))).toBeLessThanOrEqual(0.1 + 1e-9);
      }
    },
  );

  test('undated and expected events have an open end; forecasts are marked as such', () => {
    const l = layoutTimeline(story, { width: 1024 });
    for (const e of story.events) {
      const m = mark(l, e.id);
      const open = e.precision === 'after' || e.precision === 'expected';
      expect(m.shape).toBe(open ? 'open' : 'span');
      if (open) expect(m.x1).toBeNull();
      expect(m.forecast).toBe(e.kind === 'forecast');
      expect(m.faint).toBe(e.precision === 'year' || e.precision === 'month');
    }
    const ids = (pick: (m: TimelineLayout['marks'][number]) => boolean) => l.marks.filter(pick).map((m) => m.id);
    expect(ids((m) => m.shape === 'open')).toEqual(['channel-stays-closed', 'second-meeting']);
    expect(ids((m) => m.forecast)).toEqual(['second-meeting']);
    expect(ids((m) => m.faint)).toEqual(['council-vote']);
  });

  test('in the key-day view the key day\'s events cover the same day, stacked in rows, none ordered in time', () => {
    const width = 1024;
    const l = layoutTimeline(story, { width, domain: windows.summit });
    const day = story.events.filter((e) => e.precision === 'day' && e.date === '2024-03-03').map((e) => mark(l, e.id));
    expect(day.map((m) => m.id)).toEqual(['ferry-meeting', 'cost-split']);
    // The window is the day plus 3 hours either side: the day runs from 3/30 to 27/30 of the width.
    for (const m of day) {
      expect(m.x0).toBe(102.4);
      expect(m.x1).toBe(921.6);
    }
    const slots = new Set(day.map((m) => `${m.lane}/${m.row}`));
    expect(slots.size).toBe(day.length);
  });

  test('ticks never name anything finer than a day', () => {
    const width = 1920;
    const l = layoutTimeline(story, { width, domain: windows.summit });
    const gaps = l.ticks.slice(1).map((t, i) => t.x - l.ticks[i]!.x);
    const dayPx = (DAY / (windows.summit[1] - windows.summit[0])) * width;
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(dayPx - 1e-6);
    expect(l.ticks.map((t) => t.label)).toContain('3 Mar');
  });
});

type Box = { id: string; x0: number; x1: number; y0: number; y1: number };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function labelBoxes(l: TimelineLayout): Box[] {
  return l.marks.flatMap((m) =>
    m.label ? [{ id: m.id, x0: m.label.x, x1: m.label.x + m.label.width, y0: m.label.y - 11, y1: m.label.y + 3 }] : []);
}

describe('labels never overlap', () => {
  const cases = [320, 375, 768, 1280, 1920].flatMap((width) => VIEWS.map((view) => [width, view] as const));

  test.each(cases)('at %d px in the %s view', (width, view) => {
    const l = layoutTimeline(story, { width, domain: windows[view] });
    const labels = labelBoxes(l);
    for (const [i, a] of labels.entries()) {
      expect(a.x0).toBeGreaterThanOrEqual(0);
      expect(a.x1).toBeLessThanOrEqual(width);
      for (const b of labels.slice(i + 1)) expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false);
    }
    // No label runs over another event's mark or target, and targets are at least 24 px.
    const hits = l.marks.map((m) => ({ id: m.id, x0: m.hit.x, x1: m.hit.x + m.hit.width, y0: m.hit.y, y1: m.hit.y + m.hit.height }));
    for (const [i, a] of hits.entries()) {
      expect(a.x1 - a.x0).toBeGreaterThanOrEqual(HIT_MIN);
      expect(a.y1 - a.y0).toBeGreaterThanOrEqual(HIT_MIN);
      for (const b of hits.slice(i + 1)) expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false);
    }
    for (const label of labels) {
      const own = hits.find((h) => h.id === label.id)!;
      // hit.x + hit.width may miss the hit's right edge in the last bit of a float.
      expect(label.x0).toBeGreaterThanOrEqual(own.x0 - 1e-9);
      expect(label.x1).toBeLessThanOrEqual(own.x1 + 1e-9);
    }
    // A label that starts on its own mark ends on it (it never straddles the mark's edge or arrow).
    for (const m of l.marks.filter((m) => m.label && m.label.x < m.drawX1)) {
      expect(m.label!.x + m.label!.width, m.id).toBeLessThanOrEqual(m.drawX1);
    }
    // Every event in view keeps a label, at worst shortened with an ellipsis.
    for (const m of l.marks) {
      expect(m.label, m.id).not.toBeNull();
      if (m.label!.truncated) expect(m.label!.text.endsWith('…')).toBe(true);
      else expect(m.label!.text).toBe(m.event.title);
    }
  });

  test.each([320, 375])('at %d px the second meeting, an open end in the last month, is labelled just before its mark', (width) => {
    // From 1 June to the story's end on 1 July is 30 days, about 50 px: no room inside or after the arrow.
    const m = mark(layoutTimeline(story, { width }), 'second-meeting');
    expect(m.drawX1).toBeGreaterThan(width - 60);
    expect(m.label).toMatchObject({ text: 'A second meeting expected', truncated: false });
    expect(m.label!.x + m.label!.width).toBeCloseTo(m.x0 - 4, 6);
    expect(m.hit.x).toBe(m.label!.x);
  });

  test.each(cases)('tick labels do not collide at %d px (%s)', (width, view) => {
    const l = layoutTimeline(story, { width, domain: windows[view] });
    const ticks = l.ticks.filter((t) => t.label);
    expect(ticks.length).toBeGreaterThanOrEqual(1);
    for (const [i, t] of ticks.slice(0, -1).entries()) {
      const room = Math.max(textWidth(t.label!, 12), t.year ? textWidth(t.year, 12) : 0);
      expect(t.x + 4 + room).toBeLessThan(ticks[i + 1]!.x + 4);
    }
  });

  test.each([320, 768, 1920])('annotations stay clear of each other at %d px', (width) => {
    for (const view of VIEWS) {
      const l = layoutTimeline(story, { width, domain: windows[view] });
      if (l.bracket?.label && l.summit?.label) {
        const w = textWidth(l.bracket.label.text, 12);
        expect(l.bracket.label.x + w / 2).toBeLessThan(l.summit.label.x);
      }
    }
    // Ahn took office on 10 January (day 9 of the year), the ferry meeting was on 3 March (day 62).
    expect(layoutTimeline(story, { width: 1920 }).bracket?.label?.text).toBe('53 days into Ahn’s term');
  });
});

describe('text fitting', () => {
  const title = 'Southhaven keeps the western channel';
  test('a title that fits is kept whole', () => {
    expect(fitText(title, textWidth(title))).toBe(title);
  });
  test.each([60, 100, 180])('in %d px it is cut to the longest prefix that fits, with an ellipsis', (width) => {
    const fitted = fitText(title, width)!;
    expect(fitted.endsWith('…')).toBe(true);
    const prefix = fitted.slice(0, -1);
    expect(title.startsWith(prefix)).toBe(true);
    expect(textWidth(fitted)).toBeLessThanOrEqual(width);
    // Every longer cut is too wide (a cut ending in a space loses it before the ellipsis).
    for (let n = prefix.length + 1; n < title.length; n++) {
      const longer = title.slice(0, n).trimEnd() + '…';
      if (longer !== fitted) expect(textWidth(longer), longer).toBeGreaterThan(width);
    }
  });
  test('below a few letters the label is dropped', () => {
    expect(fitText(title, 20)).toBeNull();
  });
});

describe('zoom and pan', () => {
  const extent = storyExtent(story);
  test.each<[string, Domain, Domain]>([
    ['zooming out past the story stops at the story', zoomDomain(extent, 0.1, 0.5, extent), extent],
    ['panning before the start stops at the start', panDomain(windows.after, -1e12, extent),
      [extent[0], extent[0] + windows.after[1] - windows.after[0]]],
    ['panning past the end stops at the end', panDomain(windows.after, 1e12, extent),
      [extent[1] - (windows.after[1] - windows.after[0]), extent[1]]],
  ])('%s', (_, got, want) => {
    expect(got).toEqual(want);
  });

  test('zooming in stops when one day fills most of the width', () => {
    const tight = zoomDomain(windows.summit, 1000, 0.5, extent);
    expect(tight[1] - tight[0]).toBe(MIN_SPAN);
    expect(DAY / MIN_SPAN).toBeGreaterThan(0.75);
  });

  test('zooming keeps the instant under the pointer in place', () => {
    const at = 0.25;
    const before = windows.after;
    const after = zoomDomain(before, 2, at, extent);
    expect(after[0] + at * (after[1] - after[0])).toBeCloseTo(before[0] + at * (before[1] - before[0]), -1);
  });

  test('a window narrower than the minimum is widened about its centre', () => {
    const mid = FERRY_DAY + DAY / 2;
    const d = clampDomain([mid - 1000, mid + 1000], extent);
    expect(d[1] - d[0]).toBe(MIN_SPAN);
    expect((d[0] + d[1]) / 2).toBe(mid);
  });
});

describe('keyboard order', () => {
  const l = layoutTimeline(story, { width: 1024 });
  test('Left and Right walk every event once: by start, then lane, then row', () => {
    // Three events start on 3 March: the two of Both ports (row by data order) before Southhaven's.
    expect(l.order).toEqual([
      'ahn-takes-office', 'council-vote', 'fund-proposed', 'ferry-meeting', 'cost-split', 'channel-stays-closed', 'second-meeting',
    ]);
    const seen = [l.order[0]!];
    while (seen.length < l.order.length) seen.push(neighbour(l, seen.at(-1)!, 'ArrowRight'));
    expect(seen).toEqual(l.order);
    const starts = seen.map((id) => mark(l, id).x0);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(neighbour(l, seen[0]!, 'ArrowLeft')).toBe(seen[0]);
    expect(neighbour(l, seen.at(-1)!, 'ArrowRight')).toBe(seen.at(-1));
  });
  test('Home and End reach the first and the last event in time', () => {
    expect(neighbour(l, 'ferry-meeting', 'Home')).toBe('ahn-takes-office');
    expect(neighbour(l, 'ferry-meeting', 'End')).toBe('second-meeting');
  });
  test('Down moves to the next row below, Up back; both stop at the edge', () => {
    const from = mark(l, 'ahn-takes-office');
    expect(from.globalRow).toBe(0);
    const down = mark(l, neighbour(l, from.id, 'ArrowDown'));
    expect(down.globalRow).toBe(from.globalRow + 1);
    expect(mark(l, neighbour(l, down.id, 'ArrowUp')).globalRow).toBe(0);
    expect(neighbour(l, from.id, 'ArrowUp')).toBe(from.id);
    const bottom = l.marks.reduce((a, m) => (m.globalRow > a.globalRow ? m : a));
    expect(bottom.lane).toBe('southhaven');
    expect(neighbour(l, bottom.id, 'ArrowDown')).toBe(bottom.id);
  });
});

describe('overview strip', () => {
  test.each([320, 1920])('at %d px the window matches the visible range and every event has a tick', (width) => {
    const o = layoutOverview(story, width, windows.after);
    const extent = storyExtent(story);
    const x = (t: number) => ((t - extent[0]) / (extent[1] - extent[0])) * width;
    expect(o.window.x0).toBeCloseTo(x(windows.after[0]), 1); // positions are rounded to 0.1 px
    expect(o.window.x1).toBeCloseTo(x(windows.after[1]), 1);
    expect(o.marks).toHaveLength(story.events.length);
    const summitDay = layoutOverview(story, width, windows.summit).window;
    expect(summitDay.drawX1 - summitDay.drawX0).toBeGreaterThanOrEqual(12);
  });

  test('each event\'s tick sits in its lane\'s mini lane, at its start', () => {
    const width = 182; // one pixel a day, as in 'time scale'
    const o = layoutOverview(story, width, windows.after);
    const tick = (id: string) => o.marks.find((m) => m.id === id)!;
    expect(tick('ahn-takes-office')).toMatchObject({ x: 9, lane: 'northport', forecast: false });
    expect(tick('ferry-meeting')).toMatchObject({ x: 62, lane: 'both-ports' });
    expect(tick('second-meeting')).toMatchObject({ x: 152, lane: 'both-ports', forecast: true });
    expect(tick('channel-stays-closed').y).toBeGreaterThan(tick('ferry-meeting').y);
    expect(tick('ferry-meeting').y).toBeGreaterThan(tick('ahn-takes-office').y);
  });
});

describe('filtered events', () => {
  // The events about fishing rights alone (the ferry day's two are about dredging too).
  const fishing = new Set(story.events.filter((e) => e.topics.join() === 'fishing-rights').map((e) => e.id));
  const all = layoutTimeline(story, { width: 1024 });
  const some = layoutTimeline(story, { width: 1024, include: (id) => fishing.has(id) });
  const none = layoutTimeline(story, { width: 1024, include: () => false });

  test('only the included events are laid out, and keyboard order walks only them', () => {
    expect(fishing).toEqual(new Set(['council-vote', 'channel-stays-closed', 'second-meeting']));
    expect(some.marks.map((m) => m.id).sort()).toEqual([...fishing].sort());
    expect(some.order).toEqual(['council-vote', 'channel-stays-closed', 'second-meeting']);
    expect(neighbour(some, some.order[0]!, 'ArrowRight')).toBe(some.order[1]);
  });

  test('the scale, lanes and annotations stay put, so the chart does not jump as filters change', () => {
    expect(some.domain).toEqual(all.domain);
    expect(some.lanes.map((l) => l.id)).toEqual(all.lanes.map((l) => l.id));
    expect(mark(some, 'council-vote').x0).toBe(mark(all, 'council-vote').x0);
    expect(some.summit).toEqual(all.summit);
    expect(some.bracket).toEqual(all.bracket);
    expect(some.bracket).not.toBeNull();
  });

  test.each([
    { width: 375, want: ['both-ports', 'southhaven'] },
    { width: 559, want: ['both-ports', 'southhaven'] },
    { width: 560, want: null },
    { width: 1024, want: null },
  ])('at $width px the lanes the filters empty fold away (phone) or stay (wider): $want', ({ width, want }) => {
    const full = layoutTimeline(story, { width }).lanes.map((l) => l.id);
    expect(full).toHaveLength(3);
    const filtered = layoutTimeline(story, { width, include: (id) => fishing.has(id) });
    expect(filtered.lanes.map((l) => l.id)).toEqual(want ?? full);
    // What stays is packed from the top: no gap where a lane was.
    filtered.lanes.slice(1).forEach((l, i) => expect(l.y).toBe(filtered.lanes[i]!.y + filtered.lanes[i]!.height + 10));
    // A lane emptied only by the window (not by the filters) stays.
    expect(layoutTimeline(story, { width, domain: [Date.UTC(2031, 0, 1), Date.UTC(2031, 0, 2)] }).lanes.map((l) => l.id)).toEqual(full);
  });

  test('with nothing included there are no marks and no order, but every lane remains', () => {
    expect(none.marks).toEqual([]);
    expect(none.order).toEqual([]);
    expect(none.lanes).toHaveLength(all.lanes.length);
  });

  test('the overview strip ticks only the included events', () => {
    expect(layoutOverview(story, 1024, windows.after, (id) => fishing.has(id)).marks.map((m) => m.id).sort()).toEqual([...fishing].sort());
  });
});

describe('the window as whole days (for the URL)', () => {
  const extent = storyExtent(story);
  // The key-day preset is 3 March, 3 hours either side; the weeks-after preset runs from a
  // week before it (25 February, in a leap year) to six weeks after (14 April).
  test.each<[string, Domain, DayWindow | null]>([
    ['the whole story is no window at all', extent, null],
    ['the key-day preset widens to the days it touches', windows.summit, ['2024-03-02', '2024-03-05']],
    ['the weeks-after preset is already whole days', windows.after, ['2024-02-25', '2024-04-14']],
    ['a window inside one day is that day', [FERRY_DAY + 3 * HOUR, FERRY_DAY + 20 * HOUR], ['2024-03-03', '2024-03-04']],
    ['zoom noise at midnight does not spill into the next day', [utc(2024, 2, 1) - 0.2, utc(2024, 3, 1) + 0.3], ['2024-02-01', '2024-03-01']],
    ['a window from the story start to before its end is still a window', [extent[0], extent[1] - 40 * DAY], ['2024-01-01', '2024-05-22']],
  ])('%s', (_, domain, want) => {
    expect(windowOfDomain(domain, extent)).toEqual(want);
  });

  test.each<[string, DayWindow | null, Domain]>([
    ['no window shows the whole story', null, extent],
    ['the key-day preset\'s days show exactly the key-day preset', ['2024-03-02', '2024-03-05'], windows.summit],
    ['the weeks-after preset\'s days show exactly that preset', ['2024-02-25', '2024-04-14'], windows.after],
    ['other days show those days', ['2024-04-01', '2024-05-01'], [utc(2024, 4, 1), utc(2024, 5, 1)]],
    ['a single day is widened to the narrowest window about it', ['2024-03-03', '2024-03-04'],
      [FERRY_DAY + 12 * HOUR - MIN_SPAN / 2, FERRY_DAY + 12 * HOUR + MIN_SPAN / 2]],
    ['days before the story are moved inside it', ['2023-01-01', '2023-01-11'], [extent[0], extent[0] + 10 * DAY]],
  ])('%s', (_, window, want) => {
    expect(domainOfWindow(story, window)).toEqual(want);
  });

  test.each(VIEWS)('the %s preset survives a round trip through its days', (view) => {
    const there = windowOfDomain(windows[view], extent);
    expect(domainOfWindow(story, there)).toEqual(windows[view]);
    expect(sameWindow(windowOfDomain(domainOfWindow(story, there), extent), there)).toBe(true);
  });

  test('sameWindow compares by days', () => {
    expect(sameWindow(null, null)).toBe(true);
    expect(sameWindow(['2024-03-02', '2024-03-05'], ['2024-03-02', '2024-03-05'])).toBe(true);
    expect(sameWindow(['2024-03-02', '2024-03-05'], ['2024-03-02', '2024-03-06'])).toBe(false);
    expect(sameWindow(['2024-03-02', '2024-03-05'], null)).toBe(false);
  });
});

describe('tooltip placement', () => {
  const hit = (x: number, y: number) => ({ hit: { x, y, width: 100, height: HIT_MIN } });
  test.each<[string, ReturnType<typeof hit>, number, { x: number; y: number; above: boolean; width: number }]>([
    ['above a mark low in the chart, at its left edge', hit(300, 200), 1024, { x: 300, y: 194, above: true, width: TOOLTIP_W }],
    ['below a mark in the top rows', hit(300, 86), 1024, { x: 300, y: 116, above: false, width: TOOLTIP_W }],
    ['kept inside the right edge', hit(900, 200), 1024, { x: 1024 - TOOLTIP_W, y: 194, above: true, width: TOOLTIP_W }],
    ['kept inside the left edge when the mark starts off-screen', hit(-500, 200), 1024, { x: 0, y: 194, above: true, width: TOOLTIP_W }],
    ['no wider than a narrow chart', hit(100, 200), 200, { x: 0, y: 194, above: true, width: 200 }],
  ])('%s', (_, mark, width, want) => {
    expect(tooltipAnchor(mark, width)).toEqual(want);
  });

  test.each([320, 1920])('at %d px every visible event\'s tooltip stays inside the chart', (width) => {
    for (const view of VIEWS) {
      const l = layoutTimeline(story, { width, domain: windows[view] });
      for (const m of l.marks) {
        const t = tooltipAnchor(m, width);
        expect(t.x).toBeGreaterThanOrEqual(0);
        expect(t.x + t.width).toBeLessThanOrEqual(width);
        expect(t.above ? t.y - 100 : t.y).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe('utcScale', () => {
  const d0 = Date.UTC(2025, 5, 4);
  const d1 = Date.UTC(2025, 8, 4);
  test.each([
    [d0, 0],
    [d1, 960],
    [(d0 + d1) / 2, 480],
    [new Date(d0 + (d1 - d0) / 3), 320],
    [d0 - (d1 - d0), -960],
  ])('maps %s to %d px', (t, px) => {
    expect(utcScale([d0, d1], [0, 960])(t)).toBe(px);
  });
  test('rounds to a tenth of a pixel', () => {
    const x = utcScale([0, 3], [0, 1]);
    expect(x(1)).toBe(0.3);
    expect(x(2)).toBe(0.7);
  });
  test('an empty domain does not divide by zero', () => {
    expect(utcScale([d0, d0], [0, 100])(d0)).toBe(0);
  });
});

describe('culling and counting: a story many times the fixture stays readable', () => {
  // generateStory copies the fixture 10 or 100 times, spread over more months.
  const stories = { 1: story, 10: generateStory(story, 10, 1), 100: generateStory(story, 100, 1) };
  const inView = (l: TimelineLayout, id: string, s = story) => {
    const e = s.events.find((x) => x.id === id)!;
    const { start, end } = eventInterval(e);
    const x = utcScale(l.domain, [0, l.width]);
    const drawEnd = end === null ? x(start) + Math.max(40, (DAY / (l.domain[1] - l.domain[0])) * l.width) : Math.max(x(end), x(start) + 2);
    return drawEnd > 0 && x(start) < l.width;
  };
  const cases = ([1, 10, 100] as const).flatMap((factor) =>
    [320, 1152, 1920].flatMap((width) => VIEWS.map((view) => [factor, width, view] as const)));

  test.each(cases)('%d× at %d px (%s): every event in view is drawn once, as a mark or in a bin; nothing else is', (factor, width, view) => {
    const s = stories[factor];
    const l = layoutTimeline(s, { width, domain: presets(s)[view] });
    const drawn = [...l.marks.map((m) => m.id), ...l.bins.flatMap((b) => b.ids)];
    expect(new Set(drawn).size).toBe(drawn.length);
    expect(drawn.sort()).toEqual(s.events.filter((e) => inView(l, e.id, s)).map((e) => e.id).sort());
    // Left/Right reach every event not counted in a bin (out of view too: focus pans there), and every bin.
    const counted = new Set(l.bins.flatMap((b) => b.ids));
    expect([...l.order].sort()).toEqual([...s.events.filter((e) => !counted.has(e.id)).map((e) => e.id), ...l.bins.map((b) => b.id)].sort());
  });

  test.each(cases)('%d× at %d px (%s): never more than MAX_LANE_MARKS marks a lane, nor more rows than MAX_LANE_ROWS', (factor, width, view) => {
    const s = stories[factor];
    const l = layoutTimeline(s, { width, domain: presets(s)[view] });
    for (const lane of l.lanes) {
      expect(l.marks.filter((m) => m.lane === lane.id).length).toBeLessThanOrEqual(MAX_LANE_MARKS);
      expect(lane.rows).toBeLessThanOrEqual(MAX_LANE_ROWS);
      if (lane.binned) expect(lane.rows).toBe(1);
    }
    // Bins: one a period, each at least BIN_MIN_PX wide unless the window's edge cuts it.
    expect(l.bins.length).toBeLessThanOrEqual(story.meta.lanes.order.length * Math.ceil(width / BIN_MIN_PX + 1));
    for (const b of l.bins) {
      if (b.x0 > 0 && b.x1 < width) expect(b.x1 - b.x0).toBeGreaterThanOrEqual(BIN_MIN_PX - 0.2);
      expect(b.ids.length).toBeGreaterThan(0);
    }
  });

  test('the fixture never needs a bin, at any width or window', () => {
    // Its busiest lane holds three events: never more rows than that, nor more marks than MAX_LANE_MARKS.
    for (const width of [280, ...WIDTHS]) {
      for (const view of VIEWS) expect(layoutTimeline(story, { width, domain: windows[view] }).bins).toEqual([]);
    }
  });

  test('at 100× every lane of the whole story is counted by month; the key day shows its events as marks again', () => {
    // 200, 300 and 200 events a lane, each far over MAX_LANE_MARKS.
    const s = stories[100];
    const whole = layoutTimeline(s, { width: 1152 });
    expect(whole.marks).toEqual([]);
    expect(whole.lanes.every((lane) => lane.binned)).toBe(true);
    expect(whole.bins.reduce((n, b) => n + b.ids.length, 0)).toBe(s.events.length);
    const summit = layoutTimeline(s, { width: 1152, domain: presets(s).summit });
    expect(summit.marks.length).toBeGreaterThan(0);
    // Never taller than three lanes of MAX_LANE_ROWS rows under the axis and annotations (828 px).
    const lanes = story.meta.lanes.order.length;
    expect(summit.height).toBeLessThanOrEqual(AXIS_H + ANNOTATION_H + lanes * (LANE_HEAD + MAX_LANE_ROWS * ROW_H) + (lanes - 1) * LANE_GAP + 8);
  });

  test('a bin counts the events that start in its period, and zooming to it shows them', () => {
    const s = stories[10];
    const whole = layoutTimeline(s, { width: 1152 });
    expect(whole.bins.length).toBeGreaterThan(0);
    const bin = whole.bins.reduce((a, b) => (b.ids.length > a.ids.length ? b : a));
    for (const id of bin.ids) {
      const start = eventInterval(s.events.find((e) => e.id === id)!).start;
      expect(start).toBeGreaterThanOrEqual(bin.start);
      expect(start).toBeLessThan(bin.end);
    }
    const zoomed = layoutTimeline(s, { width: 1152, domain: [bin.start, bin.end] });
    const shown = new Set([...zoomed.marks.map((m) => m.id), ...zoomed.bins.flatMap((b) => b.ids)]);
    for (const id of bin.ids) expect(shown).toContain(id);
    expect(zoomed.marks.filter((m) => bin.ids.includes(m.id)).length).toBeGreaterThan(0);
  });

  test.each([
    [40, 'day'],
    [6, 'week'],
    [1.5, 'month'],
    [0.5, 'quarter'],
    [0.12, 'year'],
  ] as const)('when a day is %d px, bins are a %s long', (dayWidth, period) => {
    const start = Date.UTC(2024, 6, 9, 12);
    const next = binPeriod(dayWidth).ceil(new Date(start));
    const end = binPeriod(dayWidth).offset(next, 1);
    const days = Math.round((+end - +next) / DAY);
    const expected = { day: [1], week: [7], month: [28, 29, 30, 31], quarter: [90, 91, 92], year: [365, 366] }[period];
    expect(expected).toContain(days);
    expect(days * dayWidth).toBeGreaterThanOrEqual(BIN_MIN_PX);
  });

  test('Up and Down move between bins and marks by row; Left and Right pass through bins in time', () => {
    // At 100× every lane is binned in one row: Northport's bins, then Both ports' below them.
    const s = stories[100];
    const l = layoutTimeline(s, { width: 1152 });
    const first = l.bins.find((b) => b.lane === 'northport')!;
    const below = neighbour(l, first.id, 'ArrowDown');
    expect(l.bins.find((b) => b.id === below)!.lane).toBe('both-ports');
    expect(neighbour(l, below, 'ArrowUp')).toBe(first.id);
    const i = l.order.indexOf(first.id);
    expect(neighbour(l, first.id, 'ArrowRight')).toBe(l.order[i + 1]);
  });

  test('the overview strip draws one tick a pixel and lane once events outnumber pixels', () => {
    // 700 events on a 600 px strip.
    const s = stories[100];
    const o = layoutOverview(s, 600, storyExtent(s));
    expect(o.marks.length).toBeLessThan(s.events.length);
    const keys = o.marks.map((m) => `${m.lane}/${Math.round(m.x)}/${m.forecast}`);
    expect(new Set(keys).size).toBe(keys.length);
    // The fixture keeps one tick per event.
    expect(layoutOverview(story, 320, storyExtent(story)).marks).toHaveLength(story.events.length);
  });
});
