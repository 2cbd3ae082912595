import { afterEach, describe, expect, test } from 'vitest';
import { act, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ReactionsView from '../../src/components/reactions/ReactionsView.svelte';
import { Explorer } from '../../src/lib/state/explorer.svelte.ts';
import { withReactionsLayouts } from '../../src/lib/layout/reactions/layoutReactions.ts';
import type { Story } from '../../src/lib/story/types.ts';

import { reactions, shared } from '../../src/lib/strings.ts';
import { HARBOUR, harbourStory } from '../fixtures/harbour.ts';

const story = harbourStory();
const reactionEdges = story.reactions.reduce((n, r) => n + 1 + r.topics.length, 0);
const reacting = new Set(story.reactions.map((r) => r.actor));
const nodeCount =
  reacting.size + new Set(story.reactions.map((r) => r.target)).size + new Set(story.reactions.flatMap((r) => r.topics)).size;
const nameOf = (id: string) =>
  story.actors.find((a) => a.id === id)?.name ?? story.topics.find((t) => t.id === id)?.name ?? story.events.find((e) => e.id === id)?.title ?? id;
/** The opposition party's critical reaction to the mayor: the edge the keyboard journeys aim at. */
const party = story.reactions.find((r) => r.actor === 'harbour-party' && r.tone === 'critical')!;
const partyEdgeName = reactions.edgeName(
  reactions.edgeAria('Harbour Party', nameOf(party.target), reactions.tonesInline.critical),
  shared.claimKinds[party.kind],
);
const council = story.actors.find((a) => a.id === 'southhaven-council')!;

/** Stands in for the page: an Escape nobody handled clears the selection (as App.svelte does). */
let pageEscape: ((e: KeyboardEvent) => void) | null = null;
afterEach(() => {
  if (pageEscape) window.removeEventListener('keydown', pageEscape);
  pageEscape = null;
});

function setup(width = 768, story = harbourStory()) {
  const user = userEvent.setup();
  const explorer = new Explorer(story);
  pageEscape = (e) => {
    if (e.key === 'Escape' && !e.defaultPrevented && !explorer.panel) explorer.clearSelection();
  };
  window.addEventListener('keydown', pageEscape);
  const result = render(ReactionsView, { story, width, explorer });
  const figure = screen.getByRole('figure', { name: HARBOUR.reactions.heading });
  const graph = within(figure).getByRole('group', { name: HARBOUR.reactions.title });
  return { user, figure, graph, explorer, ...result };
}

/** The tooltip a mark points at while it shows. */
function tooltipOf(item: Element) {
  const ids = item.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)).find((el) => el?.textContent?.trim() && !el.classList.contains('visually-hidden')) ?? null;
}

const tabStops = (graph: HTMLElement) => within(graph).getAllByRole('button').filter((b) => b.getAttribute('tabindex') === '0');

describe('ReactionsView', () => {
  test('is a figure named by its heading, with caption, legend, annotation and key hints', () => {
    const { figure } = setup();
    expect(figure).toHaveAttribute('id', 'reactions');
    expect(within(figure).getByText(HARBOUR.reactions.caption)).toBeInTheDocument();
    expect(within(figure).getByText(reactions.legendTones)).toBeInTheDocument();
    expect(within(figure).getByText(HARBOUR.reactions.annotationLead!)).toBeInTheDocument();
    // The lead-in and the sentence read as one line, a space between them.
    expect(within(figure).getByText(HARBOUR.reactions.annotationLead!).closest('p')).toHaveTextContent(`${HARBOUR.reactions.annotationLead} ${HARBOUR.reactions.annotation}`, { normalizeWhitespace: false });
    expect(within(figure).getByText(reactions.hint)).toBeInTheDocument();
  });

  test.each([375, 768, 1920])('at %i px draws one mark per node and per reaction edge', (width) => {
    const { graph, container } = setup(width);
    expect(container.querySelectorAll('[data-node]')).toHaveLength(nodeCount);
    expect(container.querySelectorAll('[data-edge="reaction"]')).toHaveLength(reactionEdges);
    expect(container.querySelectorAll('[data-edge="member"]')).toHaveLength(
      story.actors.filter((a) => a.memberOf && reacting.has(a.id)).length,
    );
    expect(within(graph).getAllByRole('button')).toHaveLength(nodeCount + reactionEdges);
  });

  test('a member who reacts is tied to the body it belongs to by a decorative line', () => {
    // The fixture has no members: make Mayor Vidal one of the Southhaven council, reacting too.
    const base = harbourStory();
    const withMember: Story = withReactionsLayouts({
      ...base,
      actors: base.actors.map((a) => (a.id === 'mayor-vidal' ? { ...a, memberOf: 'southhaven-council' } : a)),
      reactions: [
        ...base.reactions,
        {
          id: 'vidal-channel-closed',
          actor: 'mayor-vidal',
          target: 'ferry-meeting',
          tone: 'critical',
          topics: ['fishing-rights'],
          summary: 'Mayor Vidal said the western channel would stay closed to Northport’s boats.',
          kind: 'quote',
          sources: [{ seed: 'harbour-talks.txt', quote: "After the meeting, Mayor Vidal said the western channel would stay closed to Northport's boats." }],
        },
      ],
    });
    const { graph, container } = setup(768, withMember);
    const members = container.querySelectorAll('[data-edge="member"]');
    expect(members).toHaveLength(1);
    expect(members[0]!.closest('[aria-hidden="true"]')).not.toBeNull();
    // One more node (Vidal) and two more reaction lines (to the meeting and to fishing rights); the membership line is no mark.
    expect(within(graph).getAllByRole('button')).toHaveLength(nodeCount + 1 + reactionEdges + 2);
  });

  test('every tone in the data is drawn with its own stroke, named in the legend', () => {
    const { container, figure } = setup();
    for (const tone of new Set(story.reactions.map((r) => r.tone))) {
      const edges = container.querySelectorAll(`[data-edge="reaction"][data-tone="${tone}"]`);
      expect(edges.length).toBe(story.reactions.filter((r) => r.tone === tone).reduce((n, r) => n + 1 + r.topics.length, 0));
      expect(within(figure).getByText(`(${reactions.toneStrokes[tone]})`)).toBeInTheDocument();
    }
  });

  test('focusing the Harbour Party’s critical edge shows a tooltip with its quote and claim kind', async () => {
    const { graph } = setup();
    const edge = within(graph).getByRole('button', { name: partyEdgeName });
    expect(tooltipOf(edge)).toBeNull();
    await act(() => edge.focus());
    const tip = tooltipOf(edge);
    expect(tip).not.toBeNull();
    expect(tip).toHaveTextContent(party.sources[0]!.quote.replace(/\s+/g, ' '));
    expect(tip).toHaveTextContent(shared.claimKinds[party.kind]);
    expect(tip).toHaveTextContent(reactions.tones.critical);
    expect(within(tip!).queryByRole('button')).toBeNull();
  });

  test('hovering a node shows who it is and the quotes of its reactions', async () => {
    const { graph, user } = setup();
    const node = within(graph).getByRole('button', { name: new RegExp(`^${council.name},`) });
    await user.hover(node);
    const tip = tooltipOf(node)!;
    expect(tip).toHaveTextContent(council.role);
    for (const r of story.reactions.filter((x) => x.actor === council.id)) {
      expect(tip).toHaveTextContent(r.sources[0]!.quote.replace(/\s+/g, ' '));
    }
    await user.unhover(node);
    expect(tooltipOf(node)).toBeNull();
  });

  test('keyboard journey: one Tab stop, arrows to the Harbour Party’s critical edge, Enter opens its source', async () => {
    const { graph, user, explorer } = setup();
    expect(tabStops(graph)).toHaveLength(1);

    // Past the figure's Chart/Table toggle, the next Tab lands on the graph's single stop.
    for (let i = 0; i < 5 && !graph.contains(document.activeElement); i++) await user.tab();
    const first = document.activeElement as SVGElement;
    expect(graph.contains(first)).toBe(true);
    await user.tab();
    expect(graph.contains(document.activeElement)).toBe(false);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(first);

    const target = within(graph).getByRole('button', { name: partyEdgeName });
    const all = within(graph).getAllByRole('button');
    for (let i = 0; i < all.length && document.activeElement !== target; i++) await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(target);
    expect(tabStops(graph)).toEqual([target]);

    await user.keyboard('{Enter}');
    expect(explorer.panel).toBe('harbour-party-too-much');
    expect(explorer.selected).toBe('harbour-party-too-much');
    expect(target).toHaveAttribute('aria-current', 'true');

    // Closing the source panel hands focus back to the edge.
    await act(() => explorer.closeSource());
    expect(document.activeElement).toBe(target);
  });

  test('Space on a node opens that actor; Home and End jump; Left wraps from the first mark to the last', async () => {
    const { graph, user, explorer } = setup();
    const first = tabStops(graph)[0]!;
    await act(() => first.focus());
    await user.keyboard('{End}');
    const last = document.activeElement!;
    expect(last).not.toBe(first);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(first);
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(last);
    await user.keyboard('{Home}');
    await user.keyboard(' ');
    const firstActor = story.actors.find((a) => first.getAttribute('aria-label')!.startsWith(`${a.name},`))!;
    expect(explorer.panel).toBe(firstActor.id);
  });

  test('Up and Down go round a topic’s lines: from the dredging fund to each reaction about it', async () => {
    const { graph, user } = setup();
    const dredging = within(graph).getByRole('button', { name: new RegExp(`^${nameOf('dredging-fund')},`) });
    await act(() => dredging.focus());
    const about = story.reactions.filter((r) => r.topics.includes('dredging-fund'));
    expect(about.length).toBeGreaterThan(1);
    const reached: string[] = [];
    for (let i = 0; i < about.length; i++) {
      await user.keyboard('{ArrowDown}');
      reached.push(document.activeElement!.getAttribute('aria-label')!);
    }
    expect(reached).toEqual(
      about.map((r) =>
        reactions.edgeName(reactions.edgeAria(nameOf(r.actor), nameOf('dredging-fund'), reactions.tonesInline[r.tone]), shared.claimKinds[r.kind]),
      ),
    );
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(dredging);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement!.getAttribute('aria-label')).toBe(reached.at(-1));
  });

  test('Escape first hides the tooltip and keeps focus, then clears the selection', async () => {
    const { graph, user, explorer } = setup();
    const edge = within(graph).getByRole('button', { name: partyEdgeName });
    await act(() => explorer.select('fishing-rights'));
    await act(() => edge.focus());
    expect(tooltipOf(edge)).not.toBeNull();

    await user.keyboard('{Escape}');
    expect(tooltipOf(edge)).toBeNull();
    expect(document.activeElement).toBe(edge);
    expect(explorer.selected).toBe('fishing-rights');

    await user.keyboard('{Escape}');
    expect(explorer.selected).toBeNull();
    expect(document.activeElement).toBe(edge);
  });

  test('clicking a node opens its source panel and lights what relates to it', async () => {
    const { graph, user, explorer, container } = setup();
    const courier = within(graph).getByRole('button', { name: /^Bay Courier,/ });
    await user.click(courier);
    expect(explorer.panel).toBe('bay-courier');
    expect(courier).toHaveAttribute('aria-current', 'true');
    expect(container.querySelector('[data-edge="reaction"][data-emphasis="related"]')).not.toBeNull();
  });

  test('a selection in another view dims what is unrelated and marks what relates', async () => {
    const { graph, explorer } = setup();
    await act(() => explorer.select('fishing-rights'));
    const emphasis = (name: string | RegExp) => within(graph).getByRole('button', { name }).getAttribute('data-emphasis');
    expect(emphasis(new RegExp(`^${nameOf('fishing-rights')},`))).toBe('selected');
    expect(within(graph).getByRole('button', { name: new RegExp(`^${nameOf('fishing-rights')},`) })).toHaveAttribute('aria-current', 'true');
    // Only the Harbour Party spoke about fishing rights; the Bay Courier spoke about the dredging fund.
    expect(emphasis(partyEdgeName)).toBe('related');
    expect(emphasis(/^Harbour Party,/)).toBe('related');
    expect(emphasis(/^Bay Courier,/)).toBe('dimmed');
    const courierEdge = within(graph).getAllByRole('button', { name: /^Bay Courier on / })[0]!;
    expect(courierEdge).toHaveAttribute('data-emphasis', 'dimmed');
    // Dimmed marks stay reachable.
    expect(courierEdge).toHaveAttribute('tabindex');

    await act(() => explorer.clearSelection());
    expect(emphasis(/^Bay Courier,/)).toBe('none');
  });

  test('filters remove lines, ghost nodes left without one, and keep every node where it was', async () => {
    const { graph, explorer, container, figure } = setup();
    const transforms = () => [...container.querySelectorAll('[data-node]')].map((n) => n.getAttribute('transform'));
    const before = transforms();

    await act(() => explorer.toggleFacet('kinds', 'media-assessment'));
    const shown = story.reactions.filter((r) => r.kind === 'media-assessment');
    // A filtered line stays in the page, hidden (display: none) and out of the accessibility tree.
    const drawn = [...container.querySelectorAll<SVGElement>('[data-edge="reaction"]')].filter((e) => e.style.display !== 'none');
    expect(drawn).toHaveLength(shown.reduce((n, r) => n + 1 + r.topics.length, 0));
    expect(drawn.every((e) => e.getAttribute('aria-hidden') !== 'true')).toBe(true);
    const live = new Set(shown.flatMap((r) => [r.actor, r.target, ...r.topics]));
    expect(within(graph).getAllByRole('button')).toHaveLength(live.size + shown.reduce((n, r) => n + 1 + r.topics.length, 0));
    expect(within(graph).queryByRole('button', { name: /^Harbour Party,/ })).toBeNull();
    expect(container.querySelectorAll('[data-node][aria-hidden="true"]')).toHaveLength(nodeCount - live.size);
    expect(tabStops(graph)).toHaveLength(1);
    expect(transforms()).toEqual(before);

    // The list alternative follows the same filters.
    expect(within(figure).queryByRole('heading', { level: 4, name: 'Harbour Party' })).toBeNull();
    for (const r of shown) expect(within(figure).getByRole('heading', { level: 4, name: nameOf(r.actor) })).toBeInTheDocument();

    await act(() => explorer.setQuery('no reaction says this'));
    expect(within(graph).queryAllByRole('button')).toHaveLength(0);
    expect(within(figure).getByText(reactions.noMatches)).toBeInTheDocument();
    expect(within(figure).getByText(reactions.listNoMatches)).toBeInTheDocument();

    await act(() => explorer.resetFilters());
    expect(within(graph).getAllByRole('button')).toHaveLength(nodeCount + reactionEdges);
    expect(transforms()).toEqual(before);
  });

  test('the alternative lists every reaction under its actor, with tone and quote', () => {
    const { figure } = setup();
    for (const actor of story.actors.filter((a) => reacting.has(a.id))) {
      const heading = within(figure).getByRole('heading', { level: 4, name: actor.name });
      const item = heading.closest('li')!;
      for (const r of story.reactions.filter((x) => x.actor === actor.id)) {
        expect(item).toHaveTextContent(r.summary);
        expect(item).toHaveTextContent(`${reactions.toneLabel}: ${reactions.tones[r.tone]}`);
      }
    }
  });
});

describe('the projector theme draws the graph larger', () => {
  // jsdom has no stylesheet: an inline root font-size stands in for app.css's 125%.
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  test('draws the build-time layout that fits width / scale, filling the width; tooltips follow', async () => {
    document.documentElement.style.fontSize = '20px';
    const { graph, explorer, user } = setup(1000);
    const svg = graph.closest('svg') ?? graph;
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 1000 /);

    await act(() => explorer.setTheme('projector'));
    expect(svg.getAttribute('width')).toBe(String(790 * 1.25));
    const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    // 1000 / 1.25 = 800 px of layout: the widest breakpoint that fits is 790, drawn at 1.25.
    expect(w).toBe(790);
    const drawn = 1.25;
    expect(Number(svg.getAttribute('height'))).toBeCloseTo(h! * drawn);
    expect(parseFloat(svg.parentElement!.style.height)).toBeCloseTo(h! * drawn);

    // Every node still fits in the layout's own box, so nothing spills past the drawn width.
    for (const node of graph.querySelectorAll('[data-node]')) {
      const x = Number(/translate\(([-\d.]+)/.exec(node.getAttribute('transform')!)![1]);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(790);
    }

    await user.hover(within(graph).getByRole('button', { name: new RegExp(`^${council.name},`) }));
    const slot = document.querySelector<HTMLElement>('.tooltip-slot')!;
    // 320 layout units wide, drawn at the graph's own scale.
    expect(parseFloat(slot.style.width)).toBeCloseTo(320 * drawn);
  });
});
