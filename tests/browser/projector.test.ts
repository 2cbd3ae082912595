/**
 * The projector theme (`?theme=projector`, issue 5 point 3) at a classroom projector's 1024×768
 * and 1920×1080: text at least 7:1 and marks at least 4.5:1 against the paper, measured from
 * computed styles; larger type; and no axe violations.
 */
import { describe, expect, test } from 'vitest';
import { available, openPage, useApp, axeViolations } from './harness.ts';

const app = useApp();

/** WCAG 2 contrast ratio of two sRGB colours. */
function contrast(a: number[], b: number[]): number {
  const lum = (c: number[]) =>
    c.slice(0, 3).map((v) => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** `#rgb`, `#rrggbb` or `rgb(r, g, b)` as numbers; anything else (a gradient, `none`) fails the test. */
function rgb(css: string): number[] {
  const s = css.trim();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(s);
  if (short) return short.slice(1).map((h) => parseInt(h + h, 16));
  const hex = /^#([0-9a-f]{6})$/i.exec(s);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16));
  const fn = /^rgba?\((\d+)[ ,]+(\d+)[ ,]+(\d+)(?:[ ,/]+([\d.]+))?\)$/.exec(s);
  if (fn && (fn[4] === undefined || Number(fn[4]) === 1)) return [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  throw new Error(`not an opaque colour: ${css}`);
}

const TEXT_TOKENS = ['--ink', '--ink-2', '--ink-3', '--focus'];
const GROUPS = ['korea', 'united-states', 'japan', 'media', 'korean-parties', 'joint', 'north-korea'];
// Group colours also colour text (the timeline's lane names), so they must reach 7:1 too.
const TEXT_MARKS = GROUPS.map((g) => `--group-${g}`);
const MARK_TOKENS = [
  ...['welcome', 'positive', 'cautious', 'critical'].map((t) => `--tone-${t}`),
  ...['aligned', 'close', 'apart', 'opposed'].map((d) => `--distance-${d}`),
  '--rule-strong',
];
const GROUNDS = ['--paper', '--paper-2', '--highlight'];

const SIZES = [
  { width: 1024, height: 768, rootPx: 20 },
  { width: 1920, height: 1080, rootPx: 24 },
];

describe.skipIf(!available)('projector theme', () => {
  test.each(SIZES)('$width×$height: contrast, type size and axe', async ({ width, height, rootPx }) => {
    const { page, errors, close } = await openPage(app, '?theme=projector', { viewport: { width, height } });
    try {
      await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('projector');
      const root = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect(root).toBe(rootPx);

      const tokens = await page.evaluate((names) => {
        const style = getComputedStyle(document.documentElement);
        return Object.fromEntries(names.map((n) => [n, style.getPropertyValue(n)]));
      }, [...TEXT_TOKENS, ...TEXT_MARKS, ...MARK_TOKENS, ...GROUNDS]);
      const failures: string[] = [];
      for (const ground of GROUNDS) {
        for (const [names, min] of [[TEXT_TOKENS, 7], [TEXT_MARKS, 7], [MARK_TOKENS, 4.5]] as const) {
          for (const name of names) {
            const ratio = contrast(rgb(tokens[name]!), rgb(tokens[ground]!));
            if (ratio < min) failures.push(`${name} on ${ground}: ${ratio.toFixed(2)} < ${min}`);
          }
        }
      }

      // What the reader actually sees: computed colours of representative text and marks.
      const seen = await page.evaluate(() => {
        const pick = (selector: string, property: 'color' | 'fill' | 'stroke') =>
          [...document.querySelectorAll(selector)].slice(0, 3).map((el) => ({ selector, value: getComputedStyle(el)[property] }));
        return {
          paper: getComputedStyle(document.documentElement).backgroundColor,
          text: [
            ...pick('body', 'color'), ...pick('h1', 'color'), ...pick('.figure .caption', 'color'),
            ...pick('.figure .source', 'color'), ...pick('#timeline .lane-label', 'fill'), ...pick('#timeline .tick', 'fill'),
          ],
          marks: [...pick('#stances svg .korea', 'fill'), ...pick('#stances svg .us', 'fill'), ...pick('#timeline .start', 'stroke')],
        };
      });
      expect(seen.text.length).toBeGreaterThan(8);
      expect(seen.marks.length).toBeGreaterThan(2);
      const paper = rgb(seen.paper);
      for (const [list, min] of [[seen.text, 7], [seen.marks, 4.5]] as const) {
        for (const { selector, value } of list) {
          const ratio = contrast(rgb(value), paper);
          if (ratio < min) failures.push(`${selector} (${value}): ${ratio.toFixed(2)} < ${min}`);
        }
      }
      expect(failures).toEqual([]);

      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
