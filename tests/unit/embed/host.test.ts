/**
 * The host snippet in jsdom: messages are simulated as MessageEvents with a chosen source and
 * origin. Only a parsed message from the iframe's own window and exact origin may act.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  MAX_HEIGHT, parseToEmbed, ampHeightMessage, heightMessage, pymHeightMessage, setStateMessage, setThemeMessage, stateMessage,
} from '../../../src/lib/embed/protocol.ts';

const APP = 'https://app.example';

/** A prefers-color-scheme query the test can flip; like a browser, it calls listeners and onchange. */
const scheme = {
  matches: false,
  listeners: [] as Array<() => void>,
  query: null as { onchange: (() => void) | null; [key: string]: unknown } | null,
  set(dark: boolean) {
    this.matches = dark;
    for (const listener of this.listeners) listener();
    this.query?.onchange?.();
  },
};

beforeAll(async () => {
  window.matchMedia = (media: string) =>
    (scheme.query = {
      media,
      onchange: null,
      get matches() { return scheme.matches; },
      addEventListener: (_: string, listener: () => void) => scheme.listeners.push(listener),
      removeEventListener() {},
    }) as unknown as MediaQueryList;
  await import('../../../src/entries/host.ts');
});

beforeEach(() => history.replaceState(null, '', '/article'));
afterEach(() => {
  document.body.replaceChildren();
  scheme.matches = false;
});

function embed(src = `${APP}/embed/stances.html`, attributes: Record<string, string> = {}, marked = true): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  if (marked) frame.setAttribute('data-summit-explorer', '');
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  frame.src = src;
  document.body.append(frame);
  return frame;
}

function send(data: unknown, source: Window | null, origin = APP): void {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

function spyOnPosts(frame: HTMLIFrameElement) {
  return vi.spyOn(frame.contentWindow!, 'postMessage').mockImplementation(() => {});
}

describe('height', () => {
  test.each<[string, unknown, string]>([
    ['our own message', heightMessage('stances', 812), '812px'],
    ['the largest height allowed', heightMessage('stances', MAX_HEIGHT), `${MAX_HEIGHT}px`],
  ])('applies %s from the iframe’s own window and origin', (_, data, expected) => {
    const frame = embed();
    send(data, frame.contentWindow);
    expect(frame.style.height).toBe(expected);
  });

  test.each<[string, unknown]>([
    ['AMP embed-size', ampHeightMessage(640)],
    ['a pym.js string', pymHeightMessage('summit-stances', 733)],
  ])('leaves %s to the hosts that speak it (AMP pages, pym.Parent): our embed always sends its own too', (_, data) => {
    const frame = embed();
    send(data, frame.contentWindow);
    expect(frame.style.height).toBe('');
  });

  test('sizes several embeds on one page, each from its own messages', () => {
    const [a, b, c] = [embed(`${APP}/?embed=timeline`), embed(`${APP}/?embed=stances`), embed(`${APP}/?embed=reactions`)];
    send(heightMessage('timeline', 900), a!.contentWindow);
    send(heightMessage('stances', 700), b!.contentWindow);
    expect([a!.style.height, b!.style.height, c!.style.height]).toEqual(['900px', '700px', '']);
  });

  test('finds an iframe added after the snippet ran', () => {
    send(heightMessage('stances', 500), null);
    const late = embed();
    send(heightMessage('stances', 612), late.contentWindow);
    expect(late.style.height).toBe('612px');
  });

  test('writes the height and nothing else', () => {
    const frame = embed();
    const before = [...frame.attributes].map((a) => `${a.name}=${a.value}`);
    send(heightMessage('stances', 812), frame.contentWindow);
    expect(frame.getAttribute('style')).toBe('height: 812px;');
    expect([...frame.attributes].filter((a) => a.name !== 'style').map((a) => `${a.name}=${a.value}`)).toEqual(before);
  });

  test('an origin is compared exactly, relative src resolved against the page', () => {
    const frame = embed('/?embed=stances');
    send(heightMessage('stances', 420), frame.contentWindow, location.origin);
    expect(frame.style.height).toBe('420px');
  });
});

describe('hostile or stray messages change nothing', () => {
  const good = heightMessage('stances', 812);
  test.each<[string, (frame: HTMLIFrameElement, other: HTMLIFrameElement) => [unknown, Window | null, string]]>([
    ['from the host page itself', () => [good, window, APP]],
    ['from an unmarked iframe on the page, same origin', (_, other) => [good, other.contentWindow, APP]],
    ['with no source', () => [good, null, APP]],
    ['from the right window, another origin', (f) => [good, f.contentWindow, 'https://evil.example']],
    ['from the right window, http instead of https', (f) => [good, f.contentWindow, 'http://app.example']],
    ['from the right window, another port', (f) => [good, f.contentWindow, 'https://app.example:8443']],
    ['from the right window, a subdomain', (f) => [good, f.contentWindow, 'https://evil.app.example']],
    ['from the right window, a suffix of the origin', (f) => [good, f.contentWindow, 'https://app.example.evil']],
    ['from the right window, an opaque origin', (f) => [good, f.contentWindow, 'null']],
    ['a numeric string height', (f) => [{ ...good, height: '812' }, f.contentWindow, APP]],
    ['a CSS height', (f) => [{ ...good, height: '812px; background: red' }, f.contentWindow, APP]],
    ['a huge height', (f) => [{ ...good, height: 1e9 }, f.contentWindow, APP]],
    ['a huge AMP height', (f) => [ampHeightMessage(MAX_HEIGHT + 1), f.contentWindow, APP]],
    ['a huge pym height', (f) => [pymHeightMessage('x', 99_999_999), f.contentWindow, APP]],
    ['a negative height', (f) => [{ ...good, height: -5 }, f.contentWindow, APP]],
    ['NaN', (f) => [{ ...good, height: NaN }, f.contentWindow, APP]],
    ['a URL', (f) => ['https://evil.example/', f.contentWindow, APP]],
    ['pym navigateTo', (f) => ['pymxPYMxsummit-stancesxPYMxnavigateToxPYMxhttps://evil.example', f.contentWindow, APP]],
    ['a script string', (f) => ['<script>alert(1)</script>', f.contentWindow, APP]],
    ['a script in a pym id', (f) => ['pymxPYMx<img src=x onerror=alert(1)>xPYMxheightxPYMx500', f.contentWindow, APP]],
    ['an unknown message type', (f) => [{ type: 'summit-explorer:navigate', version: 1, view: 'stances', url: 'https://evil.example' }, f.contentWindow, APP]],
  ])('%s', (_, make) => {
    const frame = embed();
    const other = embed(`${APP}/?embed=timeline`, {}, false);
    const posts = spyOnPosts(frame);
    const hash = location.href;
    const [data, source, origin] = make(frame, other);
    send(data, source, origin);
    expect(frame.style.height).toBe('');
    expect(other.style.height).toBe('');
    expect(location.href).toBe(hash);
    // A message from a stranger is not a first contact either.
    if (source !== frame.contentWindow || origin !== APP) expect(posts).not.toHaveBeenCalled();
  });

  test('an iframe without data-summit-explorer is not ours', () => {
    const frame = embed(`${APP}/?embed=stances`, {}, false);
    send(heightMessage('stances', 812), frame.contentWindow);
    expect(frame.style.height).toBe('');
  });

  test('an iframe whose src is not a URL with an origin is never trusted', () => {
    const frame = embed('about:blank');
    send(heightMessage('stances', 812), frame.contentWindow, 'null');
    expect(frame.style.height).toBe('');
  });
});

describe('theme, opt-in per iframe', () => {
  test.each(['light', 'dark', 'auto'] as const)('data-theme="%s" is sent on first contact, to the exact origin', (theme) => {
    const frame = embed(undefined, { 'data-theme': theme });
    const posts = spyOnPosts(frame);
    send(heightMessage('stances', 700), frame.contentWindow);
    send(heightMessage('stances', 720), frame.contentWindow);
    expect(posts.mock.calls).toEqual([[setThemeMessage(theme), APP]]);
  });

  test('data-theme="host" follows the host page’s colour scheme, and changes with it', () => {
    scheme.matches = true;
    const frame = embed(undefined, { 'data-theme': 'host' });
    const fixed = embed(`${APP}/?embed=timeline`, { 'data-theme': 'light' });
    const posts = spyOnPosts(frame);
    const fixedPosts = spyOnPosts(fixed);
    send(heightMessage('stances', 700), frame.contentWindow);
    send(heightMessage('timeline', 700), fixed.contentWindow);
    scheme.set(false);
    expect(posts.mock.calls).toEqual([[setThemeMessage('dark'), APP], [setThemeMessage('light'), APP]]);
    expect(fixedPosts.mock.calls.every(([message]) => (message as { theme: string }).theme === 'light')).toBe(true);
  });

  test('no data-theme sends nothing; an unknown one is passed on only to its own frame, which refuses it', () => {
    const plain = embed();
    const odd = embed(`${APP}/?embed=timeline`, { 'data-theme': 'javascript:alert(1)' });
    const posts = [spyOnPosts(plain), spyOnPosts(odd)];
    send(heightMessage('stances', 700), plain.contentWindow);
    send(heightMessage('timeline', 700), odd.contentWindow);
    expect(posts[0]!.mock.calls).toEqual([]);
    // The editor's own attribute, sent to that frame's exact origin; the embed's parser drops it.
    expect(posts[1]!.mock.calls).toEqual([[setThemeMessage('javascript:alert(1)' as never), APP]]);
    expect(parseToEmbed(posts[1]!.mock.calls[0]![0])).toBeNull();
  });
});

describe('state in the host’s hash, opt-in per iframe', () => {
  test('a state report is written as #summit-<view>=…, keeping the host’s own hash parts', () => {
    history.replaceState(null, '', '/article#comments&summit-timeline=sel%3Dx');
    const frame = embed(undefined, { 'data-sync-hash': '' });
    send(stateMessage('stances', 'sel=summit&q=tariff'), frame.contentWindow);
    expect(location.hash).toBe('#comments&summit-timeline=sel%3Dx&summit-stances=sel%3Dsummit%26q%3Dtariff');
    expect(location.pathname).toBe('/article');
    send(stateMessage('stances', ''), frame.contentWindow);
    expect(location.hash).toBe('#comments&summit-timeline=sel%3Dx');
  });

  test.each([
    ['the page alone', `${APP}/embed/stances.html`],
    ['the page with a state and a theme', `${APP}/embed/stances.html?sel=x&theme=dark`],
  ])('the key names the view the iframe shows: %s', (_name, src) => {
    history.replaceState(null, '', '/article');
    const frame = embed(src, { 'data-sync-hash': '' });
    send(stateMessage('stances', 'sel=summit'), frame.contentWindow);
    expect(location.hash).toBe('#summit-stances=sel%3Dsummit');
  });

  test('an empty state on a page without a hash leaves no bare # and writes no history', () => {
    history.replaceState(null, '', '/article?page=2');
    const replace = vi.spyOn(history, 'replaceState');
    const frame = embed(undefined, { 'data-sync-hash': '' });
    send(stateMessage('stances', ''), frame.contentWindow);
    expect(location.href).toBe(`${location.origin}/article?page=2`);
    expect(replace).not.toHaveBeenCalled();
    send(stateMessage('stances', 'sel=summit'), frame.contentWindow);
    send(stateMessage('stances', ''), frame.contentWindow);
    expect(location.href).toBe(`${location.origin}/article?page=2`);
    replace.mockRestore();
  });

  test.each<[string, Record<string, string>, unknown, string]>([
    ['without data-sync-hash', {}, stateMessage('stances', 'sel=summit'), APP],
    ['for another view than the iframe shows', { 'data-sync-hash': '' }, stateMessage('timeline', 'sel=summit'), APP],
    ['with an unsafe state', { 'data-sync-hash': '' }, { ...stateMessage('stances', ''), state: 'u=javascript:alert(1)' }, APP],
    ['with a state containing markup', { 'data-sync-hash': '' }, { ...stateMessage('stances', ''), state: '<b>x</b>' }, APP],
    ['from another origin', { 'data-sync-hash': '' }, stateMessage('stances', 'sel=summit'), 'https://evil.example'],
  ])('a state report %s leaves the hash alone', (_, attributes, data, origin) => {
    history.replaceState(null, '', '/article#intro');
    const frame = embed(undefined, attributes);
    send(data, frame.contentWindow, origin);
    expect(location.hash).toBe('#intro');
  });

  test('the state in the hash is sent back on first contact, and the load-time report does not erase it', () => {
    history.replaceState(null, '', '/article#intro&summit-stances=sel%3Dsummit');
    const frame = embed(undefined, { 'data-sync-hash': '' });
    const posts = spyOnPosts(frame);
    send(stateMessage('stances', ''), frame.contentWindow);
    expect(posts.mock.calls).toEqual([[setStateMessage('sel=summit'), APP]]);
    expect(location.hash).toBe('#intro&summit-stances=sel%3Dsummit');
    // The embed applies it and reports it: the hash keeps it.
    send(stateMessage('stances', 'sel=summit&q=x'), frame.contentWindow);
    expect(location.hash).toBe('#intro&summit-stances=sel%3Dsummit%26q%3Dx');
    expect(posts).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['an unsafe state', '#summit-stances=u%3Djavascript%3Aalert(1)'],
    ['markup', '#summit-stances=%3Cscript%3E'],
    ['a malformed escape', '#summit-stances=%E0%A4%A'],
    ['another view’s state', '#summit-timeline=sel%3Dx'],
  ])('%s in the hash is not sent', (_, hash) => {
    history.replaceState(null, '', `/article${hash}`);
    const frame = embed(undefined, { 'data-sync-hash': '' });
    const posts = spyOnPosts(frame);
    send(heightMessage('stances', 700), frame.contentWindow);
    expect(posts).not.toHaveBeenCalled();
    expect(frame.style.height).toBe('700px');
  });

  test('without data-sync-hash the hash state is never sent', () => {
    history.replaceState(null, '', '/article#summit-stances=sel%3Dsummit');
    const frame = embed();
    const posts = spyOnPosts(frame);
    send(heightMessage('stances', 700), frame.contentWindow);
    expect(posts).not.toHaveBeenCalled();
  });
});

describe('the served snippet', () => {
  test('is one minified IIFE under 1 KB gzipped, with no imports, no globals and no wildcard target', async () => {
    const { buildSnippet } = await import('../../../src/build/embed/embedPlugin.ts');
    const { gzipSync } = await import('node:zlib');
    const code = await buildSnippet();
    expect(code.trim()).toMatch(/^\(function\(\)\{[\s\S]*\}\)\(\);?$/);
    expect(code).not.toMatch(/\bimport\b|\bexport\b|\beval\b|innerHTML|'\*'|"\*"|`\*`/);
    expect(gzipSync(code).length).toBeLessThan(1024);
  }, 30_000);
});
