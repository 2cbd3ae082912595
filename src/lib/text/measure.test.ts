import { describe, expect, test } from 'vitest';
import { fitText, isFullWidth, textWidth } from './measure.ts';

describe('textWidth: one estimate for every layout', () => {
  test.each([
    ['', 12, 0],
    ['i', 10, 4], // 0.35 em, rounded up
    ['M', 10, 10],
    ['Hayashi', 12, 53], // H .79, a .64, y .64, a .64, s .64, h .64, i .35 = 4.34 em; × 12 = 52.08, up
    ['한국', 12, 24], // Hangul sets one em a character
    ['日本', 12, 24],
    ['ＡＢ', 10, 20], // full-width forms
  ])('%j at %i px is %i px', (text, size, width) => {
    expect(textWidth(text, size)).toBe(width);
  });

  test('bold and serif set wider than regular sans', () => {
    const plain = textWidth('Yoshimasa Hayashi', 12);
    expect(textWidth('Yoshimasa Hayashi', 12, { bold: true })).toBeGreaterThan(plain);
    expect(textWidth('Yoshimasa Hayashi', 12, { serif: true })).toBeGreaterThan(plain);
  });

  test.each([
    [0xac00, true], [0xd7a3, true], [0x1100, true], [0x4e00, true], [0x3042, true],
    [0x41, false], [0xe9, false], [0x2014, false],
  ])('U+%s full width: %s', (code, full) => {
    expect(isFullWidth(code)).toBe(full);
  });
});

describe('fitText', () => {
  test('keeps what fits, shortens with an ellipsis what does not, gives up below a few letters', () => {
    expect(fitText('Summit day', 200, 12)).toBe('Summit day');
    const cut = fitText('A rather long label for a narrow box', 80, 12)!;
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(80);
    expect(fitText('A rather long label', 10, 12)).toBeNull();
  });

  test('Hangul is cut by syllables and may keep as few as two', () => {
    const cut = fitText('한미 정상회담의 결과와 전망', 40, 12);
    expect(cut).toBe('한미…');
  });
});
