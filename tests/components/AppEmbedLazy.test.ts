import { describe, expect, test } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/pages/App.svelte';
import { harbourArticles, harbourStory } from '../fixtures/harbour.ts';
import { embed as t, explore } from '../../src/lib/strings.ts';

const story = harbourStory();
const articles = harbourArticles();

// The embed dialog's code loads on the first press of Embed: nothing of it is on the page
// before, and focus still moves to its heading and back to the button, every time.
describe('the lazily loaded embed dialog', () => {
  test('is absent until Embed is pressed, then opens with focus on its heading and returns focus on close', async () => {
    const user = userEvent.setup();
    render(App, { story, articles });
    expect(screen.queryByRole('dialog', { name: t.heading, hidden: true })).toBeNull();
    expect(document.querySelector('dialog.embed')).toBeNull();

    const button = screen.getByRole('button', { name: explore.embedButton });
    await user.click(button);
    // A cold module transform in a busy test run can take seconds.
    const dialog = await screen.findByRole('dialog', { name: t.heading }, { timeout: 4_000 });
    await waitFor(() => expect(within(dialog).getByRole('heading', { name: t.heading })).toHaveFocus());

    await user.click(within(dialog).getByRole('button', { name: t.close }));
    await waitFor(() => expect(button).toHaveFocus());
    expect(screen.queryByRole('dialog', { name: t.heading })).toBeNull();

    // Second time: already loaded, same behaviour.
    await user.keyboard('{Enter}');
    const again = await screen.findByRole('dialog', { name: t.heading });
    await waitFor(() => expect(within(again).getByRole('heading', { name: t.heading })).toHaveFocus());
    // jsdom does not turn Escape into the dialog's cancel event as browsers do; send that event.
    again.dispatchEvent(new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(button).toHaveFocus());
    expect(document.querySelectorAll('dialog.embed')).toHaveLength(1);
  });
});
