/**
 * Lighthouse 12.2.3 with its defaults (mobile preset, simulated throttling) against a served
 * build, through its CLI from node_modules. Never throws: a run that cannot happen says why.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM_PATH } from '../browser/chromium.ts';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
  version: string;
  /** 0–100 per category. */
  scores: Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that cost points, by title, for the reader of the report. */
  failing: string[];
}

interface Report {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; numericValue?: number }>;
  runtimeError?: { message: string };
}

export function runLighthouse(root: string, url: string, timeoutMs = 120_000): Promise<LighthouseResult | { error: string }> {
  const bin = resolve(root, 'node_modules/.bin/lighthouse');
  if (!existsSync(bin)) return Promise.resolve({ error: 'not installed (npm i -D -E lighthouse@12.2.3)' });
  if (!existsSync(CHROMIUM_PATH)) return Promise.resolve({ error: `no Chromium at ${CHROMIUM_PATH}` });
  const args = [
    url, '--output=json', '--output-path=stdout', '--quiet',
    `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
    '--chrome-flags=--headless --no-sandbox --disable-gpu',
  ];
  return new Promise((done) => {
    execFile(bin, args, { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && !stdout) {
          done({ error: error.killed ? `did not finish in ${timeoutMs / 1000} s` : (stderr.trim().split('\n').pop() ?? error.message) });
          return;
        }
        try {
          done(summarise(JSON.parse(stdout) as Report));
        } catch (e) {
          done({ error: `unreadable report: ${(e as Error).message}` });
        }
      });
  });
}

function summarise(report: Report): LighthouseResult | { error: string } {
  if (report.runtimeError) return { error: report.runtimeError.message };
  const score = (c: string) => Math.round((report.categories[c]?.score ?? 0) * 100);
  const failing = new Set<string>();
  for (const c of LIGHTHOUSE_CATEGORIES) {
    for (const ref of report.categories[c]?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing.add(`${c}: ${audit.title}`);
    }
  }
  return {
    version: report.lighthouseVersion,
    scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, score(c)])) as LighthouseResult['scores'],
    lcpMs: report.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: report.audits['total-blocking-time']?.numericValue ?? NaN,
    cls: report.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    failing: [...failing],
  };
}
