import { describe, expect, test } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import EmbedApp from '../../src/pages/EmbedApp.svelte';
import { VIEW_LOADERS } from '../../src/entries/viewLoaders.ts';
import { HARBOUR, harbourStory } from '../fixtures/harbour.ts';

const story = harbourStory();

describe('embed mode', () => {
  test.each([
    ['timeline', HARBOUR.timeline.heading],
    ['stances', HARBOUR.stances.heading],
    ['reactions', HARBOUR.reactions.heading],
  ] as const)('?embed=%s shows that one figure, its source line and a link to the full explainer, no page chrome', async (view, heading) => {
    render(EmbedApp, { story, view, heading, ...(await VIEW_LOADERS[view]()) });
    const figures = screen.getAllByRole('figure');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toHaveAccessibleName(heading);
    expect(figures[0]).toHaveTextContent(/Source: .*Harbour Talks: Can Two Rival Ports Share One Bay\?/);
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.queryByRole('search')).toBeNull();
    const link = screen.getByRole('link', { name: 'Open the full explainer' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
    expect(link.getAttribute('href')).toBe(`./#${view}`);
  });
});
