/**
 * `npm run bench` (project `bench`): prints sizes, Lighthouse scores and the scaling curve; it
 * never fails on a time. Project `budgets` is the size test that fails when a budget is broken
 * (also part of `npm test`, as the `budgets` project of vite.config.ts).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  test: {
    env: { TZ: 'UTC' },
    environment: 'node',
    // The report is the output: print it as it comes, without per-test headers.
    disableConsoleIntercept: true,
    projects: [
      {
        extends: true,
        test: { name: 'bench', include: ['tests/bench/bench.test.ts', 'tests/bench/probe.test.ts'], testTimeout: 900_000, hookTimeout: 300_000 },
      },
      {
        extends: true,
        test: { name: 'budgets', include: ['tests/bench/budgets.test.ts'] },
      },
    ],
  },
});
