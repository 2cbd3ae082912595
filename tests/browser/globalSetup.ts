/**
 * Once per run of the browser project (vitest `globalSetup`): one Chromium and one preview
 * server of the build, shared by every browser test file, instead of one of each per file.
 * Each file connects to the browser (playwright's `connect`) and makes its own contexts, which
 * share no cookies, storage or cache; the files get the endpoint and URL through `inject`.
 * Without a Chromium nothing starts here: the test files skip loudly, or fail under CI=true
 * (tests/browser/chromium.ts).
 */
import type { TestProject } from 'vitest/node';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, hasChromium } from './chromium.ts';
import { serveBuild } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** playwright's ws endpoint of the shared Chromium; '' when there is none. */
    chromiumWsEndpoint: string;
    /** The shared preview server of `appOutDir`, e.g. http://127.0.0.1:41234/ ('' when none). */
    appUrl: string;
    appOutDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = process.env.OUT_DIR ?? 'dist';
  project.provide('chromiumWsEndpoint', '');
  project.provide('appUrl', '');
  project.provide('appOutDir', outDir);
  if (!hasChromium) return async () => {};
  const [browserServer, server] = await Promise.all([
    chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }),
    serveBuild(outDir),
  ]);
  project.provide('chromiumWsEndpoint', browserServer.wsEndpoint());
  project.provide('appUrl', server.url);
  return async () => {
    await browserServer.close();
    await server.close();
  };
}
