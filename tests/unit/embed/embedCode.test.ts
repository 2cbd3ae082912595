import { describe, expect, test } from 'vitest';
import {
  embedCode, embedOrigin, embedSrc, embedState, escapeAttribute, type EmbedCodeOptions,
} from '../../../src/lib/embed/embedCode.ts';
import { MAX_HEIGHT, MIN_HEIGHT } from '../../../src/lib/embed/protocol.ts';

const base: EmbedCodeOptions = {
  origin: 'https://graphics.example.com',
  view: 'stances',
  title: 'Where the two sides stand — Summit Explorer',
  height: 812,
};

/** The iframe's attributes, read back by the DOM parser the way a browser will read the pasted code. */
function parse(code: string) {
  const doc = new DOMParser().parseFromString(`<body>${code}</body>`, 'text/html');
  const iframe = doc.querySelector('iframe')!;
  const script = doc.querySelector('script')!;
  return { doc, iframe, script };
}

describe('embedCode', () => {
  test('the whole code for a default embed, exactly', () => {
    expect(embedCode(base)).toBe(
      '<iframe data-summit-explorer src="https://graphics.example.com/embed/stances.html" '
      + 'title="Where the two sides stand — Summit Explorer" loading="lazy" width="100%" height="812" '
      + 'style="border:0;width:100%;height:812px" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>\n'
      + '<script src="https://graphics.example.com/embed.js" async></script>',
    );
  });

  test.each<[string, Partial<EmbedCodeOptions>, { src: string; height: string; theme: string | null; syncHash: boolean }]>([
    ['timeline', { view: 'timeline' }, { src: 'https://graphics.example.com/embed/timeline.html', height: '812', theme: null, syncHash: false }],
    ['reactions, dark', { view: 'reactions', theme: 'dark' }, { src: 'https://graphics.example.com/embed/reactions.html?theme=dark', height: '812', theme: null, syncHash: false }],
    ['light', { theme: 'light' }, { src: 'https://graphics.example.com/embed/stances.html?theme=light', height: '812', theme: null, syncHash: false }],
    ['auto adds nothing', { theme: 'auto' }, { src: 'https://graphics.example.com/embed/stances.html', height: '812', theme: null, syncHash: false }],
    ['follow the host', { theme: 'host' }, { src: 'https://graphics.example.com/embed/stances.html', height: '812', theme: 'host', syncHash: false }],
    ['sync the hash', { syncHash: true }, { src: 'https://graphics.example.com/embed/stances.html', height: '812', theme: null, syncHash: true }],
    ['carried state, before the theme', { state: 'sel=stance-tariffs&kind=reported,quote', theme: 'dark' },
      { src: 'https://graphics.example.com/embed/stances.html?sel=stance-tariffs&kind=reported,quote&theme=dark', height: '812', theme: null, syncHash: false }],
    ['the page\'s own theme and view are dropped from the state', { state: '?theme=light&embed=timeline&t=2025-08-01~2025-09-01' },
      { src: 'https://graphics.example.com/embed/stances.html?t=2025-08-01~2025-09-01', height: '812', theme: null, syncHash: false }],
    ['origin with a path and port', { origin: 'http://localhost:4173/some/path/' }, { src: 'http://localhost:4173/embed/stances.html', height: '812', theme: null, syncHash: false }],
    ['fractional height rounds up', { height: 640.2 }, { src: 'https://graphics.example.com/embed/stances.html', height: '641', theme: null, syncHash: false }],
    ['tiny height is clamped', { height: 3 }, { src: 'https://graphics.example.com/embed/stances.html', height: String(MIN_HEIGHT), theme: null, syncHash: false }],
    ['huge height is clamped', { height: 1e9 }, { src: 'https://graphics.example.com/embed/stances.html', height: String(MAX_HEIGHT), theme: null, syncHash: false }],
  ])('%s', (_name, options, expected) => {
    const code = embedCode({ ...base, ...options });
    const { iframe, script } = parse(code);
    expect(iframe.getAttribute('src')).toBe(expected.src);
    expect(iframe.getAttribute('height')).toBe(expected.height);
    expect(iframe.style.height).toBe(`${expected.height}px`);
    expect(iframe.getAttribute('data-theme')).toBe(expected.theme);
    expect(iframe.hasAttribute('data-sync-hash')).toBe(expected.syncHash);
    expect(iframe.hasAttribute('data-summit-explorer')).toBe(true);
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(iframe.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-popups');
    expect(script.getAttribute('src')).toBe(`${new URL(expected.src).origin}/embed.js`);
    expect(script.hasAttribute('async')).toBe(true);
  });

  test('a hostile title and state cannot break out of their attributes', () => {
    const title = '"><script>alert(1)</script><i title=\'&amp;';
    const state = 'sel="><img src=x onerror=alert(1)>&q=<b>"x"</b>&kind=a&b';
    const code = embedCode({ ...base, title, state });
    const { doc, iframe } = parse(code);
    expect(doc.body.children).toHaveLength(2);
    expect(doc.querySelectorAll('img, b, i')).toHaveLength(0);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(iframe.getAttribute('title')).toBe(title);
    expect(code).not.toMatch(/<(?!iframe |\/iframe>|script |\/script>)/);
    // The state reaches the embed URL as data, percent-encoded, where the embed parses it again.
    const params = new URL(iframe.getAttribute('src')!).searchParams;
    expect(params.get('sel')).toBe('"><img src=x onerror=alert(1)>');
    expect(params.get('q')).toBe('<b>"x"</b>');
    expect(params.get('kind')).toBe('a');
    expect(new URL(iframe.getAttribute('src')!).pathname).toBe('/embed/stances.html');
  });

  test.each<[string, Partial<EmbedCodeOptions>]>([
    ['javascript: origin', { origin: 'javascript:alert(1)' }],
    ['data: origin', { origin: 'data:text/html,hi' }],
    ['file: origin', { origin: 'file:///tmp' }],
    ['not a URL', { origin: 'graphics.example.com' }],
    ['the opaque origin', { origin: 'null' }],
    ['unknown view', { view: 'evil' as never }],
    ['zero height', { height: 0 }],
    ['NaN height', { height: NaN }],
  ])('refuses %s', (_name, options) => {
    expect(() => embedCode({ ...base, ...options })).toThrow(RangeError);
  });
});

describe('helpers', () => {
  test.each<[string, string]>([
    ['a & b', 'a &amp; b'],
    ['"quoted"', '&quot;quoted&quot;'],
    ['<tag>', '&lt;tag&gt;'],
    ['&amp;', '&amp;amp;'],
    ['plain — text', 'plain — text'],
  ])('escapeAttribute(%j)', (input, expected) => {
    expect(escapeAttribute(input)).toBe(expected);
  });

  test.each<[string, string | null]>([
    ['https://a.example', 'https://a.example'],
    ['https://a.example/', 'https://a.example'],
    ['HTTP://A.EXAMPLE:8080/x?y#z', 'http://a.example:8080'],
    ['ftp://a.example', null],
    ['', null],
  ])('embedOrigin(%j)', (input, expected) => {
    expect(embedOrigin(input)).toBe(expected);
  });

  test.each<[string, string]>([
    ['', ''],
    ['?sel=summit', 'sel=summit'],
    ['q=tariff deal&group=japan,media', 'group=japan,media&q=tariff+deal'],
    ['sel=&kind=', ''],
    ['utm_source=x&childId=a&sel=summit', 'sel=summit'],
  ])('embedState(%j)', (input, expected) => {
    expect(embedState(input)).toBe(expected);
  });

  test('embedSrc is the unescaped URL', () => {
    expect(embedSrc('https://a.example', 'timeline', 'sel=x&kind=quote', 'light')).toBe('https://a.example/embed/timeline.html?sel=x&kind=quote&theme=light');
  });
});
