import { describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ExploreBar from '../../src/components/explore/ExploreBar.svelte';
import { Explorer } from '../../src/lib/state/explorer.svelte.ts';
import { harbourStory } from '../fixtures/harbour.ts';

const story = harbourStory();

function setup() {
  const explorer = new Explorer(story);
  render(ExploreBar, { explorer });
  return { explorer, user: userEvent.setup() };
}

describe('ExploreBar', () => {
  test('typing in search filters every view through the explorer', async () => {
    const { explorer, user } = setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Vidal');
    expect(explorer.filters.query).toBe('Vidal');
    expect(explorer.isVisible('channel-stays-closed')).toBe(true);
    expect(explorer.isVisible('harbour-party-too-much')).toBe(false);
    expect(screen.getByText(/^Showing \d+ of \d+ items/)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(explorer.filters.query).toBe('');
  });

  test('"Only what was reported" is one click, and a second click undoes it', async () => {
    const { explorer, user } = setup();
    const button = screen.getByRole('button', { name: 'Only what was reported' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(explorer.filters.kinds).toEqual(['reported', 'quote']);
    await user.click(button);
    expect(explorer.filtering).toBe(false);
  });

  test('facets show counts and apply on click', async () => {
    const { explorer, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    const who = screen.getByRole('group', { name: 'Who' });
    const dredging = () => within(screen.getByRole('group', { name: 'Topic' })).getByRole('checkbox', { name: /^Dredging/ });
    const allDredging = explorer.counts.topics['dredging-fund']!;
    expect(dredging().closest('label')).toHaveTextContent(`Dredging ${allDredging}`);
    expect(allDredging).toBeGreaterThan(5);
    const southhaven = within(who).getByRole('checkbox', { name: /^Southhaven/ });
    expect(southhaven.closest('label')).toHaveTextContent(`Southhaven ${explorer.counts.groups.southhaven}`);
    await user.click(southhaven);
    expect(explorer.filters.groups).toEqual(['southhaven']);
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeInTheDocument();
    // Faceted counts: with Southhaven chosen, the dredging topic counts only Southhaven's items.
    expect(dredging().closest('label')).toHaveTextContent('Dredging 5');
  });

  test('the selection is a chip with a clear button', async () => {
    const { explorer, user } = setup();
    explorer.select('channel-stays-closed');
    const clear = await screen.findByRole('button', { name: 'Clear selection: Vidal: the channel stays closed' });
    await user.click(clear);
    expect(explorer.selected).toBeNull();
    expect(screen.queryByRole('button', { name: /Clear selection/ })).toBeNull();
  });

  test('the theme can be chosen', async () => {
    const { explorer, user } = setup();
    const themes = screen.getByRole('group', { name: 'Theme' });
    await user.click(within(themes).getByRole('button', { name: 'Dark' }));
    expect(explorer.theme).toBe('dark');
    expect(within(themes).getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  });
});
