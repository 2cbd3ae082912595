import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Present from '../../src/pages/Present.svelte';
import { focusZone } from '../../src/components/present/focusZone.ts';
import { present } from '../../src/lib/strings.ts';
import { HARBOUR, harbourStory } from '../fixtures/harbour.ts';

const story = harbourStory();
const steps = story.steps;
const total = steps.length;
const FIGURE = { timeline: HARBOUR.timeline.heading, stances: HARBOUR.stances.heading, reactions: HARBOUR.reactions.heading } as const;

function open(search: string) {
  history.replaceState(null, '', `/${search}`);
  const user = userEvent.setup();
  render(Present, { story, search, width: 900 });
  return { user };
}

const title = () => screen.getByRole('heading', { level: 1 }).textContent;
const press = (key: string, target: Element = document.body) => fireEvent.keyDown(target, { key });

beforeEach(() => {
  // jsdom has no scrolling: the step change scrolls its view into place.
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
});
afterEach(() => {
  delete document.documentElement.dataset.theme;
});

describe('the presenter', () => {
  test.each(steps.map((s, i) => [i + 1, s] as const))('step %i shows its title, caption, quotes, counter and view', (n, step) => {
    open(`?present&step=${n}`);
    expect(title()).toBe(step.title);
    expect(screen.getByText(step.caption)).toBeInTheDocument();
    const quotes = screen.getByRole('figure', { name: present.fromTheArticle });
    expect([...quotes.querySelectorAll('blockquote')].map((q) => q.textContent)).toEqual(step.sources.map((s) => s.quote));
    expect(screen.getByTestId('step-counter')).toHaveTextContent(`Step ${n} of ${total}`);
    expect(document.title).toBe(present.documentTitle(n, total, step.title));
    expect(screen.getByRole('figure', { name: FIGURE[step.view] })).toBeInTheDocument();
  });

  test('opens on the projector theme unless the URL names another', () => {
    open('?present');
    expect(document.documentElement.dataset.theme).toBe('projector');
  });

  test('keeps the theme the URL gives', () => {
    open('?present&theme=dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  test('an invalid step opens step 1', () => {
    open('?present&step=42');
    expect(title()).toBe(steps[0]!.title);
    expect(location.search).toBe('?present&step=1');
  });

  test('Next and Previous move a step, and the URL follows', async () => {
    const { user } = open('?present&step=2');
    await user.click(screen.getByRole('button', { name: present.nextStep(steps[2]!.title) }));
    expect(title()).toBe(steps[2]!.title);
    expect(location.search).toBe('?present&step=3');
    await user.click(screen.getByRole('button', { name: present.previousStep(steps[1]!.title) }));
    await user.click(screen.getByRole('button', { name: present.previousStep(steps[0]!.title) }));
    expect(title()).toBe(steps[0]!.title);
    expect(location.search).toBe('?present&step=1');
    // At the first step Previous stays focusable but does nothing.
    const prev = screen.getByRole('button', { name: present.previous });
    expect(prev).toHaveAttribute('aria-disabled', 'true');
    await user.click(prev);
    expect(title()).toBe(steps[0]!.title);
  });

  test('clicker and slide-show keys on the page move through the steps', () => {
    open('?present');
    press('PageDown');
    expect(title()).toBe(steps[1]!.title);
    press(' ');
    expect(title()).toBe(steps[2]!.title);
    press('PageUp');
    expect(title()).toBe(steps[1]!.title);
    press('ArrowLeft');
    expect(title()).toBe(steps[0]!.title);
    press('ArrowRight');
    expect(title()).toBe(steps[1]!.title);
    press('End');
    expect(title()).toBe(steps[total - 1]!.title);
    press('PageDown');
    expect(title()).toBe(steps[total - 1]!.title);
    press('Home');
    expect(title()).toBe(steps[0]!.title);
  });

  test('the step lights its items in the view', () => {
    open('?present&step=1');
    const figure = screen.getByRole('figure', { name: HARBOUR.timeline.heading });
    const lit = [...figure.querySelectorAll('[aria-current="true"]')].map((el) => el.getAttribute('data-id'));
    expect(lit.sort()).toEqual([...steps[0]!.focus].sort());
  });

  test('arrow keys inside a view stay with the view; Page Down still moves on', async () => {
    open('?present&step=1');
    const figure = screen.getByRole('figure', { name: HARBOUR.timeline.heading });
    const mark = figure.querySelector<SVGElement>('[data-id]')!;
    mark.focus();
    // Keys go where focus is: the view moves focus among its marks (End pans the timeline to the last).
    const movesOn = async (key: string) => {
      const from = document.activeElement!;
      press(key, from);
      await waitFor(() => expect(document.activeElement !== from && figure.contains(document.activeElement)).toBe(true));
    };
    await movesOn('ArrowRight');
    await movesOn('End');
    expect(title()).toBe(steps[0]!.title);
    press('PageDown', document.activeElement!);
    expect(title()).toBe(steps[1]!.title);
  });

  test('B blanks the screen; any key brings it back and does nothing else', async () => {
    open('?present&step=2');
    press('b');
    expect(screen.getByTestId('blank-screen')).toBeInTheDocument();
    expect(screen.getByText(present.blanked)).toHaveAttribute('aria-live', 'polite');
    press('PageDown');
    expect(screen.queryByTestId('blank-screen')).not.toBeInTheDocument();
    expect(title()).toBe(steps[1]!.title);
    press('.');
    expect(screen.getByTestId('blank-screen')).toBeInTheDocument();
    press('x');
    expect(screen.queryByTestId('blank-screen')).not.toBeInTheDocument();
    expect(screen.queryByText(present.blanked)).not.toBeInTheDocument();
  });

  test('F asks for full screen, and again leaves it', () => {
    const request = vi.fn(() => Promise.resolve());
    const exit = vi.fn(() => Promise.resolve());
    document.documentElement.requestFullscreen = request;
    document.exitFullscreen = exit;
    open('?present');
    press('f');
    expect(request).toHaveBeenCalledTimes(1);
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => document.documentElement });
    press('F');
    expect(exit).toHaveBeenCalledTimes(1);
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => null });
  });

  test('N and the Notes button toggle the teacher notes', async () => {
    const { user } = open('?present&step=3');
    expect(screen.queryByRole('region', { name: present.notes })).not.toBeInTheDocument();
    press('n');
    const notes = screen.getByRole('region', { name: present.notes });
    expect(within(notes).getAllByRole('listitem').map((li) => li.textContent)).toEqual(steps[2]!.questions);
    const button = screen.getByRole('button', { name: new RegExp(present.showNotes) });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.click(button);
    expect(screen.queryByRole('region', { name: present.notes })).not.toBeInTheDocument();
  });

  test('links to the notes window on the current step', () => {
    open('?present&step=2&theme=dark');
    const link = screen.getByRole('link', { name: present.openNotesWindow });
    expect(link.getAttribute('href')).toBe('/?present&notes&step=2&theme=dark');
    press('PageDown');
    expect(link.getAttribute('href')).toBe('/?present&notes&step=3&theme=dark');
  });

  test('announces each step in the live region', () => {
    open('?present');
    press('PageDown');
    const text = present.announceStep(2, total, steps[1]!.title);
    expect(screen.getAllByRole('status').some((region) => region.textContent === text)).toBe(true);
  });
});

describe('the notes window', () => {
  test('shows the step’s questions and what comes next, with no view', () => {
    open('?present&notes&step=2');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(steps[1]!.title);
    const notes = screen.getByRole('region', { name: present.notes });
    expect(within(notes).getAllByRole('listitem').map((li) => li.textContent)).toEqual(steps[1]!.questions);
    expect(screen.getByText(present.upNext(steps[2]!.title))).toBeInTheDocument();
    expect(screen.queryByRole('figure', { name: FIGURE[steps[1]!.view] })).not.toBeInTheDocument();
    expect(document.title).toBe(present.notesDocumentTitle(2, total));
    press('PageDown');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(steps[2]!.title);
    expect(location.search).toBe('?present&notes&step=3');
  });

  test.runIf(typeof BroadcastChannel !== 'undefined')('follows the presenter over the channel', async () => {
    open('?present&notes&step=1');
    const presenter = new BroadcastChannel('summit-present');
    presenter.postMessage({ type: 'step', step: 3 });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(steps[2]!.title));
    presenter.postMessage({ type: 'step', step: 99 });
    presenter.postMessage({ type: 'step', step: 2 });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(steps[1]!.title));
    presenter.close();
  });
});

describe('focusZone', () => {
  test.each([
    ['<button id="t">x</button>', 'control'],
    ['<a id="t" href="/">x</a>', 'control'],
    ['<p id="t">x</p>', 'page'],
    ['<input id="t">', 'field'],
    ['<textarea id="t"></textarea>', 'field'],
    ['<div contenteditable="true"><span id="t">x</span></div>', 'field'],
    ['<dialog open><button id="t">x</button></dialog>', 'dialog'],
    ['<div data-present-view><svg><g id="t" tabindex="0"></g></svg></div>', 'view'],
    ['<div data-present-view><button id="t">Table</button></div>', 'view'],
  ])('%s → %s', (html, zone) => {
    document.body.innerHTML = html;
    expect(focusZone(document.getElementById('t'))).toBe(zone);
    document.body.innerHTML = '';
  });

  test('the body and nothing are the page', () => {
    expect(focusZone(document.body)).toBe('page');
    expect(focusZone(null)).toBe('page');
  });
});
