import { describe, expect, test } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import EmbedApp from '../../src/pages/EmbedApp.svelte';
import { VIEW_LOADERS } from '../../src/entries/viewLoaders.ts';
import { HARBOUR, harbourArticles, harbourStory } from '../fixtures/harbour.ts';
import { stances } from '../../src/lib/strings.ts';
import App from '../../src/pages/App.svelte';

const story = harbourStory();
const articles = harbourArticles();

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

  test.each(['timeline', 'stances', 'reactions'] as const)('?embed=%s: its help speaks of the one view shown, never of views the reader cannot see', async (view) => {
    const { container } = render(EmbedApp, { story, view, heading: 'View', ...(await VIEW_LOADERS[view]()) });
    expect(container.textContent).not.toMatch(/three views|other views|all views/i);
    if (view === 'stances') expect(container).toHaveTextContent(stances.keysHintAlone);
  });

  test('the full page keeps the help that names the three linked views', () => {
    const { container } = render(App, { story, articles });
    expect(container).toHaveTextContent(stances.keysHint);
  });
});
