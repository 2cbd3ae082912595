// npm test: the type check beside the builds the browser tests serve and then every Vitest
// project (they are independent, and on 2 cores each keeps one core busy; the check is the
// slowest step). Arguments after `npm test --` go to Vitest. The check's output is printed
// whole when it ends, so its log never interleaves with Vitest's; a failed build stops its
// job; the run fails if any job fails.
import { spawn } from 'node:child_process';

/** Jobs that run beside each other; the steps of one job run in turn. `live` steps print as they go. */
const JOBS = [
  [['npm', ['run', '--silent', 'check']]],
  [
    ['npm', ['run', '--silent', 'build']],
    ['npm', ['run', '--silent', 'build:single']],
    ['npx', ['vitest', 'run', ...process.argv.slice(2)], { live: true }],
  ],
];

function run([cmd, args, { live = false } = {}]) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', live ? 'inherit' : 'pipe', live ? 'inherit' : 'pipe'] });
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code: code ?? 1, out, what: `${cmd} ${args.join(' ')}` }));
  });
}

async function job(steps) {
  for (const step of steps) {
    const started = Date.now();
    const r = await run(step);
    process.stdout.write(`\n── ${r.what} (${((Date.now() - started) / 1000).toFixed(1)} s, exit ${r.code})\n${r.out}`);
    if (r.code !== 0) return r.code;
  }
  return 0;
}

const codes = await Promise.all(JOBS.map(job));
const failed = codes.find((c) => c !== 0);
if (failed !== undefined) {
  console.error('\nnpm test failed: see the step marked with a non-zero exit above.');
  process.exit(failed);
}
