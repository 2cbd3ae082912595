import { describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Timeline from '../../src/components/timeline/Timeline.svelte';
import { loadStory } from '../../src/lib/story/readStory.ts';
import { shared, timeline as strings } from '../../src/lib/strings.ts';

const story = loadStory(process.cwd());
const eventById = (id: string) => story.events.find((e) => e.id === id)!;

function setup(width = 1024) {
  const user = userEvent.setup();
  render(Timeline, { story, width });
  const figure = screen.getByRole('figure', { name: strings.heading });
  const chart = within(figure).getByRole('group', { name: strings.svgTitle });
  const eventButton = (id: string) => within(chart).getByRole('button', { name: new RegExp(`^${eventById(id).title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.`) });
  return { user, figure, chart, eventButton };
}

describe.each([375, 1280])('Timeline at %d px', (width) => {
  test('is a figure named by its heading, with one mark per event, and only one of them in the Tab order', () => {
    const { chart } = setup(width);
    const marks = within(chart).getAllByRole('button');
    expect(marks).toHaveLength(story.events.length);
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  test('writes the lane names on the chart', () => {
    const { chart } = setup(width);
    for (const name of [shared.groups.korea, strings.jointLane, shared.groups['united-states'], shared.groups.japan, shared.groups.media, shared.groups['korean-parties']]) {
      expect(within(chart).getByText(name)).toBeInTheDocument();
    }
  });
});

describe('opening an event', () => {
  test('Trump hinting at meeting Kim Jong-un shows its quote, and Escape closes it and returns focus', async () => {
    const { user, figure, eventButton } = setup();
    const event = eventById('trump-hints-kim-meeting');
    const quote = event.sources[0]!.quote;
    expect(within(figure).queryByText(quote)).toBeNull();

    const mark = eventButton(event.id);
    await user.click(mark);
    const detail = within(figure).getByRole('region', { name: event.title });
    expect(within(detail).getByText(quote)).toBeInTheDocument();
    expect(within(detail).getByText(shared.claimKinds[event.kind])).toBeInTheDocument();
    expect(within(detail).getByText('25 August 2025')).toBeInTheDocument();
    expect(within(detail).getByText(event.derivation!)).toBeInTheDocument();
    expect(mark).toHaveAttribute('aria-expanded', 'true');

    await user.keyboard('{Escape}');
    expect(within(figure).queryByText(quote)).toBeNull();
    expect(mark).toHaveFocus();
  });

  test('an undated reaction says it is undated, and the Close button closes it', async () => {
    const { user, figure, eventButton } = setup();
    const event = eventById('japan-welcomes');
    await user.click(eventButton(event.id));
    const detail = within(figure).getByRole('region', { name: event.title });
    expect(within(detail).getByText(/On or after 25 August 2025/)).toBeInTheDocument();
    await user.click(within(detail).getByRole('button', { name: shared.close }));
    expect(within(figure).queryByRole('region', { name: event.title })).toBeNull();
  });
});

describe('keyboard', () => {
  test('Home, Right and End move focus in time order; Enter opens the focused event', async () => {
    const { user, chart } = setup();
    const marks = within(chart).getAllByRole('button');
    marks.find((m) => m.getAttribute('tabindex') === '0')!.focus();
    await user.keyboard('{Home}');
    expect(document.activeElement?.getAttribute('data-id')).toBe('administration-begins');
    await user.keyboard('{ArrowRight}');
    const second = document.activeElement?.getAttribute('data-id');
    expect(eventById(second!).date).toBe('2025-08-25');
    expect(document.activeElement).toHaveAttribute('tabindex', '0');
    await user.keyboard('{End}');
    expect(document.activeElement?.getAttribute('data-id')).toBe('elections-2026');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('region', { name: eventById('elections-2026').title })).toBeInTheDocument();
  });

  test('+ and the presets change the visible window', async () => {
    const { user, figure, chart } = setup();
    const showing = () => within(figure).getByText(/^Showing /).textContent;
    expect(showing()).toBe(strings.showing('1 June 2025', '31 December 2026'));
    await user.click(within(figure).getByRole('button', { name: strings.presets.summit }));
    expect(showing()).toMatch(/24 August 2025 to 26 August 2025/);
    expect(within(figure).getByRole('button', { name: strings.presets.summit })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(figure).getByRole('button', { name: strings.presets.whole }));
    within(chart).getAllByRole('button').find((m) => m.getAttribute('tabindex') === '0')!.focus();
    await user.keyboard('+');
    expect(showing()).not.toBe(strings.showing('1 June 2025', '31 December 2026'));
    expect(within(figure).getByRole('button', { name: strings.presets.whole })).toHaveAttribute('aria-pressed', 'false');
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
    const kim = rows.find((r) => within(r).queryByText(eventById('trump-hints-kim-meeting').title))!;
    expect(within(kim).getByText(shared.groups['united-states'])).toBeInTheDocument();
    expect(within(kim).getByText(shared.precisions.day)).toBeInTheDocument();
  });
});
