import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import SourcePanel from '../../src/components/sources/SourcePanel.svelte';
import { Explorer } from '../../src/lib/state/explorer.svelte.ts';
import { cellId } from '../../src/lib/state/storyIndex.ts';
import { isSubhead, type Article } from '../../src/lib/article/article.ts';
import { paragraphs } from '../../src/lib/article/provenance.ts';
import type { Story } from '../../src/lib/story/types.ts';

import { formatEventDate } from '../../src/lib/format.ts';
import { stances, reactions, shared, sourcePanel as t } from '../../src/lib/strings.ts';
import { HARBOUR, harbourStory } from '../fixtures/harbour.ts';
import { groupName } from '../../src/lib/story/meta.ts';

const harbour = harbourStory();
const SEED = 'harbour-talks.txt';
const [title, ...rest] = paragraphs(readFileSync(join(process.cwd(), 'tests/fixtures/harbour/seeds', SEED), 'utf8'));
const article: Article = { file: SEED, title: title!, paragraphs: rest };

const event = harbour.events.find((e) => e.id === 'cost-split')!;
const party = harbour.actors.find((a) => a.id === 'harbour-party')!;

/** The fixture with what it lacks for two tests: a reaction that says why it has its tone, and a row quoting a section heading. */
const TONE_BASIS = 'A council that will study a deal before any vote neither welcomes nor rejects it.';
const SUBHEAD = 'The Ferry Meeting';
const story: Story = {
  ...harbour,
  reactions: harbour.reactions.map((r) => (r.id === 'council-will-study' ? { ...r, toneBasis: TONE_BASIS } : r)),
  stances: harbour.stances.map((s) => (s.id === 'stance-fishing-rights' ? { ...s, sources: [{ seed: SEED, quote: SUBHEAD }, ...s.sources] } : s)),
};
const council = story.reactions.find((r) => r.id === 'council-will-study')!;
const stance = story.stances.find((s) => s.id === 'stance-fishing-rights')!;

let scrolls: ScrollIntoViewOptions[];
beforeEach(() => {
  scrolls = [];
  // jsdom has no layout, so no scrollIntoView: record how the panel asks for it.
  Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
    scrolls.push(options as ScrollIntoViewOptions);
  };
});
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
  document.querySelectorAll('[data-opener]').forEach((el) => el.remove());
});

function setup(id: string | null, loadArticle: () => Promise<Article> = () => Promise.resolve(article)) {
  const user = userEvent.setup();
  const explorer = new Explorer(story);
  const opener = document.createElement('button');
  opener.textContent = 'opener';
  opener.dataset.opener = '';
  document.body.append(opener);
  render(SourcePanel, { explorer, loadArticle });
  if (id) {
    opener.focus();
    explorer.openSource(id, opener);
    flushSync();
  }
  return { user, explorer, opener };
}

describe('the source panel', () => {
  test('is absent while no item is open', () => {
    setup(null);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('for an event: a dialog named by its headline, with claim kind, date, precision, how the date is known, and the quote', () => {
    setup(event.id);
    const dialog = screen.getByRole('dialog', { name: event.title });
    const heading = within(dialog).getByRole('heading', { level: 2, name: event.title });
    expect(heading).toHaveFocus();
    expect(within(dialog).getByText(t.types.event)).toBeInTheDocument();
    expect(within(dialog).getByText(shared.claimKinds.reported)).toBeInTheDocument();
    expect(within(dialog).getByText(formatEventDate(event))).toBeInTheDocument();
    expect(within(dialog).getByText(shared.precisions.day)).toBeInTheDocument();
    expect(within(dialog).getByText(shared.dateBasisLabel)).toBeInTheDocument();
    expect(within(dialog).getByText(event.derivation!)).toBeInTheDocument();
    expect(within(dialog).getByText(event.sources[0]!.quote)).toBeInTheDocument();
    const read = within(dialog).getByRole('button', { name: t.readInArticle });
    expect(read).toHaveAccessibleDescription(event.sources[0]!.quote);
  });

  test.each([
    {
      what: 'a reaction: tone and why that tone',
      id: council.id,
      texts: [t.types.reaction, reactions.tones[council.tone], TONE_BASIS, ...council.sources.map((s) => s.quote)],
    },
    {
      what: 'a stance row: distance, reason and the row’s own quotes',
      id: stance.id,
      texts: [t.types.stance, stances.distances[stance.distance], stance.distanceReason, ...stance.sources.map((s) => s.quote)],
    },
    {
      what: 'a matrix cell: whose position, its detail and its quotes',
      id: cellId(stance.id, 'southhaven'),
      texts: [HARBOUR.sides[1].cellLabel, stance.positions.southhaven!.detail, shared.claimKinds[stance.positions.southhaven!.kind], ...stance.positions.southhaven!.sources.map((s) => s.quote)],
    },
    {
      what: 'an actor: role and group',
      id: party.id,
      texts: [t.types.actor, party.role, groupName(HARBOUR, 'parties')],
    },
  ])('for $what', ({ id, texts }) => {
    const { explorer } = setup(id);
    const dialog = screen.getByRole('dialog', { name: explorer.label(id) });
    // The fixture's summaries and details repeat their quotes word for word: a text may show twice.
    for (const text of texts) expect(within(dialog).getAllByText(text).length).toBeGreaterThan(0);
  });

  test('a stance row offers one "Read in the article" per quote of the row', () => {
    setup(stance.id);
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getAllByRole('button', { name: t.readInArticle })).toHaveLength(stance.sources.length);
  });

  test('"Read in the article" shows the article as paragraphs with the quote marked and centred, and Back returns', async () => {
    const load = vi.fn(() => Promise.resolve(article));
    const { user } = setup(event.id, load);
    expect(load).not.toHaveBeenCalled();
    const dialog = screen.getByRole('dialog', { name: event.title });
    await user.click(within(dialog).getByRole('button', { name: t.readInArticle }));

    expect(await within(dialog).findByRole('heading', { level: 3, name: article.title })).toBeInTheDocument();
    const marks = dialog.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe(event.sources[0]!.quote);
    const paragraph = marks[0]!.closest('p')!;
    expect(paragraph.textContent).toContain(event.sources[0]!.quote);
    const articleElement = dialog.querySelector('article')!;
    const subheads = article.paragraphs.filter(isSubhead);
    expect(subheads).toEqual(['A New Mayor', SUBHEAD, 'Reactions', 'Outlook']);
    expect(within(articleElement).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(subheads);
    expect(articleElement.querySelectorAll('p:not(.eyebrow)')).toHaveLength(article.paragraphs.length - subheads.length);
    expect(paragraph).toHaveFocus();
    expect(scrolls).toEqual([{ block: 'center', behavior: 'smooth' }]);
    // The dialog keeps its name: the item's headline stays on top while reading.
    expect(screen.getByRole('dialog', { name: event.title })).toBe(dialog);

    await user.click(within(dialog).getByRole('button', { name: t.backToItem }));
    expect(dialog.querySelector('mark')).toBeNull();
    const read = within(dialog).getByRole('button', { name: t.readInArticle });
    expect(read).toHaveFocus();

    await user.click(read);
    expect(await within(dialog).findByRole('heading', { level: 3, name: article.title })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('a quote that is a section heading of the article is marked inside that heading', async () => {
    const { user } = setup(stance.id);
    const heading = stance.sources[0]!.quote;
    expect(isSubhead(heading)).toBe(true);
    await user.click(screen.getAllByRole('button', { name: t.readInArticle })[0]!);
    const marked = await screen.findByRole('heading', { level: 4, name: new RegExp(heading) });
    expect(marked.querySelector('mark')).toHaveTextContent(heading);
    expect(marked).toHaveFocus();
  });

  test('under prefers-reduced-motion the quote is brought into view without smooth scrolling', async () => {
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({ ...original(query), matches: query.includes('reduce') })) as typeof window.matchMedia;
    try {
      const { user } = setup(event.id);
      await user.click(screen.getByRole('button', { name: t.readInArticle }));
      await waitFor(() => expect(scrolls).toEqual([{ block: 'center', behavior: 'auto' }]));
    } finally {
      window.matchMedia = original;
    }
  });

  test('a quote missing from the article says so and marks nothing', async () => {
    const { user } = setup(event.id, () => Promise.resolve({ ...article, paragraphs: article.paragraphs.slice(0, 3) }));
    await user.click(screen.getByRole('button', { name: t.readInArticle }));
    expect(await screen.findByText(t.notFound)).toBeInTheDocument();
    expect(screen.getByRole('dialog').querySelector('mark')).toBeNull();
  });

  test('an article that fails to load says so, and Try again loads it', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(article);
    const { user } = setup(event.id, load);
    await user.click(screen.getByRole('button', { name: t.readInArticle }));
    expect(await screen.findByRole('alert')).toHaveTextContent(t.loadFailed);
    await user.click(screen.getByRole('button', { name: t.retry }));
    expect(await screen.findByRole('heading', { level: 3, name: article.title })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  test('Close calls explorer.closeSource: the panel closes and focus returns to the opener', async () => {
    const { user, explorer, opener } = setup(event.id);
    await user.click(screen.getByRole('button', { name: t.close }));
    expect(explorer.panel).toBeNull();
    expect(explorer.selected).toBe(event.id);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  test('Escape (the dialog’s cancel event) closes it too, even from the article view', async () => {
    const { user, explorer, opener } = setup(event.id);
    await user.click(screen.getByRole('button', { name: t.readInArticle }));
    await screen.findByRole('heading', { level: 3, name: article.title });
    await fireEvent(screen.getByRole('dialog'), new Event('cancel', { cancelable: true }));
    expect(explorer.panel).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();

    // Reopening starts on the item, not on the article left open before.
    explorer.openSource(event.id, opener);
    flushSync();
    expect(screen.getByRole('button', { name: t.readInArticle })).toBeInTheDocument();
  });

  test('closing the panel from outside (the URL, another control) closes the dialog', () => {
    const { explorer } = setup(event.id);
    explorer.closeSource();
    flushSync();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
