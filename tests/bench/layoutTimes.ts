/**
 * Layout times in node: each view's layout for each story size, run in a worker thread so a
 * layout that does not finish within the cap is stopped and reported, not waited for.
 */
import { Worker } from 'node:worker_threads';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { LayoutJob, LayoutReply } from './layoutWorker.ts';
import type { LayoutJobKind, Timing } from './benchTypes.ts';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Bundle the worker (TypeScript, d3, valibot and all) into one ES module node can run. */
export async function buildLayoutWorker(root: string): Promise<{ file: string; dispose: () => void }> {
  const outDir = mkdtempSync(join(tmpdir(), 'summit-bench-worker-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    publicDir: false,
    ssr: { noExternal: true },
    build: {
      ssr: resolve(root, 'tests/bench/layoutWorker.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'layoutWorker.mjs' } },
    },
  });
  return { file: join(outDir, 'layoutWorker.mjs'), dispose: () => rmSync(outDir, { recursive: true, force: true }) };
}

/** Median layout time of one view at one size; an error names the cap when it was hit. */
export function timeLayout(workerFile: string, job: Omit<LayoutJob, 'budgetMs'>, capMs: number): Promise<Timing> {
  return new Promise((done) => {
    const worker = new Worker(workerFile, { workerData: { ...job, budgetMs: capMs / 2 } satisfies LayoutJob });
    const timer = setTimeout(() => {
      void worker.terminate();
      done({ error: `did not finish in ${capMs / 1000} s` });
    }, capMs);
    worker.once('message', (reply: LayoutReply) => {
      clearTimeout(timer);
      void worker.terminate();
      done(reply.times.length ? { ms: median(reply.times), runs: reply.times.length } : { ms: reply.first, runs: 1 });
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      done({ error: e.message.split('\n')[0] ?? 'failed' });
    });
  });
}

export type LayoutTable = Record<LayoutJobKind, Record<number, Timing>>;
