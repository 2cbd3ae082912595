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

describe.skipIf(!available)('projector theme: gridlines stay quiet behind the data', () => {
  test.each(SIZES)('$width×$height: gridlines and lane rules thin and pale, the marks dark and heavier', async ({ width, height }) => {
    const { page, errors, close } = await openPage(app, '?theme=projector', { viewport: { width, height } });
    try {
      const lines = await page.evaluate(() => {
        /** Colour, opacity and on-screen width (px) of each stroke the selector matches. */
        const strokes = (selector: string) => [...document.querySelectorAll<SVGGraphicsElement>(selector)].map((el) => {
          const cs = getComputedStyle(el);
          const svg = el.ownerSVGElement!;
          const unit = svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width);
          const px = parseFloat(cs.strokeWidth) * (cs.vectorEffect === 'non-scaling-stroke' ? 1 : unit);
          return { selector, stroke: cs.stroke, opacity: Number(cs.opacity), px };
        });
        return {
          paper: getComputedStyle(document.documentElement).backgroundColor,
          grid: [...strokes('#timeline svg[role="group"] .grid'), ...strokes('#timeline svg[role="group"] .lane line'), ...strokes('#reactions .head-rule')],
          marks: strokes('#timeline svg[role="group"] .start'),
        };
      });
      const paper = rgb(lines.paper);
      // What the eye gets: the stroke laid over the paper at its opacity.
      const over = (c: number[], a: number) => c.slice(0, 3).map((v, i) => v * a + paper[i]! * (1 - a));
      expect(lines.grid.filter((l) => l.selector.endsWith('.grid')).length).toBeGreaterThan(5);
      expect(lines.grid.filter((l) => l.selector.endsWith('line') && l.selector.includes('.lane')).length).toBeGreaterThan(3);
      expect(lines.marks.length).toBeGreaterThan(5);
      const failures: string[] = [];
      for (const l of lines.grid) {
        const ratio = contrast(over(rgb(l.stroke), l.opacity), paper);
        if (ratio > 2.5) failures.push(`${l.selector} (${l.stroke} at ${l.opacity}): ${ratio.toFixed(2)} > 2.5`);
        if (l.px > 1.01) failures.push(`${l.selector}: ${l.px.toFixed(2)} px wide > 1`);
      }
      for (const m of lines.marks) {
        const ratio = contrast(over(rgb(m.stroke), m.opacity), paper);
        if (ratio < 7) failures.push(`${m.selector} (${m.stroke}): ${ratio.toFixed(2)} < 7`);
        if (m.px < 2) failures.push(`${m.selector}: ${m.px.toFixed(2)} px wide < 2`);
      }
      expect(failures).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

/** Screen boxes of chart labels, their CSS font-size, and how many screen pixels one SVG unit takes. */
async function chartLabels(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const measure = (selector: string) =>
      [...document.querySelectorAll<SVGTextElement>(selector)]
        .filter((t) => t.getClientRects().length > 0 && getComputedStyle(t).display !== 'none' && t.textContent!.trim() !== '')
        .map((t) => {
          const r = t.getBoundingClientRect();
          const svg = t.ownerSVGElement!;
          return {
            text: t.textContent!.trim(),
            box: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
            height: r.height,
            fontPx: parseFloat(getComputedStyle(t).fontSize),
            unit: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width,
          };
        });
    return {
      timeline: measure('#timeline svg[role="group"] .event text'),
      lanes: measure('#timeline svg[role="group"] .lane-label'),
      network: measure('#reactions svg[role="group"] .node:not(.ghost) text.label'),
    };
  });
}

type Label = Awaited<ReturnType<typeof chartLabels>>['timeline'][number];

/** Pairs of labels whose screen boxes overlap by more than half a pixel. */
function overlaps(labels: Label[]): string[] {
  const hits: string[] = [];
  labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => {
    const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
    const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
    if (x > 0.5 && y > 0.5) hits.push(`${a.text} × ${b.text}`);
  }));
  return hits;
}

describe.skipIf(!available)('projector theme: chart labels grow with the type', () => {
  test('1920×1080: timeline and network labels at least 18 px tall on screen, none overlapping', async () => {
    const { page, errors, close } = await openPage(app, '?theme=projector', { viewport: { width: 1920, height: 1080 } });
    try {
      const { timeline, lanes, network } = await chartLabels(page);
      expect(timeline.length).toBeGreaterThan(10);
      expect(network.length).toBeGreaterThan(10);
      for (const label of [...timeline, ...network]) {
        expect(label.unit, label.text).toBeCloseTo(1.5, 2);
        expect(label.height, label.text).toBeGreaterThanOrEqual(18);
      }
      expect(overlaps([...timeline, ...lanes])).toEqual([]);
      expect(overlaps(network)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('1920×1080, default theme: the charts stay one to one, their labels at 12–13 px', async () => {
    const { page, errors, close } = await openPage(app, '', { viewport: { width: 1920, height: 1080 } });
    try {
      const { timeline, network } = await chartLabels(page);
      expect(timeline.length).toBeGreaterThan(10);
      expect(network.length).toBeGreaterThan(10);
      for (const label of [...timeline, ...network]) {
        expect(label.unit, label.text).toBeCloseTo(1, 2);
        expect(label.fontPx * label.unit, label.text).toBeLessThanOrEqual(13);
        expect(label.height, label.text).toBeLessThan(18);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
