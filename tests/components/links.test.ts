/**
 * Links that land: the explore bar's "Selected" chip goes to the item (scrolls its mark into
 * view and focuses it), and the page's "Copy link" copies the page's address with its state,
 * announces it, and where the clipboard is refused or missing shows the link in a selected,
 * read-only field to copy by hand. On the fixture story.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import LinksPage from './LinksPage.test.svelte';
import { Explorer } from '../../src/lib/state/explorer.svelte.ts';
import { explore, share } from '../../src/lib/strings.ts';
import { harbourStory } from '../fixtures/harbour.ts';

const story = harbourStory();

// jsdom lays nothing out, so it cannot scroll: record what would have been scrolled to.
const scrolled: Element[] = [];
beforeEach(() => {
  scrolled.length = 0;
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
  history.replaceState(null, '', '/?sel=council-vote&theme=dark');
});
afterEach(() => {
  vi.restoreAllMocks();
  history.replaceState(null, '', '/');
});

/** What the page's live regions say. */
const announced = () => screen.getAllByRole('status').map((region) => region.textContent?.trim());

function setup() {
  // userEvent.setup() gives jsdom a working clipboard, as a browser that grants it.
  const user = userEvent.setup();
  const explorer = new Explorer(story);
  render(LinksPage, { story, explorer });
  return { explorer, user };
}

describe('the "Selected" chip', () => {
  test('is a button that scrolls to the selected event and focuses its mark', async () => {
    const { explorer, user } = setup();
    explorer.select('council-vote');
    const chip = await screen.findByRole('button', { name: 'Selected: Southhaven keeps the western channel' });
    expect(chip).toHaveAttribute('title', explore.showSelection);
    const figure = screen.getByRole('figure', { name: story.meta.timeline.heading });
    const mark = within(figure).getByRole('button', { name: /^Southhaven keeps the western channel\./ });
    expect(mark).not.toHaveFocus();

    await user.click(chip);
    // Its code loads on the first press (a dynamic import): give it time on a busy machine.
    await waitFor(() => expect(mark).toHaveFocus(), { timeout: 5000 });
    expect(scrolled).toEqual([mark]);
    // Going to the item changes nothing else: the selection stays, no source opens.
    expect(explorer.selected).toBe('council-vote');
    expect(explorer.panel).toBeNull();
  });

  test('the clear button beside it still clears the selection', async () => {
    const { explorer, user } = setup();
    explorer.select('council-vote');
    await user.click(await screen.findByRole('button', { name: 'Clear selection: Southhaven keeps the western channel' }));
    expect(explorer.selected).toBeNull();
    expect(screen.queryByRole('button', { name: /^Selected:/ })).toBeNull();
  });
});

describe('Copy link', () => {
  test('copies the page address with its state and announces it', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    // Said beside the button, and in the page's live region.
    expect(await screen.findByText(share.copied, { selector: 'p' }, { timeout: 5000 })).toBeVisible();
    await expect(navigator.clipboard.readText()).resolves.toBe(`${location.origin}/?sel=council-vote&theme=dark`);
    expect(announced()).toContain(share.copied);
    expect(screen.queryByRole('textbox', { name: share.fieldLabel })).toBeNull();
  });

  test.each([
    ['refused', () => vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'))],
    ['missing', () => vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard)],
  ])('where the clipboard is %s, shows the link selected in a read-only field', async (_case, breakClipboard) => {
    const { explorer, user } = setup();
    breakClipboard();
    const button = screen.getByRole('button', { name: 'Copy link' });
    await user.click(button);

    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: share.fieldLabel }, { timeout: 5000 });
    const link = `${location.origin}/?sel=council-vote&theme=dark`;
    expect(field).toHaveValue(link);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveAccessibleDescription(share.byHand);
    await waitFor(() => expect(field).toHaveFocus());
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, link.length]);
    expect(announced()).toContain(share.announceByHand);
    expect(screen.queryByText(share.copied)).toBeNull();

    // Escape closes it (and is not the page's Escape: the selection stays), focus back on the button.
    explorer.select('council-vote');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: share.fieldLabel })).toBeNull();
    expect(button).toHaveFocus();
    expect(explorer.selected).toBe('council-vote');

    // Done does the same.
    await user.click(button);
    await user.click(await screen.findByRole('button', { name: share.done }));
    expect(screen.queryByRole('textbox', { name: share.fieldLabel })).toBeNull();
    expect(button).toHaveFocus();
  });
});
