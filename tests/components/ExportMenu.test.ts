import { describe, expect, test, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ExportMenu from '../../src/components/shared/ExportMenu.svelte';
import StancesView from '../../src/components/stances/StancesView.svelte';
import type { ExportFormat, ExportView } from '../../src/lib/export/index.ts';
import { Explorer } from '../../src/lib/state/explorer.svelte.ts';
import type { Story } from '../../src/lib/story/types.ts';
import { exporting } from '../../src/lib/strings.ts';
import { HARBOUR, harbourStory } from '../fixtures/harbour.ts';

const story = harbourStory();
const HEADING = 'Where the two ports stand';

function setup(download = vi.fn(async (view: ExportView, _story: Story, format: ExportFormat) => exporting.fileName(view, format))) {
  const user = userEvent.setup();
  render(ExportMenu, { view: 'stances', story, heading: HEADING, download });
  const toggle = screen.getByRole('button', { name: exporting.buttonLabel(HEADING) });
  return { user, toggle, download };
}

const formats = [
  { name: exporting.svg, format: 'svg' },
  { name: exporting.png, format: 'png' },
  { name: exporting.csv, format: 'csv' },
] as const;

describe('ExportMenu', () => {
  test('a closed disclosure named after its figure; opening shows three formats with hints', async () => {
    const { user, toggle } = setup();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: exporting.svg })).toBeNull();
    // The list is made when opened: closed, the button points at nothing.
    expect(toggle).not.toHaveAttribute('aria-controls');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(within(list).getAllByRole('button').map((b) => b.textContent?.trim())).toEqual(
      formats.map((f) => expect.stringContaining(f.name)),
    );
    expect(screen.getByRole('button', { name: exporting.png })).toHaveAccessibleDescription(exporting.pngHint);
  });

  test.each(formats)('$name downloads the view as $format, announces the file and returns focus', async ({ name, format }) => {
    const { user, toggle, download } = setup();
    await user.click(toggle);
    await user.click(screen.getByRole('button', { name }));
    expect(download).toHaveBeenCalledExactlyOnceWith('stances', story, format);
    expect(screen.getByRole('status')).toHaveTextContent(exporting.done(`summit-explorer-stances.${format}`));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  test('keyboard: Enter opens on the first format, arrows move, Escape closes back on the button without reaching the page', async () => {
    const { user, toggle } = setup();
    // What the page's own Escape (clear the selection) would see.
    const pageEscape = vi.fn();
    const listener = (e: KeyboardEvent) => e.key === 'Escape' && !e.defaultPrevented && pageEscape();
    window.addEventListener('keydown', listener);
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: exporting.svg })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: exporting.png })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: exporting.csv })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: exporting.svg })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('button', { name: exporting.csv })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    expect(pageEscape).not.toHaveBeenCalled();
    window.removeEventListener('keydown', listener);
  });

  test('Tab past the last format or a click elsewhere folds the panel', async () => {
    const { user, toggle } = setup();
    const outside = document.body.appendChild(document.createElement('button'));
    await user.click(toggle);
    await user.tab();
    await user.tab();
    await user.tab();
    expect(outside).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(document.body);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    outside.remove();
  });

  test('a failed download says so and keeps the panel open to try another format', async () => {
    const { user, toggle } = setup(vi.fn(async () => { throw new Error('no canvas'); }));
    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: exporting.png }));
    expect(screen.getByRole('status')).toHaveTextContent(exporting.failed);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: exporting.csv })).toBeEnabled();
  });
});

describe('in a figure', () => {
  test('the view puts its Download menu in the figure header, beside Chart/Table', () => {
    render(StancesView, { story, width: 1280, explorer: new Explorer(story) });
    const figure = screen.getByRole('figure', { name: HARBOUR.stances.heading });
    const toggle = within(figure).getByRole('button', { name: exporting.buttonLabel(HARBOUR.stances.heading) });
    expect(toggle.closest('header')).toBe(figure.querySelector('header'));
    expect(within(figure).getByRole('group', { name: new RegExp(HARBOUR.stances.heading) })).toBeInTheDocument();
  });
});
