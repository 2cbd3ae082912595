/** Plain-text tables and the growth curve for the bench's output. Pure: figures in, lines out. */
import { BUDGETS, total, type FileSize, type SizeReport } from './sizes.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { Timing } from './benchTypes.ts';

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function ms(t: number): string {
  if (t >= 1000) return `${(t / 1000).toFixed(2)} s`;
  if (t >= 100) return `${Math.round(t)} ms`;
  if (t >= 10) return `${t.toFixed(1)} ms`;
  return `${t.toFixed(2)} ms`;
}

export const showTiming = (t: Timing | undefined) => (!t ? '–' : 'ms' in t ? ms(t.ms) : t.error);

const verdict = (value: number, budget: number, unit: (n: number) => string) =>
  value <= budget ? 'ok' : `OVER by ${unit(value - budget)}`;

export const row = (cells: string[], widths: number[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();

/** Column widths of the sizes and Lighthouse tables: name, figure, budget, verdict. */
const BUDGET_COLUMNS = [56, 10, 9, 0];

export function sizeLines(s: SizeReport): string[] {
  const w = BUDGET_COLUMNS;
  const files = (fs: FileSize[]) => fs.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ');
  const lines = [row(['SIZES (gzipped)', 'size', 'budget'], w)];
  for (const p of s.pages) {
    const js = total(p.js);
    const css = total(p.css);
    lines.push(
      row([`  ${p.page}`, kb(p.html.gzip), kb(BUDGETS.html), verdict(p.html.gzip, BUDGETS.html, kb)], w),
      row(['    JavaScript it loads first', kb(js), kb(BUDGETS.js), verdict(js, BUDGETS.js, kb)], w),
      `      ${files(p.js)}`,
      row(['    CSS it links', kb(css), kb(BUDGETS.css), verdict(css, BUDGETS.css, kb)], w),
      `      ${files(p.css)}`,
    );
  }
  lines.push(
    row(['  CSS, every file of the build', kb(total(s.css)), '', ''], w),
    `    ${files(s.css)}`,
    row(['  story data (JSON, fetched by every page)', kb(total(s.data)), '', ''], w),
    row(['  JavaScript loaded on demand', kb(total(s.onDemand)), '', ''], w),
    `    ${files(s.onDemand)}`,
    ...(s.otherJs.length ? [`  not loaded by the app: ${files(s.otherJs)}`] : []),
    row(['  web fonts', `${s.fonts.length} files`, 'none', s.fonts.length ? `OVER: ${s.fonts.map((f) => f.file).join(', ')}` : 'ok'], w),
  );
  return lines;
}

export function lighthouseLines(r: LighthouseResult | { error: string }): string[] {
  const head = 'LIGHTHOUSE 12.2.3 (mobile preset, simulated throttling)';
  if ('error' in r) return [head, `  not run: ${r.error}`];
  const w = BUDGET_COLUMNS;
  const lines = [head.replace('12.2.3', r.version)];
  for (const [name, score] of Object.entries(r.scores)) lines.push(row([`  ${name}`, String(score), '100', score >= 100 ? 'ok' : 'below'], w));
  lines.push(row(['  largest contentful paint', ms(r.lcpMs), '1.5 s', r.lcpMs <= 1500 ? 'ok' : 'over'], w));
  lines.push(row(['  total blocking time', ms(r.tbtMs), '50 ms', r.tbtMs <= 50 ? 'ok' : 'over'], w));
  lines.push(row(['  cumulative layout shift', r.cls.toFixed(3), '0', r.cls === 0 ? 'ok' : 'over'], w));
  if (r.failing.length) lines.push('  costing points:', ...r.failing.map((f) => `    - ${f}`));
  return lines;
}

export interface Series {
  name: string;
  /** By story factor. */
  timings: Record<number, Timing>;
  /** A goal at one size, printed beside it (the 50 ms at 10×). */
  goal?: { factor: number; ms: number };
}

/** How time grows from one size to the next, as an exponent: 1 is linear, 2 quadratic. */
export function growth(a: Timing | undefined, b: Timing | undefined, ratio: number): string {
  if (!a || !b || !('ms' in a) || !('ms' in b) || a.ms <= 0) return '';
  return `n^${(Math.log(b.ms / a.ms) / Math.log(ratio)).toFixed(1)}`;
}

/** Widths of the scaling tables: name, one column per size, growth. */
const scaleColumns = (factors: readonly number[]) => [22, ...factors.map(() => 24), 10];

/** One line of a scaling table with figures already formatted. */
export const scaleRow = (name: string, cells: string[], factors: readonly number[]) => row([`  ${name}`, ...cells], scaleColumns(factors));

export function tableLines(series: Series[], factors: readonly number[]): string[] {
  const w = scaleColumns(factors);
  const lines = [row(['', ...factors.map((f) => `${f}×`), 'growth'], w)];
  for (const s of series) {
    const cells = factors.map((f) => {
      const t = s.timings[f];
      const flag = s.goal?.factor === f && t && 'ms' in t && t.ms > s.goal.ms ? ` (goal ${s.goal.ms} ms)` : '';
      return showTiming(t) + flag;
    });
    const last = factors.length - 1;
    lines.push(row([`  ${s.name}`, ...cells, growth(s.timings[factors[last - 1]!], s.timings[factors[last]!], factors[last]! / factors[last - 1]!)], w));
  }
  return lines;
}

/** Bars on a log scale from 0.1 ms to 100 s: equal steps are equal ratios, so slopes compare. */
export function curveLines(series: Series[], factors: readonly number[]): string[] {
  const PER_DECADE = 8;
  const bar = (t: number) => {
    const n = Math.max(0, (Math.log10(t) + 1) * PER_DECADE);
    return '█'.repeat(Math.floor(n)) + (n % 1 >= 0.5 ? '▌' : '');
  };
  const ticks = ['0.1 ms', '1 ms', '10 ms', '100 ms', '1 s', '10 s', '100 s'];
  const axis = ticks.map((t) => t.padEnd(PER_DECADE)).join('');
  const lines = [`${''.padEnd(28)}${axis}`, `${''.padEnd(28)}${ticks.map(() => '|'.padEnd(PER_DECADE)).join('')}`];
  for (const s of series) {
    factors.forEach((f, i) => {
      const t = s.timings[f];
      const label = (i === 0 ? `  ${s.name}` : '').padEnd(22) + `${f}×`.padStart(5) + ' ';
      lines.push(label + (t && 'ms' in t ? `${bar(t.ms)} ${ms(t.ms)}` : `  ${showTiming(t)}`));
    });
  }
  return lines;
}
