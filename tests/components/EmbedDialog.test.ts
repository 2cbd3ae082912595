import { afterEach, describe, expect, test, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import EmbedDialog from '../../src/components/embed/EmbedDialog.svelte';
import { VIEWS } from '../../src/lib/views/viewFacts.ts';
import { heightMessage } from '../../src/lib/embed/protocol.ts';
import { embed as t } from '../../src/lib/strings.ts';
import { HARBOUR } from '../fixtures/harbour.ts';

const ORIGIN = 'https://graphics.example.com';

let writeText: ReturnType<typeof vi.fn>;
afterEach(() => {
  delete (navigator as { clipboard?: unknown }).clipboard;
  delete (document as { execCommand?: unknown }).execCommand;
  document.querySelectorAll('[data-opener]').forEach((el) => el.remove());
});

/** Props whose `open` is reactive and written back by the component, as with `bind:open`. */
function bindable<T extends { open: boolean }>(initial: T): T {
  const live = new SvelteMap([['open', initial.open]]);
  return Object.defineProperty({ ...initial }, 'open', {
    get: () => live.get('open'),
    set: (v: boolean) => live.set('open', v),
    enumerable: true,
  });
}

/** Opens the dialog from a button, as the page will, and returns the live props to read `open` back. */
function setup(state = '') {
  const user = userEvent.setup();
  // After user-event's setup, which installs its own clipboard.
  writeText = vi.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  const opener = document.createElement('button');
  opener.textContent = 'Embed';
  opener.dataset.opener = '';
  document.body.append(opener);
  opener.focus();
  const props = bindable({ meta: HARBOUR, open: true, origin: ORIGIN, state });
  render(EmbedDialog, props);
  flushSync();
  const dialog = screen.getByRole('dialog', { name: t.heading });
  return { user, opener, props, dialog };
}

/** The pasted code's iframe, as a browser will read it. */
function pasted() {
  const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: t.codeLabel });
  const doc = new DOMParser().parseFromString(box.value, 'text/html');
  return { box, iframe: doc.querySelector('iframe')!, script: doc.querySelector('script') };
}

function preview() {
  return screen.getByTitle<HTMLIFrameElement>(t.previewTitle(HARBOUR.timeline.heading));
}

function post(data: unknown, source: Window | null, origin = location.origin) {
  window.dispatchEvent(new MessageEvent('message', { data, source, origin }));
  flushSync();
}

describe('the embed dialog', () => {
  test('opens as a dialog named by its heading, with focus on the heading', () => {
    const { dialog } = setup();
    expect(dialog).toHaveAttribute('open');
    expect(within(dialog).getByRole('heading', { name: t.heading })).toHaveFocus();
  });

  test('starts on the timeline: code with a meaningful title, lazy loading, the default height, and the snippet', () => {
    setup();
    expect(screen.getByRole('radio', { name: t.views.timeline })).toBeChecked();
    const { box, iframe, script } = pasted();
    expect(box).toHaveAttribute('readonly');
    expect(iframe.getAttribute('src')).toBe(`${ORIGIN}/embed/timeline.html`);
    expect(iframe.getAttribute('title')).toBe(`${HARBOUR.timeline.heading} — Summit Explorer`);
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(iframe.getAttribute('height')).toBe(String(VIEWS.timeline.embedHeight));
    expect(script?.getAttribute('src')).toBe(`${ORIGIN}/embed.js`);
  });

  test.each([
    ['stances', t.views.stances, HARBOUR.stances.heading],
    ['reactions', t.views.reactions, HARBOUR.reactions.heading],
  ] as const)('switching to %s changes the code and the preview', async (view, label, heading) => {
    const { user } = setup();
    await user.click(screen.getByRole('radio', { name: label }));
    const { iframe } = pasted();
    expect(iframe.getAttribute('src')).toBe(`${ORIGIN}/embed/${view}.html`);
    expect(iframe.getAttribute('title')).toBe(`${heading} — Summit Explorer`);
    expect(iframe.getAttribute('height')).toBe(String(VIEWS[view].embedHeight));
    const frame = screen.getByTitle<HTMLIFrameElement>(t.previewTitle(heading));
    expect(frame.getAttribute('src')).toBe(`${location.origin}/embed/${view}.html`);
  });

  test('the preview\'s own height message sizes the preview and sets the height in the code', () => {
    setup();
    const frame = preview();
    post(heightMessage('timeline', 1234), frame.contentWindow);
    expect(pasted().iframe.getAttribute('height')).toBe('1234');
    expect(pasted().iframe.getAttribute('style')).toBe('border:0;width:100%;height:1234px');
    expect(frame).toHaveAttribute('height', '1234');
  });

  test.each<[string, () => Window | null, string, unknown]>([
    ['another window', () => window, location.origin, heightMessage('timeline', 1234)],
    ['no window', () => null, location.origin, heightMessage('timeline', 1234)],
    ['another origin', () => preview().contentWindow, 'https://evil.example', heightMessage('timeline', 1234)],
    ['another view', () => preview().contentWindow, location.origin, heightMessage('stances', 1234)],
    ['a huge height', () => preview().contentWindow, location.origin, { ...heightMessage('timeline', 1234), height: 1e9 }],
    ['a pym string', () => preview().contentWindow, location.origin, 'pymxPYMxaxPYMxheightxPYMx1234'],
  ])('ignores a height message from %s', (_name, source, origin, data) => {
    setup();
    post(data, source(), origin);
    expect(pasted().iframe.getAttribute('height')).toBe(String(VIEWS.timeline.embedHeight));
    expect(preview()).toHaveAttribute('height', String(VIEWS.timeline.embedHeight));
  });

  test('a view keeps its reported height when an option reloads the preview', async () => {
    const { user } = setup();
    post(heightMessage('timeline', 987), preview().contentWindow);
    await user.click(screen.getByRole('radio', { name: t.themes.dark }));
    const { iframe } = pasted();
    expect(iframe.getAttribute('src')).toBe(`${ORIGIN}/embed/timeline.html?theme=dark`);
    expect(iframe.getAttribute('height')).toBe('987');
  });

  test('options: follow the host\'s theme, carry the selection and filters, sync into the host\'s URL', async () => {
    const { user } = setup('sel=stance-fishing-rights&kind=quote&theme=dark');
    const carry = screen.getByRole('checkbox', { name: t.carryState });
    expect(carry).toBeChecked();
    expect(pasted().iframe.getAttribute('src')).toBe(`${ORIGIN}/embed/timeline.html?sel=stance-fishing-rights&kind=quote`);

    await user.click(screen.getByRole('radio', { name: t.themes.host }));
    // The preview shows what the snippet would send: this page's colour scheme (light in jsdom).
    expect(preview()).toHaveAttribute('src', `${location.origin}/embed/timeline.html?sel=stance-fishing-rights&kind=quote&theme=light`);
    await user.click(screen.getByRole('checkbox', { name: t.syncHash }));
    await user.click(carry);
    const { iframe } = pasted();
    expect(iframe.getAttribute('src')).toBe(`${ORIGIN}/embed/timeline.html`);
    expect(iframe.getAttribute('data-theme')).toBe('host');
    expect(iframe.hasAttribute('data-sync-hash')).toBe(true);
  });

  test('with nothing selected or filtered, carrying state is unavailable and says why', () => {
    setup();
    const carry = screen.getByRole('checkbox', { name: t.carryState });
    expect(carry).toBeDisabled();
    expect(carry).not.toBeChecked();
    expect(carry).toHaveAccessibleDescription(t.carryStateNone);
  });

  test('Copy code writes the code to the clipboard and announces it', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('radio', { name: t.views.reactions }));
    await user.click(screen.getByRole('button', { name: t.copy }));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText).toHaveBeenCalledWith(pasted().box.value);
    expect(writeText.mock.calls[0]![0]).toContain('/embed/reactions.html');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(t.copied));
  });

  test('without the clipboard API, Copy selects the code and uses the copy command', async () => {
    const { user } = setup();
    delete (navigator as { clipboard?: unknown }).clipboard;
    const execCommand = vi.fn().mockReturnValue(true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    await user.click(screen.getByRole('button', { name: t.copy }));
    const { box } = pasted();
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(box).toHaveFocus();
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(t.copied));
  });

  test('the code box selects all its text on focus', async () => {
    const { user } = setup();
    await user.tab();
    const { box } = pasted();
    box.focus();
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
  });

  test.each([
    ['Close', async (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: t.close }))],
    // jsdom does not turn Escape into the dialog's cancel event as browsers do; send that event.
    ['Escape', async () => { screen.getByRole('dialog').dispatchEvent(new Event('cancel', { cancelable: true })); }],
  ])('%s closes it, sets open back to false and returns focus to the opener', async (_name, act) => {
    const { user, opener, props, dialog } = setup();
    await act(user);
    flushSync();
    expect(props.open).toBe(false);
    expect(dialog).not.toHaveAttribute('open');
    expect(screen.queryByRole('textbox', { name: t.codeLabel })).toBeNull();
    expect(opener).toHaveFocus();
  });

  test('refuses to build code for a non-http origin, and says why', () => {
    const props = bindable({ meta: HARBOUR, open: true, origin: 'file:///tmp/explainer' });
    render(EmbedDialog, props);
    flushSync();
    expect(screen.getByRole('alert')).toHaveTextContent(t.badOrigin);
    expect(screen.queryByRole('textbox', { name: t.codeLabel })).toBeNull();
  });
});
