import { describe, expect, test } from 'vitest';
import {
  MAX_HEIGHT, MIN_HEIGHT, ampHeightMessage, clampHeight, heightMessage, isSafeChildId, isSafeState, parseFromEmbed,
  parseHeight, parseToEmbed, pymHeightMessage, setStateMessage, setThemeMessage, stateMessage,
} from '../../../src/lib/embed/protocol.ts';

describe('encoders', () => {
  test('pym.js height string, exactly as pym.Parent expects it', () => {
    expect(pymHeightMessage('stances-1', 812)).toBe('pymxPYMxstances-1xPYMxheightxPYMx812');
  });
  test('AMP embed-size', () => {
    expect(ampHeightMessage(640)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 640 });
  });
  test('our own typed messages', () => {
    expect(heightMessage('timeline', 900)).toEqual({ type: 'summit-explorer:height', version: 1, view: 'timeline', height: 900 });
    expect(stateMessage('reactions', 'sel=summit')).toEqual({ type: 'summit-explorer:state', version: 1, view: 'reactions', state: 'sel=summit' });
  });
});

describe('parseHeight accepts our three dialects, in range, and nothing else', () => {
  test.each<[string, unknown, number | null]>([
    ['own', heightMessage('stances', 700), 700],
    ['AMP', ampHeightMessage(640), 640],
    ['pym', pymHeightMessage('x_1', 812), 812],
    ['own, too small', { ...heightMessage('stances', 700), height: 10 }, null],
    ['own, huge', { ...heightMessage('stances', 700), height: 1e9 }, null],
    ['own, NaN', { ...heightMessage('stances', 700), height: NaN }, null],
    ['own, Infinity', { ...heightMessage('stances', 700), height: Infinity }, null],
    ['own, numeric string', { ...heightMessage('stances', 700), height: '700' }, null],
    ['own, fractional', { ...heightMessage('stances', 700), height: 700.5 }, null],
    ['own, unknown view', { ...heightMessage('stances', 700), view: 'evil' }, null],
    ['own, wrong version', { ...heightMessage('stances', 700), version: 2 }, null],
    ['AMP, string height', { sentinel: 'amp', type: 'embed-size', height: '640px' }, null],
    ['AMP, huge', { sentinel: 'amp', type: 'embed-size', height: MAX_HEIGHT + 1 }, null],
    ['pym, huge', pymHeightMessage('x', 99_999_999), null],
    ['pym, negative', 'pymxPYMxxxPYMxheightxPYMx-5', null],
    ['pym, script', 'pymxPYMx<script>xPYMxheightxPYMx500', null],
    ['pym, navigate', 'pymxPYMxabcxPYMxnavigateToxPYMxhttps://evil.example', null],
    ['a URL', 'https://evil.example/', null],
    ['a script string', '<script>alert(1)</script>', null],
    ['null', null, null],
    ['array', [700], null],
    ['number', 700, null],
  ])('%s', (_name, data, want) => {
    expect(parseHeight(data)).toBe(want);
  });
});

describe('clampHeight', () => {
  test.each<[unknown, number | null]>([
    [812.2, 813], [1, MIN_HEIGHT], [MAX_HEIGHT * 2, MAX_HEIGHT], [0, null], [-10, null], ['812', null], [NaN, null], [null, null],
  ])('%s → %s', (value, want) => expect(clampHeight(value)).toBe(want));
});

describe('messages to the embed', () => {
  test.each<[string, unknown, unknown]>([
    ['theme', setThemeMessage('dark'), setThemeMessage('dark')],
    ['state', setStateMessage('sel=summit&kind=quote'), setStateMessage('sel=summit&kind=quote')],
    ['unknown theme', { ...setThemeMessage('dark'), theme: 'neon' }, null],
    ['state with a URL', setStateMessage('sel=https://evil.example'), null],
    ['state with markup', setStateMessage('q=<script>'), null],
    ['state with javascript:', setStateMessage('javascript:alert(1)'), null],
    ['huge state', setStateMessage('q=' + 'a'.repeat(5000)), null],
    ['a navigate request', { type: 'summit-explorer:navigate', version: 1, url: 'https://evil.example' }, null],
    ['a string', 'summit-explorer:set-theme', null],
  ])('%s', (_name, data, want) => expect(parseToEmbed(data)).toEqual(want));

  test('a state message from an embed is checked the same way', () => {
    expect(parseFromEmbed(stateMessage('timeline', 'sel=summit'))).toEqual(stateMessage('timeline', 'sel=summit'));
    expect(parseFromEmbed({ ...stateMessage('timeline', 'x'), state: 'http://evil.example' })).toBeNull();
  });
});

describe('validators', () => {
  test.each([['stances-1', true], ['a_b', true], ['', false], ['<x>', false], ['a'.repeat(65), false], [42, false]])('childId %s → %s', (id, ok) => {
    expect(isSafeChildId(id)).toBe(ok);
  });
  test.each([['sel=summit&t=2025-08-24~2025-08-27&kind=reported,quote', true], ['q=Kim+Jong-un', true], ['q=%3Cb%3E', true], ['a b', false]])('state %s → %s', (s, ok) => {
    expect(isSafeState(s)).toBe(ok);
  });
});
