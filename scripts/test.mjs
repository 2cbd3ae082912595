// npm test: the type check and the builds the browser tests serve, side by side (they are
// independent, and each keeps one core busy), then every Vitest project. Arguments after
// `npm test --` go to Vitest. Each job's output is printed whole when it ends, so two logs
// never interleave; the first failure stops the run with its exit code.
import { spawn } from 'node:child_process';

/** Jobs that run beside each other; the steps of one job run in turn. */
const JOBS = [
  [['npm', ['run', '--silent', 'check']]],
  [['npm', ['run', '--silent', 'build']], ['npm', ['run', '--silent', 'build:single']]],
];

function run([cmd, args]) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
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
  console.error('\nnpm test: a check or build failed (see above); the tests did not run.');
  process.exit(failed);
}
const vitest = spawn('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
vitest.on('close', (code) => process.exit(code ?? 1));
