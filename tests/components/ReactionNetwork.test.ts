import { describe, expect, test } from 'vitest';
import { act, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ReactionNetwork from '../../src/components/network/ReactionNetwork.svelte';
import { loadStory } from '../../src/lib/story/readStory.ts';
import { network } from '../../src/lib/strings.ts';

const story = loadStory(process.cwd());
const reactionEdges = story.reactions.reduce((n, r) => n + 1 + r.topics.length, 0);
const reacting = new Set(story.reactions.map((r) => r.actor));
const nodeCount =
  reacting.size + new Set(story.reactions.map((r) => r.target)).size + new Set(story.reactions.flatMap((r) => r.topics)).size;
const ppp = story.reactions.find((r) => r.actor === 'people-power-party' && r.tone === 'critical')!;
const summitTitle = story.events.find((e) => e.id === ppp.target)!.title;

function setup(width = 768) {
  const user = userEvent.setup();
  const result = render(ReactionNetwork, { story, width });
  const figure = screen.getByRole('figure', { name: network.heading });
  const graph = within(figure).getByRole('group', { name: network.graphTitle });
  return { user, figure, graph, ...result };
}

/** The card an item points at while its detail shows. */
function cardOf(item: HTMLElement | SVGElement) {
  const id = item.getAttribute('aria-describedby');
  return id ? document.getElementById(id) : null;
}

describe('ReactionNetwork', () => {
  test('is a figure named by its heading, with caption, legend and annotation', () => {
    const { figure } = setup();
    expect(figure).toHaveAttribute('id', 'reactions');
    expect(within(figure).getByText(network.caption)).toBeInTheDocument();
    expect(within(figure).getByText(network.legendTones)).toBeInTheDocument();
    expect(within(figure).getByText(network.annotationLead)).toBeInTheDocument();
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

  test('every tone in the data is drawn with its own stroke, named in the legend', () => {
    const { container, figure } = setup();
    for (const tone of new Set(story.reactions.map((r) => r.tone))) {
      const edges = container.querySelectorAll(`[data-edge="reaction"][data-tone="${tone}"]`);
      expect(edges.length).toBe(story.reactions.filter((r) => r.tone === tone).reduce((n, r) => n + 1 + r.topics.length, 0));
      expect(within(figure).getByText(`(${network.toneStrokes[tone]})`)).toBeInTheDocument();
    }
  });

  test('focusing the People Power Party’s critical edge shows its quote', async () => {
    const { graph } = setup();
    const edge = within(graph).getByRole('button', {
      name: network.edgeAria('People Power Party', summitTitle, network.tonesInline.critical),
    });
    expect(cardOf(edge)).toBeNull();
    await act(() => edge.focus());
    expect(document.activeElement).toBe(edge);
    const card = cardOf(edge);
    expect(card).not.toBeNull();
    expect(card).toHaveTextContent(ppp.summary);
    expect(card).toHaveTextContent(ppp.sources[0]!.quote.replace(/\s+/g, ' '));
    expect(card).toHaveTextContent(network.tones.critical);
  });

  test('hovering a node shows who it is and its reactions', async () => {
    const { graph, user } = setup();
    const hayashi = story.actors.find((a) => a.id === 'yoshimasa-hayashi')!;
    const node = within(graph).getByRole('button', { name: new RegExp(`^${hayashi.name},`) });
    await user.hover(node);
    const card = cardOf(node)!;
    expect(card).toHaveTextContent(hayashi.role);
    for (const r of story.reactions.filter((x) => x.actor === hayashi.id)) expect(card).toHaveTextContent(r.summary);
  });

  test('one Tab stop; arrows move; Enter pins; Escape closes and keeps focus', async () => {
    const { graph, user } = setup();
    const buttons = within(graph).getAllByRole('button');
    expect(buttons.filter((b) => b.getAttribute('tabindex') === '0')).toHaveLength(1);

    // Past the figure's Chart/Table toggle, the next Tab lands on the graph's single stop.
    for (let i = 0; i < 5 && !graph.contains(document.activeElement); i++) await user.tab();
    const first = document.activeElement as SVGElement;
    expect(graph.contains(first)).toBe(true);
    expect(first).toHaveAttribute('tabindex', '0');
    await user.tab();
    expect(graph.contains(document.activeElement)).toBe(false);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(first);
    await user.keyboard('{ArrowDown}');
    const second = document.activeElement as SVGElement;
    expect(second).not.toBe(first);
    expect(second).toHaveAttribute('tabindex', '0');
    expect(first).toHaveAttribute('tabindex', '-1');

    await user.keyboard('{Enter}');
    expect(second).toHaveAttribute('aria-pressed', 'true');
    expect(cardOf(second)).not.toBeNull();
    expect(within(cardOf(second)!).getByRole('button', { name: network.close })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(second).toHaveAttribute('aria-pressed', 'false');
    expect(cardOf(second)).toBeNull();
    expect(document.activeElement).toBe(second);

    await user.keyboard('{End}');
    expect(document.activeElement).toBe(buttons.find((b) => b.getAttribute('tabindex') === '0'));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(first);
  });

  test('the alternative lists every reaction under its actor, with tone and quote', () => {
    const { figure } = setup();
    for (const actor of story.actors.filter((a) => reacting.has(a.id))) {
      const heading = within(figure).getByRole('heading', { level: 4, name: actor.name });
      const item = heading.closest('li')!;
      for (const r of story.reactions.filter((x) => x.actor === actor.id)) {
        expect(item).toHaveTextContent(r.summary);
        expect(item).toHaveTextContent(`${network.toneLabel}: ${network.tones[r.tone]}`);
      }
    }
  });
});
