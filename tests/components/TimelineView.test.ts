import { afterEach, describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import TimelineView from '../../src/components/timeline/TimelineView.svelte';

import { preparedStory } from '../fixtures/story.ts';
import { Explorer } from '../../src/lib/state/explorer.svelte.ts';
import type { UrlState } from '../../src/lib/state/urlState.ts';
import { shared, timeline as strings } from '../../src/lib/strings.ts';
import { META } from '../fixtures/meta.ts';
import { groupName } from '../../src/lib/story/meta.ts';

const story = preparedStory();
const eventById = (id: string) => story.events.find((e) => e.id === id)!;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KIM = 'trump-hints-kim-meeting';

function setup({ width = 1024, initial = {} }: { width?: number; initial?: Partial<UrlState> } = {}) {
  const user = userEvent.setup();
  const explorer = new Explorer(story, initial);
  render(TimelineView, { story, width, explorer });
  const figure = screen.getByRole('figure', { name: META.timeline.heading });
  const chart = within(figure).getByRole('group', { name: META.timeline.title });
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

  test('writes the lane names on the chart', () => {
    const { chart } = setup({ width });
    for (const name of [groupName(META, 'korea'), META.lanes.joint!.label, groupName(META, 'united-states'), groupName(META, 'japan'), groupName(META, 'media'), groupName(META, 'korean-parties')]) {
      expect(within(chart).getByText(name)).toBeInTheDocument();
    }
  });
});

describe('keyboard journey', () => {
  test('Tab into the timeline, arrow to Trump hinting at meeting Kim Jong-un, Enter: its source panel opens', async () => {
    const { user, explorer, chart, focusedId } = setup();
    // Tab from the top of the page until focus lands in the chart: exactly one event is a Tab stop.
    for (let i = 0; i < 20 && !chart.contains(document.activeElement); i++) await user.tab();
    expect(chart.contains(document.activeElement)).toBe(true);
    expect(focusedId()).toBe('administration-begins');

    for (let i = 0; i < story.events.length && focusedId() !== KIM; i++) await user.keyboard('{ArrowRight}');
    expect(focusedId()).toBe(KIM);
    await user.keyboard('{Enter}');
    expect(explorer.panel).toBe(KIM);
    expect(explorer.selected).toBe(KIM);
    // The page's source panel shows the details now: no card of the view's own.
    expect(screen.queryByRole('region', { name: eventById(KIM).title })).toBeNull();

    // The next Tab leaves the chart: arrows, not Tab, move between events.
    await user.tab();
    expect(chart.contains(document.activeElement)).toBe(false);
    await user.tab({ shift: true });
    expect(focusedId()).toBe(KIM);
  });

  test('Home, Right and End move focus in time order, the Tab stop following', async () => {
    const { user, marks, focusedId } = setup();
    marks().find((m) => m.getAttribute('tabindex') === '0')!.focus();
    await user.keyboard('{End}');
    expect(focusedId()).toBe('elections-2026');
    await user.keyboard('{Home}');
    expect(focusedId()).toBe('administration-begins');
    await user.keyboard('{ArrowRight}');
    expect(eventById(focusedId()!).date).toBe('2025-08-25');
    expect(document.activeElement).toHaveAttribute('tabindex', '0');
    expect(marks().filter((m) => m.getAttribute('tabindex') === '0')).toEqual([document.activeElement]);
  });

  test('Space and a click open the source panel too', async () => {
    const { user, explorer, eventButton } = setup();
    eventButton('japan-welcomes').focus();
    await user.keyboard(' ');
    expect(explorer.panel).toBe('japan-welcomes');
    explorer.closeSource();
    await user.click(eventButton('elections-2026'));
    expect(explorer.panel).toBe('elections-2026');
    expect(explorer.selected).toBe('elections-2026');
  });
});

describe('tooltip', () => {
  // The tooltip is aria-hidden (each event's accessible name says the same), so find it as sighted readers do: by its box.
  const tooltip = () => document.querySelector<HTMLElement>('.tooltip');

  test('focus shows title, date with precision, lane and kind of claim; Escape hides it, then clears the selection', async () => {
    const { user, explorer, eventButton, focusedId } = setup({ initial: { selected: 'summit' } });
    actLikeThePage(explorer);
    const mark = eventButton(KIM);
    mark.focus();
    flushSync();
    const tip = tooltip()!;
    expect(within(tip).getByText(eventById(KIM).title)).toBeInTheDocument();
    expect(within(tip).getByText(`25 August 2025 · ${shared.precisions.day}`)).toBeInTheDocument();
    expect(within(tip).getByText(`${groupName(META, 'united-states')} · ${shared.claimKinds[eventById(KIM).kind]}`)).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(tooltip()).toBeNull();
    expect(mark).toHaveFocus();
    expect(explorer.selected).toBe('summit');

    await user.keyboard('{Escape}');
    expect(explorer.selected).toBeNull();
    expect(mark).toHaveFocus();

    // Moving to another event brings the tooltip back, for that event.
    await user.keyboard('{ArrowRight}');
    expect(focusedId()).not.toBe(KIM);
    expect(within(tooltip()!).getByText(eventById(focusedId()!).title)).toBeInTheDocument();
  });

  test('hovering shows it for an undated reaction, saying it is undated', async () => {
    const { user, eventButton } = setup();
    await user.hover(eventButton('japan-welcomes'));
    expect(within(tooltip()!).getByText(/^On or after 25 August 2025/)).toBeInTheDocument();
    expect(within(tooltip()!).getByText(`${groupName(META, 'japan')} · ${shared.claimKinds.quote}`)).toBeInTheDocument();
    await user.unhover(eventButton('japan-welcomes'));
    expect(tooltip()).toBeNull();
  });

  test('Escape hides a hover tooltip too, without clearing the selection', async () => {
    const { user, explorer, eventButton } = setup({ initial: { selected: 'summit' } });
    actLikeThePage(explorer);
    await user.hover(eventButton('japan-welcomes'));
    expect(tooltip()).not.toBeNull();
    await user.keyboard('{Escape}');
    expect(tooltip()).toBeNull();
    expect(explorer.selected).toBe('summit');
  });

  test('hides while the source panel is open', async () => {
    const { user, explorer, eventButton } = setup();
    eventButton(KIM).focus();
    flushSync();
    expect(tooltip()).not.toBeNull();
    await user.keyboard('{Enter}');
    expect(explorer.panel).toBe(KIM);
    expect(tooltip()).toBeNull();
  });
});

describe('linked selection', () => {
  test('selecting the North Korea topic elsewhere lights the Kim Jong-un events and dims the rest', () => {
    const { explorer, eventButton, marks } = setup();
    expect(marks().filter((m) => m.classList.contains('dimmed'))).toHaveLength(0);
    explorer.select('north-korea-nuclear');
    flushSync();
    for (const id of [KIM, 'outlook-nk-talks', 'japan-cautious-on-nk', 'ppp-criticism']) {
      expect(eventButton(id)).not.toHaveClass('dimmed');
      expect(eventButton(id)).toHaveAccessibleName(new RegExp(escape(strings.relatedAria)));
    }
    expect(eventButton('japan-welcomes')).toHaveClass('dimmed');
    expect(eventButton('elections-2026')).toHaveClass('dimmed');
    expect(eventButton('elections-2026')).not.toHaveAccessibleName(new RegExp(escape(strings.relatedAria)));
    // Dimmed events are still there for the keyboard.
    expect(marks()).toHaveLength(story.events.length);
  });

  test('the selected event is marked current in the chart and the table, and is the Tab stop', () => {
    const { explorer, figure, eventButton } = setup({ initial: { selected: KIM } });
    expect(eventButton(KIM)).toHaveAttribute('aria-current', 'true');
    expect(eventButton(KIM)).toHaveAttribute('tabindex', '0');
    const table = within(figure).getByRole('table', { name: strings.tableCaption });
    expect(within(table).getByRole('rowheader', { name: eventById(KIM).title }).closest('tr')).toHaveAttribute('aria-current', 'true');
    explorer.clearSelection();
    flushSync();
    expect(eventButton(KIM)).not.toHaveAttribute('aria-current');
  });
});

describe('filters and search', () => {
  test('events that do not match leave the chart and the table', () => {
    const { explorer, figure, marks } = setup();
    explorer.toggleFacet('groups', 'japan');
    flushSync();
    const japan = story.events.filter((e) => e.actors.includes('japan-government')).map((e) => e.id).sort();
    expect(japan.length).toBeGreaterThan(0);
    expect(marks().map((m) => m.getAttribute('data-id')).sort()).toEqual(japan);
    expect(marks().filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    const table = within(figure).getByRole('table', { name: strings.tableCaption });
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(japan.length);
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
  const WHOLE = strings.showing('1 June 2025', '31 December 2026');

  test('a preset writes whole days; the whole story writes none', async () => {
    const { user, explorer, figure, showing } = setup();
    expect(showing()).toBe(WHOLE);
    await user.click(within(figure).getByRole('button', { name: META.timeline.keyDay.preset }));
    expect(explorer.window).toEqual(['2025-08-24', '2025-08-27']);
    expect(showing()).toMatch(/24 August 2025 to 26 August 2025/);
    expect(within(figure).getByRole('button', { name: META.timeline.keyDay.preset })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(figure).getByRole('button', { name: strings.presets.whole }));
    expect(explorer.window).toBeNull();
    expect(showing()).toBe(WHOLE);
  });

  test('a deep link to the summit days opens on the summit day, and Back restores the whole story', () => {
    const { explorer, figure, showing } = setup({ initial: { window: ['2025-08-24', '2025-08-27'] } });
    expect(showing()).toMatch(/24 August 2025 to 26 August 2025/);
    expect(within(figure).getByRole('button', { name: META.timeline.keyDay.preset })).toHaveAttribute('aria-pressed', 'true');
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
    await user.click(within(figure).getByRole('button', { name: META.timeline.keyDay.preset }));
    eventButton('summit').focus();
    await user.keyboard('{End}');
    expect(focusedId()).toBe('elections-2026');
    expect(showing()).not.toMatch(/24 August 2025 to 26 August 2025/);
    expect(explorer.window![0] > '2025-08-27').toBe(true);
  });
});

describe('the table alternative', () => {
  test('lists every event by date with its precision, lane and kind of claim', () => {
    const { figure } = setup();
    const table = within(figure).getByRole('table', { name: strings.tableCaption });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(story.events.length);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent(eventById('administration-begins').title);
    expect(within(rows.at(-1)!).getByRole('rowheader')).toHaveTextContent(eventById('elections-2026').title);
    const kim = rows.find((r) => within(r).queryByText(eventById(KIM).title))!;
    expect(within(kim).getByText(groupName(META, 'united-states'))).toBeInTheDocument();
    expect(within(kim).getByText(shared.precisions.day)).toBeInTheDocument();
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
    await user.hover(eventButton(KIM));
    const tip = document.querySelector<HTMLElement>('.tooltip')!;
    const layoutTop = Number(eventButton(KIM).querySelector('.hit')!.getAttribute('y'));
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
