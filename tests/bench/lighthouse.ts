/**
 * Lighthouse 12.2.3 with its defaults (mobile preset, simulated throttling) against a served
 * build, through its CLI from node_modules, in the Chromium of tests/browser/chromium.ts with
 * its launch flags (Lighthouse never downloads one). Run several times: each figure is the
 * median of the runs, as Lighthouse's own docs advise (one run varies by a few points); what
 * cost points comes from the run whose performance score is the median. Never throws: a run
 * that cannot happen says why.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.ts';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export const LIGHTHOUSE_RUNS = 5;

/** The figures of one run. */
export interface LighthouseRun {
  /** 0–100 per category. */
  scores: Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number>;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  siMs: number;
  /** Elements in the page when Lighthouse looked. */
  domSize: number;
  /** Lighthouse's measure of the host's speed (higher is faster; its docs call under 1000 slow). */
  benchmarkIndex: number;
  /** The 1-minute load average as the run started. */
  load: number;
}

export interface LighthouseResult extends LighthouseRun {
  version: string;
  /** What Lighthouse saw as its browser. */
  browser: string;
  runs: LighthouseRun[];
  /** Runs that failed, with why. */
  failedRuns: string[];
  /** From the median run: the audits that cost points, by category and title. */
  failing: string[];
  /** From the median run: the main thread's long tasks (simulated), longest first. */
  longTasks: { url: string; ms: number }[];
  /** From the median run: main-thread time by kind of work, and by script. */
  mainThread: { group: string; ms: number }[];
  bootup: { url: string; ms: number }[];
  /** Audits Lighthouse could not compute in this browser (its gatherer failed), by id. */
  broken: string[];
}

interface Audit {
  title: string;
  score: number | null;
  numericValue?: number;
  errorMessage?: string;
  details?: { items?: Record<string, unknown>[] };
}
interface Report {
  lighthouseVersion: string;
  environment: { benchmarkIndex: number; hostUserAgent: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
  runtimeError?: { message: string };
}

/** One Lighthouse run: its report, or why there is none. */
function runOnce(bin: string, url: string, timeoutMs: number): Promise<Report | { error: string }> {
  const args = [
    url, '--output=json', '--output-path=stdout', '--quiet',
    `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
  ];
  return new Promise((done) => {
    execFile(bin, args, { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && !stdout) {
          done({ error: error.killed ? `did not finish in ${timeoutMs / 1000} s` : (stderr.trim().split('\n').pop() ?? error.message) });
          return;
        }
        try {
          const report = JSON.parse(stdout) as Report;
          done(report.runtimeError ? { error: report.runtimeError.message } : report);
        } catch (e) {
          done({ error: `unreadable report: ${(e as Error).message}` });
        }
      });
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const shortUrl = (url: string, origin: string) => (url.startsWith(origin) ? url.slice(origin.length) || '/' : url);

function figures(report: Report, load: number): LighthouseRun {
  const value = (id: string) => report.audits[id]?.numericValue ?? NaN;
  return {
    scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])) as LighthouseRun['scores'],
    fcpMs: value('first-contentful-paint'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    siMs: value('speed-index'),
    domSize: value('dom-size'),
    benchmarkIndex: report.environment.benchmarkIndex,
    load,
  };
}

/** What the median run says cost points, and where its main-thread time went. */
function explain(report: Report, origin: string) {
  const failing = new Set<string>();
  for (const c of LIGHTHOUSE_CATEGORIES) {
    const refs = report.categories[c]?.auditRefs ?? [];
    const weights = refs.reduce((n, ref) => n + ref.weight, 0);
    for (const ref of refs) {
      const audit = report.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        // A category's score is its audits' scores weighted: what this one's shortfall costs it.
        const lost = ((1 - audit.score) * ref.weight * 100) / weights;
        failing.add(`${c}: ${audit.title} costs ${lost.toFixed(1)} points (score ${audit.score.toFixed(2)}, weight ${ref.weight})`);
      }
    }
  }
  const items = (id: string) => report.audits[id]?.details?.items ?? [];
  return {
    failing: [...failing],
    longTasks: items('long-tasks').map((t) => ({ url: shortUrl(String(t.url), origin), ms: Number(t.duration) })),
    mainThread: items('mainthread-work-breakdown').map((t) => ({ group: String(t.groupLabel), ms: Number(t.duration) })),
    bootup: items('bootup-time').map((t) => ({ url: shortUrl(String(t.url), origin), ms: Number(t.total) })),
    broken: Object.entries(report.audits).filter(([, a]) => a.errorMessage).map(([id]) => id),
  };
}

export async function runLighthouse(root: string, url: string, { runs = LIGHTHOUSE_RUNS, timeoutMs = 180_000 } = {}): Promise<LighthouseResult | { error: string }> {
  const bin = resolve(root, 'node_modules/.bin/lighthouse');
  if (!existsSync(bin)) return { error: 'not installed (npm i -D -E lighthouse@12.2.3)' };
  if (!existsSync(CHROMIUM_PATH)) return { error: `no Chromium at ${CHROMIUM_PATH}` };
  const origin = new URL(url).origin;
  const done: { report: Report; run: LighthouseRun }[] = [];
  const failedRuns: string[] = [];
  // One after another: runs side by side would slow each other's simulated CPU.
  for (let i = 0; i < runs; i++) {
    const load = loadavg()[0]!;
    const r = await runOnce(bin, url, timeoutMs);
    if ('error' in r) failedRuns.push(`run ${i + 1}: ${r.error}`);
    else done.push({ report: r, run: figures(r, load) });
  }
  if (!done.length) return { error: failedRuns.join('; ') };
  const all = done.map((d) => d.run);
  const pick = <K extends keyof LighthouseRun>(key: K) => median(all.map((r) => r[key] as number));
  // The run whose performance score is the median (the lower middle one of an even count).
  const ranked = [...done].sort((a, b) => a.run.scores.performance - b.run.scores.performance || b.run.tbtMs - a.run.tbtMs);
  const middle = ranked[(ranked.length - 1) >> 1]!;
  return {
    version: middle.report.lighthouseVersion,
    browser: middle.report.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? middle.report.environment.hostUserAgent,
    scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, median(all.map((r) => r.scores[c]))])) as LighthouseRun['scores'],
    fcpMs: pick('fcpMs'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    cls: pick('cls'),
    siMs: pick('siMs'),
    domSize: pick('domSize'),
    benchmarkIndex: pick('benchmarkIndex'),
    load: pick('load'),
    runs: all,
    failedRuns,
    ...explain(middle.report, origin),
  };
}
