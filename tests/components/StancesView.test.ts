import { describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import StancesView from '../../src/components/stances/StancesView.svelte';
import { Explorer } from '../../src/lib/state/explorer.svelte.ts';
import { stanceCell } from '../../src/lib/story/stanceCells.ts';

import { preparedStory } from '../fixtures/story.ts';
import { stances, shared } from '../../src/lib/strings.ts';

const story = preparedStory();
const topicOf = (id: string) => story.topics.find((t) => t.id === id)!;
const stanceById = (id: string) => story.stances.find((s) => s.id === id)!;
const COLUMNS = ['South Korea (Lee Jae-myung)', 'United States (Trump)', 'Outcome'];
const SIDES = ['korea', 'us', 'outcome'] as const;
const TRADE = 'stance-trade-agriculture';
/** Accessible names of the nine position cells ("… on Trade & farming: …"), not the gauges or reasons. */
const CELL_NAME = new RegExp(` on (${story.stances.map((s) => topicOf(s.topic).shortName).join('|')}):`);

/** A cell's text as assistive technology gets it (without aria-hidden parts). */
function spokenText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return copy.textContent?.trim() ?? '';
}

function setup(width = 1280, explorer = new Explorer(story)) {
  const user = userEvent.setup();
  render(StancesView, { story, width, explorer });
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
    expect(grid.closest('figure')).toBe(screen.getByRole('figure', { name: 'Where the two sides stand' }));
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
    expect(within(grid).queryByText(stanceById(TRADE).positions.us!.sources[0]!.quote)).toBeNull();
  });

  test('one gauge per issue, named by its distance and described by its reason', () => {
    const { grid } = setup(width);
    const gauges = within(grid).getAllByRole('gridcell', { name: /: (aligned|close|apart|opposed)\./ });
    expect(gauges.map((g) => g.getAttribute('aria-label'))).toEqual(
      story.stances.map((s) => stances.gaugeAria(topicOf(s.topic).shortName, s.distance, shared.claimKinds[s.kind])),
    );
    gauges.forEach((g, i) => expect(g).toHaveAccessibleDescription(new RegExp(story.stances[i]!.distanceReason.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))));
    // the gap between the two markers grows with the distance
    const gap = (m: Element) => Number(m.querySelector('rect')!.getAttribute('x')) - Number(m.querySelector('circle')!.getAttribute('cx'));
    const byStep = Object.fromEntries(story.stances.map((s, i) => [s.distance, gap(gauges[i]!)]));
    expect(byStep.opposed).toBeGreaterThan(byStep.apart!);
    expect(byStep.apart).toBeGreaterThan(byStep.close!);
  });

  test('exactly one Tab stop', () => {
    const { focusable } = setup(width);
    // 3 row headers + 3 gauges + 9 cells, all reachable by arrows; only one in the Tab order
    expect(focusable()).toHaveLength(15);
    expect(focusable().filter((el) => el.tabIndex === 0)).toHaveLength(1);
  });
});

describe('keyboard', () => {
  test('Tab in (one stop), arrow to the trade row’s US cell, Enter opens its source', async () => {
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
    expect(document.activeElement).toHaveAccessibleName('Defense cost-sharing');
    await user.keyboard('{ArrowDown}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(/^United States \(Trump\) on Trade & farming: Open the farm market more\./);
    expect(document.activeElement).toHaveAttribute('tabindex', '0');
    await user.keyboard('{Enter}');
    expect(explorer.panel).toBe(`${TRADE}:us`);
    expect(explorer.selected).toBe(`${TRADE}:us`);
    // the Tab stop moved with focus, and one more Tab leaves the grid altogether
    explorer.closeSource();
    expect(document.activeElement).toHaveAccessibleName(/^United States \(Trump\) on Trade & farming/);
    await user.tab();
    expect(grid.contains(document.activeElement)).toBe(false);
  });

  test('Home and End jump; Space on a gauge opens the stance; Enter on a row header selects the row without a panel', async () => {
    const { user, explorer, grid } = setup(768);
    within(grid).getAllByRole('rowheader')[0]!.focus();
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName(/^Outcome on North Korea:/);
    await user.keyboard('{Home}');
    expect(document.activeElement).toHaveAccessibleName('Defense cost-sharing');
    await user.keyboard('{Enter}');
    expect(explorer.selected).toBe('stance-defense-cost-sharing');
    expect(explorer.panel).toBeNull();
    expect(document.activeElement).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}{ArrowRight} ');
    expect(explorer.panel).toBe('stance-defense-cost-sharing');
  });

  test('phone cards: Down follows reading order, gauge before the positions', async () => {
    const { user, grid } = setup(375);
    within(grid).getAllByRole('rowheader')[1]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(/^Trade & farming: opposed\./);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(/^United States \(Trump\) on Trade & farming/);
  });

  test('focus shows the detail as a tooltip; Escape hides it and keeps focus, a second Escape reaches the page', async () => {
    const { user, explorer, grid } = setup(1280);
    const trade = stanceById(TRADE);
    explorer.select('north-korea-nuclear');
    const cell = within(grid).getByRole('gridcell', { name: /^United States \(Trump\) on Trade & farming/ });
    cell.focus();
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent(trade.positions.us!.detail);
    expect(tip).toHaveTextContent(shared.claimKinds[trade.positions.us!.kind]);
    expect(cell).toHaveAccessibleDescription(new RegExp(trade.positions.us!.detail.slice(0, 20)));

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
    expect(await screen.findByRole('tooltip')).toHaveTextContent(trade.outcome.detail);
  });

  test('hovering a cell shows its tooltip; leaving hides it', async () => {
    const { user, grid } = setup(1280);
    const cell = within(grid).getByRole('gridcell', { name: /^Outcome on Defense costs/ });
    await user.hover(cell);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(stanceById('stance-defense-cost-sharing').outcome.detail);
    await user.unhover(cell);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});

describe('pointer and linked selection', () => {
  test('clicking a cell opens its source; clicking an issue name selects the row', async () => {
    const { user, explorer, grid } = setup(1280);
    await user.click(within(grid).getByText(stanceById(TRADE).positions.korea!.position));
    expect(explorer.panel).toBe(`${TRADE}:korea`);
    explorer.closeSource();
    await user.click(within(grid).getByRole('heading', { name: topicOf('north-korea-nuclear').name }));
    expect(explorer.selected).toBe('stance-north-korea');
    expect(explorer.panel).toBeNull();
    // clicking it again clears the selection
    await user.click(within(grid).getByRole('heading', { name: topicOf('north-korea-nuclear').name }));
    expect(explorer.selected).toBeNull();
  });

  test('a selection elsewhere lights its issue and dims the rest', async () => {
    const { explorer, grid } = setup(1280);
    explorer.select('north-korea-nuclear');
    await Promise.resolve();
    const rows = within(grid).getAllByRole('row');
    const nk = rows[2]!;
    const cells = within(nk).getAllByRole('gridcell', { name: /on North Korea/ });
    expect(cells).toHaveLength(3);
    for (const c of cells) {
      expect(c).not.toHaveClass('dimmed');
      expect(c).toHaveAccessibleName(new RegExp(`${stances.relatedSuffix.trim()}$`));
    }
    for (const row of rows.slice(0, 2)) {
      for (const c of within(row).getAllByRole('gridcell', { name: CELL_NAME })) expect(c).toHaveClass('dimmed');
      expect(within(row).getByRole('rowheader')).toHaveClass('dimmed');
    }
    // selecting one cell marks it selected; its row stays lit
    explorer.select(`${TRADE}:us`);
    await Promise.resolve();
    const us = within(grid).getByRole('gridcell', { name: /^United States \(Trump\) on Trade & farming/ });
    expect(us).toHaveAttribute('aria-selected', 'true');
    expect(us).toHaveClass('selected');
    expect(within(grid).getByRole('gridcell', { name: /^Outcome on Trade & farming/ })).not.toHaveClass('dimmed');
    expect(within(grid).getByRole('gridcell', { name: /^Outcome on North Korea/ })).toHaveClass('dimmed');
  });
});

describe('filters', () => {
  test('hidden cells leave the grid and the table; an issue with nothing left disappears', async () => {
    const { explorer, grid, focusable } = setup(1280);
    // forecasts and the article's analysis hidden: only reported facts and direct quotes
    explorer.onlyReported();
    await Promise.resolve();
    const shown = story.stances.filter((s) => SIDES.some((side) => ['reported', 'quote'].includes(stanceCell(s, side)!.kind)));
    const rows = within(grid).getAllByRole('row');
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(shown.map((s) => expect.stringContaining(topicOf(s.topic).name)));
    const cellNames = within(grid).getAllByRole('gridcell', { name: CELL_NAME }).map((c) => c.getAttribute('aria-label')!);
    const expected = shown.flatMap((s) => SIDES.filter((side) => ['reported', 'quote'].includes(stanceCell(s, side)!.kind)).map((side) => stanceCell(s, side)!.position));
    expect(cellNames).toHaveLength(expected.length);
    expected.forEach((p, i) => expect(cellNames[i]).toContain(p));
    expect(cellNames.length).toBeLessThan(9);
    // a filtered cell is no stop; one Tab stop remains
    expect(focusable().filter((el) => el.tabIndex === 0)).toHaveLength(1);
    expect(focusable()).toHaveLength(shown.length * 2 + expected.length);

    const table = screen.getByRole('table', { name: /three contested issues/ });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(shown.length);
    const hiddenOutcome = shown.find((s) => !['reported', 'quote'].includes(s.outcome.kind))!;
    expect(within(table).queryByText(hiddenOutcome.outcome.position)).toBeNull();
    expect(within(table).getAllByText(stances.filteredCell).length).toBe(shown.length * 3 - expected.length);
  });

  test('a topic filter keeps only that issue’s row, in the grid and in the table', async () => {
    const { explorer, grid } = setup(768);
    explorer.toggleFacet('topics', 'trade-agriculture');
    await Promise.resolve();
    expect(within(grid).getAllByRole('row')).toHaveLength(1);
    expect(within(grid).getByRole('rowheader')).toHaveTextContent(topicOf('trade-agriculture').name);
    expect(within(grid).getAllByRole('gridcell', { name: CELL_NAME })).toHaveLength(3);
    const table = screen.getByRole('table', { name: /three contested issues/ });
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual([topicOf('trade-agriculture').name]);
  });

  test('a search with no match in the matrix says so, in the chart and in the table', async () => {
    const { explorer } = setup(375);
    explorer.setQuery('Hayashi');
    await Promise.resolve();
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.getAllByText(stances.noMatches)).toHaveLength(2);
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('annotation, legend and table', () => {
  test('the annotation names the widest gap and the closest issue, with both sides’ key terms', () => {
    setup(1280);
    const trade = story.stances.find((s) => s.distance === 'opposed')!;
    const nk = story.stances.find((s) => s.distance === 'close')!;
    const lead = screen.getByText('Widest gap: Trade & farming.');
    expect(lead.closest('p')).toHaveTextContent(`Korea’s “${trade.positions.korea!.keyTerm}” against the US’s “${trade.positions.us!.keyTerm}”.`);
    expect(screen.getByText('Closest: North Korea.').closest('p')).toHaveTextContent(nk.positions.us!.keyTerm!);
  });

  test('the alternative is a table with column and row headers and the same facts', () => {
    setup(375);
    const table = screen.getByRole('table', { name: /three contested issues/ });
    const cols = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(cols).toEqual(['Issue', ...COLUMNS, 'How far apart', 'Why']);
    const rowHeads = within(table).getAllByRole('rowheader');
    expect(rowHeads.map((h) => h.textContent)).toEqual(story.stances.map((s) => topicOf(s.topic).name));
    for (const h of rowHeads) expect(h).toHaveAttribute('scope', 'row');
    story.stances.forEach((s, i) => {
      const cells = within(rowHeads[i]!.closest('tr')!).getAllByRole('cell');
      expect(cells[0]).toHaveTextContent(s.positions.korea!.position);
      expect(cells[1]).toHaveTextContent(s.positions.us!.keyTerm!);
      expect(cells[2]).toHaveTextContent(s.outcome.position);
      expect(spokenText(cells[3]!).toLowerCase()).toBe(s.distance);
      expect(cells[4]).toHaveTextContent(s.distanceReason);
    });
  });

  test('the legend explains the four steps and the two markers', () => {
    setup(375);
    const figure = screen.getByRole('figure', { name: 'Where the two sides stand' });
    const legend = figure.querySelector('.legend') as HTMLElement;
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent?.trim())).toEqual([
      'South Korea',
      'United States',
      'Aligned',
      'Close',
      'Apart',
      'Opposed',
    ]);
  });
});
