import { describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import StancesView from '../../src/components/stances/StancesView.svelte';
import { Explorer } from '../../src/lib/state/explorer.svelte.ts';
import { stanceCell } from '../../src/lib/story/stanceCells.ts';
import type { ClaimKind, Distance, Stance, Story } from '../../src/lib/story/types.ts';

import { stances, shared } from '../../src/lib/strings.ts';
import { HARBOUR, harbourStory } from '../fixtures/harbour.ts';

const story = harbourStory();
const topicOf = (id: string, s: Story = story) => s.topics.find((t) => t.id === id)!;
const stanceById = (id: string) => story.stances.find((s) => s.id === id)!;
/** The cells' columns, named by the story's sides. */
const COLUMNS = ['Northport (Mayor Ahn)', 'Southhaven (Mayor Vidal)', 'Outcome'];
const SIDES = ['northport', 'southhaven', 'outcome'] as const;
const FISHING = 'stance-fishing-rights';
const DREDGING = 'stance-dredging-fund';
/** Accessible names of the position cells ("… on Fishing: …"), not the gauges or reasons. */
const cellName = (s: Story) => new RegExp(` on (${s.stances.map((x) => topicOf(x.topic, s).shortName).join('|')}):`);
const CELL_NAME = cellName(story);
const REPORTED: readonly ClaimKind[] = ['reported', 'quote'];

/**
 * The fixture with two more issues, so that every distance has a gauge and "only what was
 * reported" has something to hide (the fixture's own cells are all reported facts): ferry
 * fares, aligned, every cell the article's analysis (the filter empties the row); harbour
 * lights, apart, its outcome a forecast (the filter hides that one cell).
 */
function withFourIssues(): Story {
  const [first] = story.stances;
  const extra = (topic: string, name: string, shortName: string, distance: Distance, kinds: [ClaimKind, ClaimKind, ClaimKind]): [Story['topics'][number], Stance] => [
    { ...topicOf(first!.topic), id: topic, name, shortName },
    {
      ...first!,
      id: `stance-${topic}`,
      topic,
      distance,
      distanceReason: `Why ${name.toLowerCase()} are ${distance}.`,
      positions: {
        northport: { ...first!.positions.northport!, position: `Northport on ${name.toLowerCase()}`, keyTerm: undefined, detail: `Northport’s view of ${name.toLowerCase()}.`, kind: kinds[0] },
        southhaven: { ...first!.positions.southhaven!, position: `Southhaven on ${name.toLowerCase()}`, detail: `Southhaven’s view of ${name.toLowerCase()}.`, kind: kinds[1] },
      },
      outcome: { ...first!.outcome, position: `What came of ${name.toLowerCase()}`, detail: `The outcome on ${name.toLowerCase()}.`, kind: kinds[2] },
    },
  ];
  const added = [
    extra('ferry-fares', 'Ferry fares', 'Fares', 'aligned', ['analysis', 'analysis', 'analysis']),
    extra('harbour-lights', 'Harbour lights', 'Lights', 'apart', ['reported', 'quote', 'forecast']),
  ];
  return { ...story, topics: [...story.topics, ...added.map(([t]) => t)], stances: [...story.stances, ...added.map(([, s]) => s)] };
}

/** A cell's text as assistive technology gets it (without aria-hidden parts). */
function spokenText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return copy.textContent?.trim() ?? '';
}

function setup(width = 1280, s: Story = story, explorer = new Explorer(s)) {
  const user = userEvent.setup();
  render(StancesView, { story: s, width, explorer });
  const grid = screen.getByRole('grid', { name: stances.gridLabel });
  /** Elements that can take focus inside the grid, and which of them Tab reaches. */
  const focusable = () => [...grid.querySelectorAll<HTMLElement>('[tabindex]')];
  return { user, explorer, grid, focusable };
}

describe.each([
  { width: 375, mode: 'phone cards' },
  { width: 1280, mode: 'grid' },
])('StancesView at $width px ($mode)', ({ width }) => {
  test('is a grid with one row per issue in data order, its name as row header and three named cells', () => {
    const { grid } = setup(width);
    expect(grid.closest('figure')).toBe(screen.getByRole('figure', { name: HARBOUR.stances.heading }));
    const rows = within(grid).getAllByRole('row');
    expect(rows).toHaveLength(story.stances.length);
    story.stances.forEach((stance, i) => {
      const row = rows[i]!;
      const topic = topicOf(stance.topic);
      expect(within(row).getByRole('rowheader')).toHaveTextContent(topic.name);
      expect(within(row).getByRole('heading', { level: 3 })).toHaveTextContent(topic.name);
      SIDES.forEach((side, j) => {
        const cell = within(row).getByRole('gridcell', { name: new RegExp(`^${COLUMNS[j]!.replace(/[()]/g, '\\$&')} on ${topic.shortName}:`) });
        expect(cell).toHaveAccessibleName(stances.cellAria(COLUMNS[j]!, topic.shortName, stanceCell(stance, side)!.position, stanceCell(stance, side)!.keyTerm, shared.claimKinds[stanceCell(stance, side)!.kind]));
        expect(within(cell).getByText(stanceCell(stance, side)!.position)).toBeInTheDocument();
        if (stanceCell(stance, side)!.keyTerm) expect(within(cell).getByText(stanceCell(stance, side)!.keyTerm!).tagName).toBe('Q');
      });
      expect(within(row).getByText(stance.distanceReason)).toBeInTheDocument();
    });
    // no per-cell disclosures any more: the page's source panel shows the quotes
    expect(within(grid).queryAllByRole('button')).toHaveLength(0);
    expect(within(grid).queryByText(stanceById(FISHING).positions.southhaven!.sources[0]!.quote)).toBeNull();
  });

  test('one gauge per issue, named by its distance and described by its reason', () => {
    const four = withFourIssues();
    const { grid } = setup(width, four);
    const gauges = within(grid).getAllByRole('gridcell', { name: /: (aligned|close|apart|opposed)\./ });
    expect(gauges.map((g) => g.getAttribute('aria-label'))).toEqual(
      four.stances.map((s) => stances.gaugeAria(topicOf(s.topic, four).shortName, s.distance, shared.claimKinds[s.kind])),
    );
    gauges.forEach((g, i) => expect(g).toHaveAccessibleDescription(new RegExp(four.stances[i]!.distanceReason.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))));
    // the gap between the two markers grows with the distance: their shares of the track (fluid.ts); one gauge serves card and grid
    const share = (el: Element, attr: string) => {
      const v = el.getAttribute(attr)!;
      expect(v).toMatch(/^-?[\d.]+%$/);
      return parseFloat(v);
    };
    const gaps = (m: Element) => [...m.querySelectorAll('svg')].map((svg) => share(svg.querySelector('rect')!, 'x') - share(svg.querySelector('circle')!, 'cx'));
    for (const g of gauges) expect(g.querySelectorAll('svg')).toHaveLength(1);
    const gap = (m: Element) => gaps(m)[0]!;
    const byStep = Object.fromEntries(four.stances.map((s, i) => [s.distance, gap(gauges[i]!)]));
    expect(Object.keys(byStep).sort()).toEqual(['aligned', 'apart', 'close', 'opposed']);
    expect(byStep.opposed).toBeGreaterThan(byStep.apart!);
    expect(byStep.apart).toBeGreaterThan(byStep.close!);
    expect(byStep.close).toBeGreaterThan(byStep.aligned!);
  });

  test('exactly one Tab stop', () => {
    const { focusable } = setup(width);
    // 2 row headers + 2 gauges + 6 cells, all reachable by arrows; only one in the Tab order
    expect(focusable()).toHaveLength(10);
    expect(focusable().filter((el) => el.tabIndex === 0)).toHaveLength(1);
  });
});

describe('keyboard', () => {
  test('Tab in (one stop), arrow to the fishing row’s Southhaven cell, Enter opens its source', async () => {
    const { user, explorer, grid } = setup(1280);
    // Tab through the whole figure: the grid is reached exactly once
    const figure = grid.closest('figure')!;
    const visited: HTMLElement[] = [];
    document.body.focus();
    for (let i = 0; i < 10; i++) {
      await user.tab();
      if (!figure.contains(document.activeElement)) break;
      visited.push(document.activeElement as HTMLElement);
    }
    const inGrid = visited.filter((el) => grid.contains(el));
    expect(inGrid).toHaveLength(1);
    inGrid[0]!.focus();
    expect(document.activeElement).toHaveAccessibleName('Dredging fund');
    await user.keyboard('{ArrowDown}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(/^Southhaven \(Mayor Vidal\) on Fishing: Keep the western channel\./);
    expect(document.activeElement).toHaveAttribute('tabindex', '0');
    await user.keyboard('{Enter}');
    expect(explorer.panel).toBe(`${FISHING}:southhaven`);
    expect(explorer.selected).toBe(`${FISHING}:southhaven`);
    // the Tab stop moved with focus, and one more Tab leaves the grid altogether
    explorer.closeSource();
    expect(document.activeElement).toHaveAccessibleName(/^Southhaven \(Mayor Vidal\) on Fishing/);
    await user.tab();
    expect(grid.contains(document.activeElement)).toBe(false);
  });

  test('Home and End jump; Space on a gauge opens the stance; Enter on a row header selects the row without a panel', async () => {
    const { user, explorer, grid } = setup(768);
    within(grid).getAllByRole('rowheader')[0]!.focus();
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName(/^Outcome on Fishing:/);
    await user.keyboard('{Home}');
    expect(document.activeElement).toHaveAccessibleName('Dredging fund');
    await user.keyboard('{Enter}');
    expect(explorer.selected).toBe(DREDGING);
    expect(explorer.panel).toBeNull();
    expect(document.activeElement).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}{ArrowRight} ');
    expect(document.activeElement).toHaveAccessibleName(/^Dredging: close\./);
    expect(explorer.panel).toBe(DREDGING);
  });

  test('phone cards: Down follows reading order, gauge before the positions', async () => {
    const { user, grid } = setup(375);
    within(grid).getAllByRole('rowheader')[1]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(/^Fishing: opposed\./);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(/^Southhaven \(Mayor Vidal\) on Fishing/);
  });

  test('focus shows the detail as a tooltip; Escape hides it and keeps focus, a second Escape reaches the page', async () => {
    const { user, explorer, grid } = setup(1280);
    const fishing = stanceById(FISHING);
    explorer.select('fishing-rights');
    const cell = within(grid).getByRole('gridcell', { name: /^Southhaven \(Mayor Vidal\) on Fishing/ });
    cell.focus();
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent(fishing.positions.southhaven!.detail);
    expect(tip).toHaveTextContent(shared.claimKinds[fishing.positions.southhaven!.kind]);
    expect(cell).toHaveAccessibleDescription(new RegExp(fishing.positions.southhaven!.detail.slice(0, 20)));

    const reachedPage: boolean[] = [];
    const listener = (e: KeyboardEvent) => reachedPage.push(e.defaultPrevented);
    window.addEventListener('keydown', listener);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(document.activeElement).toBe(cell);
    await user.keyboard('{Escape}');
    window.removeEventListener('keydown', listener);
    // the first Escape was handled here (prevented), the second one is left to the page
    expect(reachedPage).toEqual([true, false]);
    // moving on shows the next cell's tooltip again
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('tooltip')).toHaveTextContent(fishing.outcome.detail);
  });

  test('hovering a cell shows its tooltip; leaving hides it', async () => {
    const { user, grid } = setup(1280);
    const cell = within(grid).getByRole('gridcell', { name: /^Outcome on Dredging/ });
    await user.hover(cell);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(stanceById(DREDGING).outcome.detail);
    await user.unhover(cell);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});

describe('pointer and linked selection', () => {
  test('clicking a cell opens its source; clicking an issue name selects the row', async () => {
    const { user, explorer, grid } = setup(1280);
    await user.click(within(grid).getByText(stanceById(FISHING).positions.northport!.position));
    expect(explorer.panel).toBe(`${FISHING}:northport`);
    explorer.closeSource();
    await user.click(within(grid).getByRole('heading', { name: topicOf('dredging-fund').name }));
    expect(explorer.selected).toBe(DREDGING);
    expect(explorer.panel).toBeNull();
    // clicking it again clears the selection
    await user.click(within(grid).getByRole('heading', { name: topicOf('dredging-fund').name }));
    expect(explorer.selected).toBeNull();
  });

  test('a selection elsewhere lights its issue and dims the rest', async () => {
    const { explorer, grid } = setup(1280);
    explorer.select('dredging-fund');
    await Promise.resolve();
    const [dredging, fishing] = within(grid).getAllByRole('row');
    const cells = within(dredging!).getAllByRole('gridcell', { name: /on Dredging/ });
    expect(cells).toHaveLength(3);
    for (const c of cells) {
      expect(c).not.toHaveClass('dimmed');
      expect(c).toHaveAccessibleName(new RegExp(`${stances.relatedSuffix.trim()}$`));
    }
    expect(within(dredging!).getByRole('rowheader')).not.toHaveClass('dimmed');
    const fishingCells = within(fishing!).getAllByRole('gridcell', { name: CELL_NAME });
    expect(fishingCells).toHaveLength(3);
    for (const c of fishingCells) expect(c).toHaveClass('dimmed');
    expect(within(fishing!).getByRole('rowheader')).toHaveClass('dimmed');
    // selecting one cell marks it selected; its row stays lit
    explorer.select(`${FISHING}:southhaven`);
    await Promise.resolve();
    const southhaven = within(grid).getByRole('gridcell', { name: /^Southhaven \(Mayor Vidal\) on Fishing/ });
    expect(southhaven).toHaveAttribute('aria-selected', 'true');
    expect(southhaven).toHaveClass('selected');
    expect(within(grid).getByRole('gridcell', { name: /^Outcome on Fishing/ })).not.toHaveClass('dimmed');
    expect(within(grid).getByRole('gridcell', { name: /^Outcome on Dredging/ })).toHaveClass('dimmed');
  });
});

describe('filters', () => {
  test('hidden cells leave the grid and the table; an issue with nothing left disappears', async () => {
    const four = withFourIssues();
    const { explorer, grid, focusable } = setup(1280, four);
    // forecasts and the article's analysis hidden: only reported facts and direct quotes
    explorer.onlyReported();
    await Promise.resolve();
    const shown = four.stances.filter((s) => SIDES.some((side) => REPORTED.includes(stanceCell(s, side)!.kind)));
    // ferry fares (all analysis) is gone; the fixture's two issues and harbour lights stay
    expect(shown.map((s) => s.id)).toEqual([DREDGING, FISHING, 'stance-harbour-lights']);
    const rows = within(grid).getAllByRole('row');
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(shown.map((s) => expect.stringContaining(topicOf(s.topic, four).name)));
    const cellNames = within(grid).getAllByRole('gridcell', { name: cellName(four) }).map((c) => c.getAttribute('aria-label')!);
    const expected = shown.flatMap((s) => SIDES.filter((side) => REPORTED.includes(stanceCell(s, side)!.kind)).map((side) => stanceCell(s, side)!.position));
    expect(cellNames).toHaveLength(expected.length);
    expected.forEach((p, i) => expect(cellNames[i]).toContain(p));
    // harbour lights' forecast outcome is the one cell hidden among the rows that stay
    expect(cellNames).toHaveLength(shown.length * 3 - 1);
    // a filtered cell is no stop; one Tab stop remains
    expect(focusable().filter((el) => el.tabIndex === 0)).toHaveLength(1);
    expect(focusable()).toHaveLength(shown.length * 2 + expected.length);

    const table = screen.getByRole('table', { name: HARBOUR.stances.tableCaption });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(shown.length);
    expect(within(table).queryByRole('rowheader', { name: 'Ferry fares' })).toBeNull();
    const hiddenOutcome = shown.find((s) => !REPORTED.includes(s.outcome.kind))!;
    expect(within(table).queryByText(hiddenOutcome.outcome.position)).toBeNull();
    expect(within(table).getAllByText(stances.filteredCell).length).toBe(shown.length * 3 - expected.length);
  });

  test('a topic filter keeps only that issue’s row, in the grid and in the table', async () => {
    const { explorer, grid } = setup(768);
    explorer.toggleFacet('topics', 'fishing-rights');
    await Promise.resolve();
    expect(within(grid).getAllByRole('row')).toHaveLength(1);
    expect(within(grid).getByRole('rowheader')).toHaveTextContent(topicOf('fishing-rights').name);
    expect(within(grid).getAllByRole('gridcell', { name: CELL_NAME })).toHaveLength(3);
    const table = screen.getByRole('table', { name: HARBOUR.stances.tableCaption });
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual([topicOf('fishing-rights').name]);
  });

  test('a search with no match in the matrix says so, in the chart and in the table', async () => {
    const { explorer } = setup(375);
    // the Bay Courier only reacted: nothing in the matrix names it
    explorer.setQuery('Courier');
    await Promise.resolve();
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.getAllByText(stances.noMatches)).toHaveLength(2);
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('annotation, legend and table', () => {
  test('the annotation names the widest gap and the closest issue, with both sides’ key terms', () => {
    setup(1280);
    const fishing = stanceById(FISHING);
    const dredging = stanceById(DREDGING);
    expect([fishing.distance, dredging.distance]).toEqual(['opposed', 'close']);
    // where a side gives no key term, its position stands in for it
    const lead = screen.getByText('Widest gap: Fishing.');
    expect(lead.closest('p')).toHaveTextContent(`Northport’s “${fishing.positions.northport!.position}” against Southhaven’s “${fishing.positions.southhaven!.position}”.`);
    expect(screen.getByText('Closest: Dredging.').closest('p')).toHaveTextContent(
      `Northport’s “${dredging.positions.northport!.keyTerm}” against Southhaven’s “${dredging.positions.southhaven!.position}”.`,
    );
  });

  test('the alternative is a table with column and row headers and the same facts', () => {
    setup(375);
    const table = screen.getByRole('table', { name: HARBOUR.stances.tableCaption });
    const cols = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(cols).toEqual(['Issue', ...COLUMNS, 'How far apart', 'Why']);
    const rowHeads = within(table).getAllByRole('rowheader');
    expect(rowHeads.map((h) => h.textContent)).toEqual(story.stances.map((s) => topicOf(s.topic).name));
    for (const h of rowHeads) expect(h).toHaveAttribute('scope', 'row');
    story.stances.forEach((s, i) => {
      const cells = within(rowHeads[i]!.closest('tr')!).getAllByRole('cell');
      expect(cells[0]).toHaveTextContent(s.positions.northport!.position);
      if (s.positions.northport!.keyTerm) expect(cells[0]).toHaveTextContent(s.positions.northport!.keyTerm);
      expect(cells[1]).toHaveTextContent(s.positions.southhaven!.position);
      expect(cells[2]).toHaveTextContent(s.outcome.position);
      expect(spokenText(cells[3]!).toLowerCase()).toBe(s.distance);
      expect(cells[4]).toHaveTextContent(s.distanceReason);
    });
    // the fixture's one key term is in the table too
    expect(within(table).getByText(stanceById(DREDGING).positions.northport!.keyTerm!)).toBeInTheDocument();
  });

  test('the legend explains the four steps and the two markers', () => {
    setup(375);
    const figure = screen.getByRole('figure', { name: HARBOUR.stances.heading });
    const legend = figure.querySelector('.legend') as HTMLElement;
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent?.trim())).toEqual([
      'Northport',
      'Southhaven',
      'Aligned',
      'Close',
      'Apart',
      'Opposed',
    ]);
  });
});
