/**
 * The embed's side of the host conversation (src/components/embed/embedBridge.svelte.ts), in
 * jsdom: the embed is given a parent window (another frame's), and what it posts there is read.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import { tick } from 'svelte';
import EmbedApp from '../../src/pages/EmbedApp.svelte';
import { VIEW_LOADERS } from '../../src/entries/viewLoaders.ts';
import { harbourStory } from '../fixtures/harbour.ts';
import { helloMessage, setStateMessage, setThemeMessage } from '../../src/lib/embed/protocol.ts';

const story = harbourStory();

// The embed keeps its state in its own address and its theme on the root element.
afterEach(() => {
  vi.restoreAllMocks();
  history.replaceState(null, '', '/');
  delete document.documentElement.dataset.theme;
});

/** The stances embed inside a parent window; `states()` lists the state reports it has posted. */
async function embedded() {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const parent = frame.contentWindow!;
  const posted = vi.spyOn(parent, 'postMessage').mockImplementation(() => {});
  vi.spyOn(window, 'parent', 'get').mockReturnValue(parent as Window & typeof globalThis);
  render(EmbedApp, { story, view: 'stances', heading: 'Stances', ...(await VIEW_LOADERS.stances()) });
  await tick();
  const states = () => posted.mock.calls.map(([m]) => m as { type?: string; state?: string }).filter((m) => m.type === 'summit-explorer:state').map((m) => m.state);
  const say = async (data: unknown) => {
    window.dispatchEvent(new MessageEvent('message', { data, source: parent }));
    await tick();
  };
  return { states, say };
}

describe('the embed reports its state to its host', () => {
  test('once on load; a theme from the host does not repeat it, so a host restoring another state keeps it', async () => {
    const { states, say } = await embedded();
    expect(states()).toEqual(['']);
    await say(setThemeMessage('dark'));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(states()).toEqual(['']);
    await say(setStateMessage('sel=stance-dredging-fund'));
    expect(states()).toEqual(['', 'sel=stance-dredging-fund']);
  });

  test('a hello is answered with the state as it is now', async () => {
    const { states, say } = await embedded();
    await say(setStateMessage('sel=stance-dredging-fund'));
    await say(helloMessage());
    expect(states()).toEqual(['', 'sel=stance-dredging-fund', 'sel=stance-dredging-fund']);
  });
});
