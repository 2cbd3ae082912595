/**
 * The views on a story 125 times the fixture (src/lib/bench/generateStory.ts): what they draw
 * stays bounded (counts, a first page of rows, lines on a canvas) and the reader can still
 * reach everything (zoom into a count, "Show all").
 */
import { describe, expect, test, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import TimelineView from '../../src/components/timeline/TimelineView.svelte';
import StancesView from '../../src/components/stances/StancesView.svelte';
import ReactionsView from '../../src/components/reactions/ReactionsView.svelte';
import { Explorer } from '../../src/lib/state/explorer.svelte.ts';
import { generateStory } from '../../src/lib/bench/generateStory.ts';
import { FIRST_ISSUES } from '../../src/lib/layout/stances.ts';
import { packReactionsLayout } from '../../src/lib/layout/reactions/index.ts';
import { layoutReactions } from '../../src/lib/layout/reactions/layoutReactions.ts';
import { MAX_LANE_MARKS, TABLE_FIRST_ROWS } from '../../src/lib/layout/timeline.ts';
import { stances, reactions, timeline } from '../../src/lib/strings.ts';
import { HARBOUR, harbourStory } from '../fixtures/harbour.ts';

const fixture = harbourStory();
/**
 * 125 copies: past every threshold (875 events in three lanes, 250 issues, 750 reaction lines),
 * and a cast of 12 copies, so that 36 actors react, more than the list's first 30.
 */
const FACTOR = 125;
const big = generateStory(fixture, FACTOR, 1);

describe(`the timeline at ${FACTOR}×`, () => {
  function setup() {
    const explorer = new Explorer(big);
    render(TimelineView, { story: big, width: 1152, explorer });
    const figure = screen.getByRole('figure', { name: HARBOUR.timeline.heading });
    const chart = within(figure).getByRole('group', { name: HARBOUR.timeline.title });
    return { user: userEvent.setup(), explorer, figure, chart };
  }

  test('draws counts, never more than a lane’s worth of marks each, and says what the numbers are', () => {
    const { figure, chart } = setup();
    const buttons = within(chart).getAllByRole('button');
    expect(buttons.length).toBeLessThanOrEqual(big.meta.lanes.order.length * MAX_LANE_MARKS);
    const bins = buttons.filter((b) => b.getAttribute('data-id')!.startsWith('bin:'));
    expect(bins.length).toBeGreaterThan(0);
    // Every event of the story is counted once across the bins' names.
    const counted = bins.reduce((n, b) => n + Number(/^(\d+) events/.exec(b.getAttribute('aria-label')!)![1]), 0);
    expect(counted).toBe(big.events.length);
    expect(within(figure).getByText(timeline.binnedNote)).toBeInTheDocument();
    expect(buttons.filter((b) => b.getAttribute('tabindex') === '0')).toHaveLength(1);
  }, 30_000);

  test('a click on a count zooms to its period; a few clicks down, its events show as marks again', async () => {
    const { user, explorer, chart } = setup();
    const buttons = () => within(chart).getAllByRole('button');
    const isBin = (b: Element) => b.getAttribute('data-id')!.startsWith('bin:');
    const first = buttons().find((b) => b.getAttribute('data-id')!.startsWith('bin:northport:'))!;
    const month = new Date(Number(first.getAttribute('data-id')!.split(':')[2])).toISOString().slice(0, 7);
    await user.click(first);
    flushSync();
    expect(explorer.window![0].slice(0, 7)).toBe(month);
    expect(chart.contains(document.activeElement)).toBe(true);
    // Each count opens a shorter period (month, then day), until the lane has room for its events.
    for (let clicks = 0; clicks < 3 && buttons().every(isBin); clicks++) {
      await user.click(buttons().find(isBin)!);
      flushSync();
    }
    expect(buttons().filter((b) => !isBin(b)).length).toBeGreaterThan(0);
    expect(chart.contains(document.activeElement)).toBe(true);
  }, 30_000);

  test('the keys reach the counts: Tab lands on one, → moves on in time, Enter zooms in', async () => {
    const { user, explorer, chart } = setup();
    const stop = within(chart).getAllByRole('button').find((b) => b.getAttribute('tabindex') === '0')!;
    expect(stop.getAttribute('data-id')).toMatch(/^bin:/);
    stop.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).not.toBe(stop);
    expect(document.activeElement?.getAttribute('data-id')).toMatch(/^bin:/);
    await user.keyboard('{Enter}');
    flushSync();
    expect(explorer.window).not.toBeNull();
    expect(chart.contains(document.activeElement)).toBe(true);
  }, 30_000);

  test(`the table lists the first ${TABLE_FIRST_ROWS} events, then all on request`, async () => {
    const { user, figure } = setup();
    const table = within(figure).getByRole('table', { name: timeline.tableCaption });
    expect(within(table).getAllByRole('row')).toHaveLength(TABLE_FIRST_ROWS + 1);
    expect(within(figure).getByText(timeline.tableFirst(TABLE_FIRST_ROWS, big.events.length))).toBeInTheDocument();
    await user.click(within(figure).getByRole('button', { name: timeline.showAll(big.events.length) }));
    expect(within(table).getAllByRole('row')).toHaveLength(big.events.length + 1);
    expect(within(figure).queryByRole('button', { name: timeline.showAll(big.events.length) })).toBeNull();
  }, 30_000);
});

describe(`the stance matrix at ${FACTOR}×`, () => {
  test(`shows the first ${FIRST_ISSUES} issues and a button for all ${big.stances.length}, in the grid and in the table`, async () => {
    const user = userEvent.setup();
    render(StancesView, { story: big, width: 1280, explorer: new Explorer(big) });
    const grid = screen.getByRole('grid', { name: stances.gridLabel });
    const table = screen.getByRole('table', { name: big.meta.stances.tableCaption });
    expect(within(grid).getAllByRole('row')).toHaveLength(FIRST_ISSUES);
    expect(within(table).getAllByRole('row')).toHaveLength(FIRST_ISSUES + 1);
    const buttons = screen.getAllByRole('button', { name: stances.showAll(big.stances.length) });
    // One under the grid, one under the table (the Chart/Table toggle shows one at a time).
    expect(buttons).toHaveLength(2);
    await user.click(buttons[0]!);
    expect(within(grid).getAllByRole('row')).toHaveLength(big.stances.length);
    expect(within(table).getAllByRole('row')).toHaveLength(big.stances.length + 1);
    expect(screen.queryByRole('button', { name: stances.showAll(big.stances.length) })).toBeNull();
  }, 30_000);

  test('the fixture shows both its issues and no such button', () => {
    render(StancesView, { story: fixture, width: 1280, explorer: new Explorer(fixture) });
    expect(within(screen.getByRole('grid', { name: stances.gridLabel })).getAllByRole('row')).toHaveLength(fixture.stances.length);
    expect(screen.queryByText(/^Show all/)).toBeNull();
  });
});

describe(`the reaction network at ${FACTOR}×`, () => {
  // One build-time layout is enough for one width (the build makes one per breakpoint).
  const prepared = { ...big, reactionsLayouts: [packReactionsLayout(layoutReactions(big, { width: 1000 }))] };

  test('draws its lines on a canvas, keeps the nodes as the marks to reach, and says so', () => {
    const explorer = new Explorer(prepared);
    const { container } = render(ReactionsView, { story: prepared, width: 1000, explorer });
    const figure = screen.getByRole('figure', { name: HARBOUR.reactions.heading });
    const graph = within(figure).getByRole('group', { name: HARBOUR.reactions.title });
    expect(container.querySelector('canvas')).not.toBeNull();
    expect(container.querySelectorAll('[data-edge="reaction"]')).toHaveLength(0);
    expect(within(figure).getByText(reactions.linesAsPicture)).toBeInTheDocument();
    const buttons = within(graph).getAllByRole('button');
    expect(buttons.every((b) => b.hasAttribute('data-node'))).toBe(true);
    expect(buttons.filter((b) => b.getAttribute('tabindex') === '0')).toHaveLength(1);
  }, 30_000);

  test('the canvas draws the lines that cross the window, and dims the rest of a selection like the SVG lines', () => {
    // jsdom has no canvas: record what is drawn instead, with the graph's top at the window's.
    const drawn = { lines: 0, alphas: [] as number[] };
    const context = {
      setTransform() {}, setLineDash() {}, beginPath() {}, arc() {}, fill() {}, moveTo() {}, lineTo() {},
      stroke(path?: unknown) { if (path) drawn.lines++; },
      set globalAlpha(a: number) { drawn.alphas.push(a); },
    };
    const restore = [
      vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D),
      vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ top: 0, height: 5000, left: 0, width: 1000 } as DOMRect),
    ];
    vi.stubGlobal('Path2D', class {});
    try {
      const explorer = new Explorer(prepared);
      const { container } = render(ReactionsView, { story: prepared, width: 1000, explorer });
      const edges = prepared.reactions.reduce((n, r) => n + 1 + r.topics.length, 0);
      // Only the lines crossing the first window's height (jsdom's 768 px), not all of them.
      expect(drawn.lines).toBeGreaterThan(0);
      expect(drawn.lines).toBeLessThan(edges);
      expect(drawn.alphas.every((a) => a === 1)).toBe(true);
      drawn.alphas = [];
      // Select the actor drawn highest, so that some of its lines cross the window.
      const y = (node: Element) => Number(/translate\([-\d.]+,\s*([-\d.]+)/.exec(node.getAttribute('transform')!)![1]);
      const top = [...container.querySelectorAll('[data-node="actor"]')].sort((a, b) => y(a) - y(b))[0]!;
      expect(y(top)).toBeLessThan(768);
      flushSync(() => explorer.select(top.getAttribute('data-id')));
      expect(drawn.alphas).toContain(0.2);
      expect(drawn.alphas).toContain(1);
    } finally {
      restore.forEach((spy) => spy.mockRestore());
      vi.unstubAllGlobals();
    }
  }, 30_000);

  test('the list names the first 30 who reacted, then everyone on request', async () => {
    const user = userEvent.setup();
    render(ReactionsView, { story: prepared, width: 1000, explorer: new Explorer(prepared) });
    const figure = screen.getByRole('figure', { name: HARBOUR.reactions.heading });
    const reacting = new Set(big.reactions.map((r) => r.actor)).size;
    expect(reacting).toBeGreaterThan(30);
    expect(within(figure).getAllByRole('heading', { level: 4 })).toHaveLength(30);
    await user.click(within(figure).getByRole('button', { name: reactions.listShowAll(reacting) }));
    expect(within(figure).getAllByRole('heading', { level: 4 })).toHaveLength(reacting);
  }, 30_000);

  test('the fixture keeps its lines as SVG marks', () => {
    const { container } = render(ReactionsView, { story: fixture, width: 768, explorer: new Explorer(fixture) });
    expect(container.querySelector('canvas')).toBeNull();
    expect(container.querySelectorAll('[data-edge="reaction"]').length).toBeGreaterThan(0);
  });
});
