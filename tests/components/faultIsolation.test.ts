/**
 * If one view's layout throws, that view shows a short error in its frame and the others
 * keep working.
 */
import { describe, expect, test, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { harbourArticles, harbourStory } from '../fixtures/harbour.ts';

vi.mock('../../src/lib/layout/reactions/index.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/lib/layout/reactions/index.ts')>()),
  unpackReactionsLayout: () => {
    throw new Error('a broken layout');
  },
}));

const { default: App } = await import('../../src/pages/App.svelte');
const story = harbourStory();
const articles = harbourArticles();

describe('fault isolation', () => {
  test('a view whose layout throws shows an error in its frame; the rest of the page works', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(App, { story, articles });
    const failed = document.getElementById('reactions')!;
    expect(within(failed).getByRole('alert')).toHaveTextContent('could not be drawn');
    expect(within(failed).getByRole('heading', { name: 'Who reacted, and how' })).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith('The "reactions" view failed:', expect.any(Error));
    // The other views still render and still respond.
    expect(screen.getByRole('figure', { name: 'Where the two ports stand' })).toBeInTheDocument();
    const timeline = screen.getByRole('figure', { name: 'From a new mayor to the ferry meeting' });
    await userEvent.click(within(timeline).getByRole('button', { name: 'Ferry day' }));
    expect(within(timeline).getByText(/^Showing 2 March 2024 to 4 March 2024/)).toBeInTheDocument();
    warn.mockRestore();
  });
});
