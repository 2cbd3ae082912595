import { describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ExploreBar from '../../src/components/explore/ExploreBar.svelte';
import { Explorer } from '../../src/lib/state/explorer.svelte.ts';

import { preparedStory } from '../fixtures/story.ts';

const story = preparedStory();

function setup() {
  const explorer = new Explorer(story);
  render(ExploreBar, { explorer });
  return { explorer, user: userEvent.setup() };
}

describe('ExploreBar', () => {
  test('typing in search filters every view through the explorer', async () => {
    const { explorer, user } = setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Hayashi');
    expect(explorer.filters.query).toBe('Hayashi');
    expect(explorer.isVisible('reaction-hayashi-caution')).toBe(true);
    expect(explorer.isVisible('reaction-bloomberg')).toBe(false);
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
    const japan = within(who).getByRole('checkbox', { name: /Japan/ });
    expect(japan.closest('label')).toHaveTextContent(`Japan ${explorer.counts.groups.japan}`);
    await user.click(japan);
    expect(explorer.filters.groups).toEqual(['japan']);
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeInTheDocument();
    // Faceted counts: with Japan chosen, the North Korea topic counts only Japan's items.
    const topic = within(screen.getByRole('group', { name: 'Topic' })).getByRole('checkbox', { name: /North Korea/ });
    expect(topic.closest('label')).toHaveTextContent('North Korea 2');
  });

  test('the selection is a chip with a clear button', async () => {
    const { explorer, user } = setup();
    explorer.select('trump-hints-kim-meeting');
    const clear = await screen.findByRole('button', { name: 'Clear selection: Trump hints at meeting Kim Jong-un' });
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
