import { describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import App from '../../src/pages/App.svelte';
import { join } from 'node:path';
import { readSeeds } from '../../src/build/story/readStory.ts';
import { seedTitle } from '../../src/lib/article/provenance.ts';
import { page } from '../../src/lib/strings.ts';
import { HARBOUR, harbourStory } from '../fixtures/harbour.ts';

const story = harbourStory();
const articles = Object.fromEntries([...readSeeds(join(process.cwd(), 'tests/fixtures/harbour/seeds'))].map(([f, t]) => [f, seedTitle(t)]));

describe('the page', () => {
  test('has a title, the three figures in reading order, and the sources', () => {
    render(App, { story, articles });
    expect(screen.getByRole('heading', { level: 1, name: HARBOUR.title })).toBeInTheDocument();
    const figures = screen.getAllByRole('figure');
    expect(figures.map((f) => f.id)).toEqual(['timeline', 'stances', 'reactions']);
    expect(screen.getByRole('figure', { name: HARBOUR.timeline.heading })).toHaveAttribute('id', 'timeline');
    expect(screen.getByRole('figure', { name: HARBOUR.stances.heading })).toHaveAttribute('id', 'stances');
    expect(screen.getByRole('figure', { name: HARBOUR.reactions.heading })).toHaveAttribute('id', 'reactions');
    const sources = screen.getByRole('region', { name: page.sourcesHeading });
    expect(within(sources).getByText('[Analysis] Harbour Talks: Can Two Rival Ports Share One Bay?')).toBeInTheDocument();
  });

  test('the sources name the article by its title, outlet and date, never by its file', () => {
    render(App, { story, articles });
    const sources = screen.getByRole('region', { name: page.sourcesHeading });
    const article = within(sources).getByText('[Analysis] Harbour Talks: Can Two Rival Ports Share One Bay?');
    expect(article.closest('dd')).toHaveTextContent(/^\[Analysis\] Harbour Talks: Can Two Rival Ports Share One Bay\? \(analysis, Bay Courier, March 2024\)$/);
    expect(sources.textContent).not.toMatch(/seeds\/|harbour-talks\.txt/);
    // The editor still finds the file, out of the readers' sight.
    expect(article.closest('dd')).toHaveAttribute('data-seed', 'seeds/harbour-talks.txt');
  });

  test('every figure names the article in its source line', () => {
    render(App, { story, articles });
    for (const figure of screen.getAllByRole('figure')) {
      expect(within(figure).getByText('Source: “[Analysis] Harbour Talks: Can Two Rival Ports Share One Bay?” (analysis, Bay Courier, March 2024)')).toBeInTheDocument();
    }
  });

  test('an Embed button opens the embed code dialog', async () => {
    render(App, { story, articles });
    const { default: userEvent } = await import('@testing-library/user-event');
    await userEvent.click(screen.getByRole('button', { name: 'Embed' }));
    // The dialog's code loads on the first press, so it appears a moment later (a cold module
    // transform in a busy test run can take seconds).
    const dialog = await screen.findByRole('dialog', { name: 'Embed a view in your article' }, { timeout: 4_000 });
    const code = within(dialog).getByRole('textbox', { name: /Code to paste/ }) as HTMLTextAreaElement;
    expect(code.value).toContain('/embed/timeline.html');
    expect(code.value).toContain('data-summit-explorer');
  });

  test('links to each figure by its id', () => {
    render(App, { story, articles });
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['#timeline', '#stances', '#reactions']);
  });
});
