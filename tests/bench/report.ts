/** Plain-text tables and the growth curve for the bench's output. Pure: figures in, lines out. */
import { BUDGETS, total, type FileSize, type SizeReport } from './sizes.ts';
import { LIGHTHOUSE_RUNS, type LighthouseResult } from './lighthouse.ts';
import { TRANSFER_BUDGETS, type Fetched, type Transfer } from './transfer.ts';
import type { Timing } from './benchTypes.ts';

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** What the bench fetched in Chromium from the served build. */
export interface FetchedReport {
  phone: Transfer;
  desktop: Transfer;
}

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
  const head = (version: string, runs: number) =>
    `LIGHTHOUSE ${version} (mobile preset, simulated throttling; median of ${runs} runs, the build served gzip-compressed)`;
  if ('error' in r) return [head('12.2.3', LIGHTHOUSE_RUNS), `  not run: ${r.error}`];
  const w = BUDGET_COLUMNS;
  const lines = [
    head(r.version, r.runs.length),
    `  ${r.browser}; Lighthouse's benchmark index ${Math.round(r.benchmarkIndex)}; load average (1 min) ${r.load.toFixed(1)} at the runs' start (${runsOf(r, (x) => x.load.toFixed(1))})`,
    row(['', 'median', 'target', ''], w),
  ];
  for (const [name, score] of Object.entries(r.scores)) lines.push(row([`  ${name}`, String(score), '100', score >= 100 ? 'ok' : `below by ${100 - score}`], w));
  lines.push(
    row(['  largest contentful paint', ms(r.lcpMs), '1.5 s', verdict(r.lcpMs, 1500, ms)], w),
    row(['  total blocking time', ms(r.tbtMs), '50 ms', verdict(r.tbtMs, 50, ms)], w),
    row(['  cumulative layout shift', r.cls.toFixed(3), '0', verdict(r.cls, 0, (n) => n.toFixed(3))], w),
    row(['  DOM elements', String(Math.round(r.domSize)), '', ''], w),
    row(['  first contentful paint', ms(r.fcpMs), '', ''], w),
    row(['  speed index', ms(r.siMs), '', ''], w),
    `  each run: performance ${runsOf(r, (x) => String(x.scores.performance))}; LCP ${runsOf(r, (x) => ms(x.lcpMs))}; TBT ${runsOf(r, (x) => ms(x.tbtMs))}`,
  );
  if (r.failedRuns.length) lines.push('  failed runs:', ...r.failedRuns.map((f) => `    - ${f}`));
  if (r.failing.length) lines.push('  costing points (the median run):', ...r.failing.map((f) => `    - ${f}`));
  if (r.longTasks.length) lines.push(`  long tasks (simulated): ${r.longTasks.slice(0, 6).map((t) => `${ms(t.ms)} ${t.url}`).join(', ')}`);
  if (r.bootup.length) lines.push(`  main-thread time by script: ${r.bootup.slice(0, 4).map((t) => `${t.url} ${ms(t.ms)}`).join(', ')}`);
  if (r.mainThread.length) lines.push(`  main-thread time by kind: ${r.mainThread.map((t) => `${t.group} ${ms(t.ms)}`).join(', ')}`);
  if (r.broken.length) lines.push(`  audits this Lighthouse could not compute in this Chromium: ${r.broken.join(', ')}`);
  return lines;
}

const runsOf = (r: LighthouseResult, show: (x: LighthouseResult['runs'][number]) => string) => r.runs.map(show).join(' / ');

const files = (fs: Fetched[], type: string) =>
  fs.filter((f) => f.type === type).sort((a, b) => b.bytes - a.bytes).map((f) => `${f.file.replace(/^assets\//, '')} ${kb(f.bytes)}`).join(', ');

/** What Chromium fetched from the served build: a phone's first load, and the page scrolled through on a desktop. */
export function fetchedLines(f: FetchedReport | { error: string }): string[] {
  const head = 'FETCHED IN CHROMIUM, AS SERVED (gzip; response bodies as transferred, headers not counted)';
  if ('error' in f) return [head, `  not measured: ${f.error}`];
  const w = BUDGET_COLUMNS;
  const b = TRANSFER_BUDGETS;
  const { phone, desktop } = f;
  const twice = desktop.repeatedStyles.length ? desktop.repeatedStyles.map((s) => `    - ${s}`) : [];
  return [
    head,
    row(['', 'fetched', 'budget'], w),
    '  a phone (375 × 812), first load, no scrolling',
    row(['    JavaScript', kb(phone.js), kb(b.phoneJs), verdict(phone.js, b.phoneJs, kb)], w),
    `      ${files(phone.files, 'script')}`,
    row(['    CSS', kb(phone.css), '', ''], w),
    ...(phone.lcp ? [`    largest contentful paint (unthrottled): ${phone.lcp.element} at ${ms(phone.lcp.ms)}`] : []),
    '  a desktop (1280 × 900), the whole page scrolled through',
    row(['    JavaScript', kb(desktop.js), kb(b.desktopJs), verdict(desktop.js, b.desktopJs, kb)], w),
    `      ${files(desktop.files, 'script')}`,
    row(['    CSS', kb(desktop.css), kb(b.desktopCss), verdict(desktop.css, b.desktopCss, kb)], w),
    `      ${files(desktop.files, 'stylesheet')}`,
    row(['    stylesheets fetched twice', String(desktop.repeatedStyles.length), '0', desktop.repeatedStyles.length ? 'OVER' : 'ok'], w),
    ...twice,
  ];
}

export interface Series {
  name: string;
  /** By story factor. */
  timings: Record<number, Timing>;
  /** A goal at one size, printed beside it (the issue's 50 ms at 10×). */
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
