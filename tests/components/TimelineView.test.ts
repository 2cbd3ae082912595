import { afterEach, describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import TimelineView from '../../src/components/timeline/TimelineView.svelte';
import { Explorer } from '../../src/lib/state/explorer.svelte.ts';
import type { UrlState } from '../../src/lib/state/urlState.ts';
import type { Story } from '../../src/lib/story/types.ts';
import { shared, timeline as strings } from '../../src/lib/strings.ts';
import { HARBOUR, harbourStory } from '../fixtures/harbour.ts';
import { groupName } from '../../src/lib/story/meta.ts';

const story = harbourStory();
const eventById = (id: string) => story.events.find((e) => e.id === id)!;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Ahn proposes the dredging fund: a day-precise event in Northport's lane, the keyboard journeys' goal. */
const FUND = 'fund-proposed';
/** The first and last events in time. */
const FIRST = 'ahn-takes-office';
const LAST = 'second-meeting';
/** Known only as "after the meeting": undated. */
const UNDATED = 'channel-stays-closed';
const HUB = 'ferry-meeting';
const FERRY_DAYS: [string, string] = ['2024-03-02', '2024-03-05'];

function setup({ width = 1024, initial = {}, story = harbourStory() }: { width?: number; initial?: Partial<UrlState>; story?: Story } = {}) {
  const user = userEvent.setup();
  const explorer = new Explorer(story, initial);
  render(TimelineView, { story, width, explorer });
  const figure = screen.getByRole('figure', { name: HARBOUR.timeline.heading });
  const chart = within(figure).getByRole('group', { name: HARBOUR.timeline.title });
  const marks = () => within(chart).queryAllByRole('button');
  const eventButton = (id: string) => within(chart).getByRole('button', { name: new RegExp(`^${escape(eventById(id).title)}\\.`) });
  const focusedId = () => document.activeElement?.getAttribute('data-id');
  const showing = () => within(figure).getByText(/^Showing /).textContent;
  return { user, explorer, figure, chart, marks, eventButton, focusedId, showing };
}

// The page clears the selection on an Escape no view has claimed; stand in for it here.
let pageEscape: ((e: KeyboardEvent) => void) | null = null;
function actLikeThePage(explorer: Explorer) {
  pageEscape = (e) => {
    if (e.key === 'Escape' && !e.defaultPrevented) explorer.clearSelection();
  };
  window.addEventListener('keydown', pageEscape);
}
afterEach(() => {
  if (pageEscape) window.removeEventListener('keydown', pageEscape);
  pageEscape = null;
});

describe.each([375, 1280])('Timeline at %d px', (width) => {
  test('is a figure named by its heading, with one mark per event, and only one of them in the Tab order', () => {
    const { marks } = setup({ width });
    expect(marks()).toHaveLength(story.events.length);
    expect(marks().filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  test('writes the lane names on the chart, and none for groups without a lane', () => {
    const { chart } = setup({ width });
    for (const name of [groupName(HARBOUR, 'northport'), HARBOUR.lanes.joint!.label, groupName(HARBOUR, 'southhaven')]) {
      expect(within(chart).getByText(name)).toBeInTheDocument();
    }
    for (const id of ['press', 'parties']) expect(within(chart).queryByText(groupName(HARBOUR, id))).toBeNull();
  });
});

describe('more lanes', () => {
  /** The fixture with lanes for the press and the parties too, and one event in each. */
  function withFiveLanes(): Story {
    const ferry = eventById(HUB);
    return {
      ...story,
      meta: {
        ...story.meta,
        groups: story.meta.groups.map(({ lane: _, ...g }) => g),
        lanes: { ...story.meta.lanes, order: [...story.meta.lanes.order, 'press', 'parties'] },
      },
      events: [
        ...story.events,
        { ...ferry, id: 'courier-verdict', title: 'The Courier’s verdict', date: '2024-03-04', actors: ['bay-courier'] },
        { ...ferry, id: 'party-objects', title: 'The Harbour Party objects', date: '2024-03-05', actors: ['harbour-party'] },
      ],
    };
  }

  test.each([375, 1280])('at %d px each lane is named on the chart in the story’s order, and holds its events', (width) => {
    const five = withFiveLanes();
    const { chart, figure, marks } = setup({ width, story: five });
    const labels = ['Northport', 'Both ports', 'Southhaven', 'The press', 'Northport parties'].map((name) => within(chart).getByText(name));
    for (let i = 1; i < labels.length; i++) {
      expect(labels[i - 1]!.compareDocumentPosition(labels[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
    expect(marks()).toHaveLength(five.events.length);
    const table = within(figure).getByRole('table', { name: strings.tableCaption });
    const row = (title: string) => within(table).getByRole('rowheader', { name: title }).closest('tr')!;
    expect(within(row('The Courier’s verdict')).getByText('The press')).toBeInTheDocument();
    expect(within(row('The Harbour Party objects')).getByText('Northport parties')).toBeInTheDocument();
  });
});

describe('keyboard journey', () => {
  test('Tab into the timeline, arrow to Ahn proposing the dredging fund, Enter: its source panel opens', async () => {
    const { user, explorer, chart, focusedId } = setup();
    // Tab from the top of the page until focus lands in the chart: exactly one event is a Tab stop.
    for (let i = 0; i < 20 && !chart.contains(document.activeElement); i++) await user.tab();
    expect(chart.contains(document.activeElement)).toBe(true);
    expect(focusedId()).toBe(FIRST);

    for (let i = 0; i < story.events.length && focusedId() !== FUND; i++) await user.keyboard('{ArrowRight}');
    expect(focusedId()).toBe(FUND);
    await user.keyboard('{Enter}');
    expect(explorer.panel).toBe(FUND);
    expect(explorer.selected).toBe(FUND);
    // The page's source panel shows the details now: no card of the view's own.
    expect(screen.queryByRole('region', { name: eventById(FUND).title })).toBeNull();

    // The next Tab leaves the chart: arrows, not Tab, move between events.
    await user.tab();
    expect(chart.contains(document.activeElement)).toBe(false);
    await user.tab({ shift: true });
    expect(focusedId()).toBe(FUND);
  });

  test('Home, Right and End move focus in time order, the Tab stop following', async () => {
    const { user, marks, focusedId } = setup();
    marks().find((m) => m.getAttribute('tabindex') === '0')!.focus();
    await user.keyboard('{End}');
    expect(focusedId()).toBe(LAST);
    await user.keyboard('{Home}');
    expect(focusedId()).toBe(FIRST);
    await user.keyboard('{ArrowRight}');
    // February 2024 (known to the month) starts before 19 February
    expect(focusedId()).toBe('council-vote');
    await user.keyboard('{ArrowRight}');
    expect(focusedId()).toBe(FUND);
    expect(document.activeElement).toHaveAttribute('tabindex', '0');
    expect(marks().filter((m) => m.getAttribute('tabindex') === '0')).toEqual([document.activeElement]);
  });

  test('Space and a click open the source panel too', async () => {
    const { user, explorer, eventButton } = setup();
    eventButton(UNDATED).focus();
    await user.keyboard(' ');
    expect(explorer.panel).toBe(UNDATED);
    explorer.closeSource();
    await user.click(eventButton(LAST));
    expect(explorer.panel).toBe(LAST);
    expect(explorer.selected).toBe(LAST);
  });
});

describe('tooltip', () => {
  // The tooltip is aria-hidden (each event's accessible name says the same), so find it as sighted readers do: by its box.
  const tooltip = () => document.querySelector<HTMLElement>('.tooltip');

  test('focus shows title, date with precision, lane and kind of claim; Escape hides it, then clears the selection', async () => {
    const { user, explorer, eventButton, focusedId } = setup({ initial: { selected: HUB } });
    actLikeThePage(explorer);
    const mark = eventButton(FUND);
    mark.focus();
    flushSync();
    const tip = tooltip()!;
    expect(within(tip).getByText(eventById(FUND).title)).toBeInTheDocument();
    expect(within(tip).getByText(`19 February 2024 · ${shared.precisions.day}`)).toBeInTheDocument();
    expect(within(tip).getByText(`${groupName(HARBOUR, 'northport')} · ${shared.claimKinds[eventById(FUND).kind]}`)).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(tooltip()).toBeNull();
    expect(mark).toHaveFocus();
    expect(explorer.selected).toBe(HUB);

    await user.keyboard('{Escape}');
    expect(explorer.selected).toBeNull();
    expect(mark).toHaveFocus();

    // Moving to another event brings the tooltip back, for that event.
    await user.keyboard('{ArrowRight}');
    expect(focusedId()).not.toBe(FUND);
    expect(within(tooltip()!).getByText(eventById(focusedId()!).title)).toBeInTheDocument();
  });

  test('hovering shows it for an undated reaction, saying it is undated', async () => {
    const { user, eventButton } = setup();
    await user.hover(eventButton(UNDATED));
    expect(within(tooltip()!).getByText(/^On or after 3 March 2024/)).toBeInTheDocument();
    expect(within(tooltip()!).getByText(`${groupName(HARBOUR, 'southhaven')} · ${shared.claimKinds.quote}`)).toBeInTheDocument();
    await user.unhover(eventButton(UNDATED));
    expect(tooltip()).toBeNull();
  });

  test('Escape hides a hover tooltip too, without clearing the selection', async () => {
    const { user, explorer, eventButton } = setup({ initial: { selected: HUB } });
    actLikeThePage(explorer);
    await user.hover(eventButton(UNDATED));
    expect(tooltip()).not.toBeNull();
    await user.keyboard('{Escape}');
    expect(tooltip()).toBeNull();
    expect(explorer.selected).toBe(HUB);
  });

  test('hides while the source panel is open', async () => {
    const { user, explorer, eventButton } = setup();
    eventButton(FUND).focus();
    flushSync();
    expect(tooltip()).not.toBeNull();
    await user.keyboard('{Enter}');
    expect(explorer.panel).toBe(FUND);
    expect(tooltip()).toBeNull();
  });
});

describe('linked selection', () => {
  test('selecting the dredging topic elsewhere lights the dredging events and dims the rest', () => {
    const { explorer, eventButton, marks } = setup();
    expect(marks().filter((m) => m.classList.contains('dimmed'))).toHaveLength(0);
    explorer.select('dredging-fund');
    flushSync();
    for (const id of [FUND, HUB, 'cost-split']) {
      expect(eventButton(id)).not.toHaveClass('dimmed');
      expect(eventButton(id)).toHaveAccessibleName(new RegExp(escape(strings.relatedAria)));
    }
    for (const id of [FIRST, 'council-vote', UNDATED, LAST]) {
      expect(eventButton(id)).toHaveClass('dimmed');
      expect(eventButton(id)).not.toHaveAccessibleName(new RegExp(escape(strings.relatedAria)));
    }
    // Dimmed events are still there for the keyboard.
    expect(marks()).toHaveLength(story.events.length);
  });

  test('the selected event is marked current in the chart and the table, and is the Tab stop', () => {
    const { explorer, figure, eventButton } = setup({ initial: { selected: FUND } });
    expect(eventButton(FUND)).toHaveAttribute('aria-current', 'true');
    expect(eventButton(FUND)).toHaveAttribute('tabindex', '0');
    const table = within(figure).getByRole('table', { name: strings.tableCaption });
    expect(within(table).getByRole('rowheader', { name: eventById(FUND).title }).closest('tr')).toHaveAttribute('aria-current', 'true');
    explorer.clearSelection();
    flushSync();
    expect(eventButton(FUND)).not.toHaveAttribute('aria-current');
  });
});

describe('filters and search', () => {
  test('events that do not match leave the chart and the table', () => {
    const { explorer, figure, marks } = setup();
    explorer.toggleFacet('groups', 'southhaven');
    flushSync();
    // Mayor Vidal or the Southhaven council acted in these; Ahn alone in the other two.
    const southhaven = ['channel-stays-closed', 'cost-split', 'council-vote', 'ferry-meeting', 'second-meeting'];
    expect(marks().map((m) => m.getAttribute('data-id')).sort()).toEqual(southhaven);
    expect(marks().filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    const table = within(figure).getByRole('table', { name: strings.tableCaption });
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(southhaven.length);
    expect(within(figure).queryByText(strings.noMatches)).toBeNull();
  });

  test('when nothing matches the chart and the table say so', () => {
    const { explorer, figure, marks } = setup();
    explorer.setQuery('no event says this');
    flushSync();
    expect(marks()).toHaveLength(0);
    expect(within(figure).getAllByText(strings.noMatches)).toHaveLength(2);
    explorer.setQuery('');
    flushSync();
    expect(marks()).toHaveLength(story.events.length);
    expect(within(figure).queryByText(strings.noMatches)).toBeNull();
  });
});

describe('the zoom window lives in the explorer', () => {
  const WHOLE = strings.showing('1 January 2024', '30 June 2024');

  test('a preset writes whole days; the whole story writes none', async () => {
    const { user, explorer, figure, showing } = setup();
    expect(showing()).toBe(WHOLE);
    await user.click(within(figure).getByRole('button', { name: HARBOUR.timeline.keyDay.preset }));
    expect(explorer.window).toEqual(FERRY_DAYS);
    expect(showing()).toMatch(/2 March 2024 to 4 March 2024/);
    expect(within(figure).getByRole('button', { name: HARBOUR.timeline.keyDay.preset })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(figure).getByRole('button', { name: strings.presets.whole }));
    expect(explorer.window).toBeNull();
    expect(showing()).toBe(WHOLE);
  });

  test('a deep link to the ferry days opens on the ferry day, and Back restores the whole story', () => {
    const { explorer, figure, showing } = setup({ initial: { window: FERRY_DAYS } });
    expect(showing()).toMatch(/2 March 2024 to 4 March 2024/);
    expect(within(figure).getByRole('button', { name: HARBOUR.timeline.keyDay.preset })).toHaveAttribute('aria-pressed', 'true');
    explorer.setWindow(null);
    flushSync();
    expect(showing()).toBe(WHOLE);
    expect(within(figure).getByRole('button', { name: strings.presets.whole })).toHaveAttribute('aria-pressed', 'true');
  });

  test('+ zooms in and the explorer gets the new days', async () => {
    const { user, explorer, marks, showing } = setup();
    marks().find((m) => m.getAttribute('tabindex') === '0')!.focus();
    await user.keyboard('+');
    expect(showing()).not.toBe(WHOLE);
    expect(explorer.window).not.toBeNull();
    const [from, to] = explorer.window!;
    expect(from < to).toBe(true);
  });

  test('focus moving to an event outside the window pans to it', async () => {
    const { user, explorer, figure, eventButton, focusedId, showing } = setup();
    await user.click(within(figure).getByRole('button', { name: HARBOUR.timeline.keyDay.preset }));
    eventButton(HUB).focus();
    await user.keyboard('{End}');
    expect(focusedId()).toBe(LAST);
    expect(showing()).not.toMatch(/2 March 2024 to 4 March 2024/);
    expect(explorer.window![0] > FERRY_DAYS[1]).toBe(true);
  });
});

describe('the table alternative', () => {
  test('lists every event by date with its precision, lane and kind of claim', () => {
    const { figure } = setup();
    const table = within(figure).getByRole('table', { name: strings.tableCaption });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(story.events.length);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent(eventById(FIRST).title);
    expect(within(rows.at(-1)!).getByRole('rowheader')).toHaveTextContent(eventById(LAST).title);
    const fund = rows.find((r) => within(r).queryByText(eventById(FUND).title))!;
    expect(within(fund).getByText(groupName(HARBOUR, 'northport'))).toBeInTheDocument();
    expect(within(fund).getByText(shared.precisions.day)).toBeInTheDocument();
    const undated = rows.find((r) => within(r).queryByText(eventById(UNDATED).title))!;
    expect(within(undated).getByText(groupName(HARBOUR, 'southhaven'))).toBeInTheDocument();
    expect(within(undated).getByText(shared.precisions.after)).toBeInTheDocument();
    expect(within(undated).getByText(shared.claimKinds.quote)).toBeInTheDocument();
  });
});

describe('the projector theme draws the chart larger', () => {
  // jsdom has no stylesheet: an inline root font-size stands in for app.css's 150%.
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  const svgOf = (chart: HTMLElement) => chart.closest('svg') ?? chart;

  test('lays out for width / scale and fills the width with a viewBox of that size', async () => {
    document.documentElement.style.fontSize = '24px';
    const { user, explorer, chart, eventButton } = setup({ width: 1500 });
    const svg = svgOf(chart);
    // Any theme but the projector keeps one layout pixel per screen pixel, whatever the root size.
    expect(svg.getAttribute('width')).toBe('1500');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 1500 /);

    flushSync(() => explorer.setTheme('projector'));
    expect(svg.getAttribute('width')).toBe('1500');
    const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    expect(w).toBe(1000);
    expect(Number(svg.getAttribute('height'))).toBeCloseTo(h! * 1.5);
    // The overview strip below follows the same scale.
    const overview = document.querySelector('svg.overview')!;
    expect(overview.getAttribute('width')).toBe('1500');
    expect(overview.getAttribute('viewBox')).toMatch(/^0 0 1000 /);

    // The tooltip is HTML in CSS pixels: its place and width grow with the chart.
    await user.hover(eventButton(FUND));
    const tip = document.querySelector<HTMLElement>('.tooltip')!;
    const layoutTop = Number(eventButton(FUND).querySelector('.hit')!.getAttribute('y'));
    expect(parseFloat(tip.style.maxWidth)).toBe(240 * 1.5);
    expect(Math.abs(parseFloat(tip.style.top) - layoutTop * 1.5)).toBeLessThanOrEqual(12 * 1.5);

    // The root size changing (a media query crossing at a resize) re-lays out for the new scale.
    document.documentElement.style.fontSize = '20px';
    await new Promise((resolve) => setTimeout(resolve));
    flushSync();
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 1200 /);

    // Back to the default theme: one to one again.
    flushSync(() => explorer.setTheme('light'));
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 1500 /);
  });
});

describe('the summit band and the overview, as drawn', () => {
  test.each([
    { width: 375, view: 'the whole story' },
    { width: 1024, view: 'the whole story' },
  ])('at $width px, $view: the key day is a band at least 7 px wide, and the overview window is a plain outline', ({ width }) => {
    const { figure } = setup({ width });
    const band = figure.querySelector<SVGRectElement>('.summit rect')!;
    expect(Number(band.getAttribute('width'))).toBeGreaterThanOrEqual(7);
    const windowRect = figure.querySelector('.overview .window')!;
    expect(windowRect.classList.contains('whole')).toBe(true);
  });

  test('zoomed to the key weeks, the overview window is a tinted part of the strip, and the band is the day itself', () => {
    const { figure } = setup({ width: 1024, initial: { window: ['2024-02-01', '2024-04-01'] } });
    expect(figure.querySelector('.overview .window')!.classList.contains('whole')).toBe(false);
    // Two months across 1,024 px: a day is about 17 px, wider than the minimum.
    expect(Number(figure.querySelector('.summit rect')!.getAttribute('width'))).toBeGreaterThan(7);
  });
});
