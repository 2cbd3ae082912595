// @ts-nocheck -- a plain-JS dev tool, run with node
// Screenshots of every view, theme and width of a build, for a pixel-for-pixel comparison
// before and after a refactor:
//   node tests/visual/shoot.mjs dist /tmp/before      (then, after the change)
//   node tests/visual/shoot.mjs dist /tmp/after && node tests/visual/shoot.mjs --compare /tmp/before /tmp/after
// Serves the build on loopback with Vite's preview server and drives Debian's Chromium.
import { mkdirSync, readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { preview } from 'vite';
import { chromium } from 'playwright-core';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none'];

if (process.argv[2] === '--compare') {
  const [a, b] = process.argv.slice(3);
  let differ = 0;
  for (const f of readdirSync(a).filter((f) => f.endsWith('.png')).sort()) {
    if (!existsSync(`${b}/${f}`)) { console.log(`missing  ${f}`); differ++; continue; }
    // ImageMagick prints the count of differing pixels on stderr (and exits 1 when any differ).
    const px = spawnSync('compare', ['-metric', 'AE', `${a}/${f}`, `${b}/${f}`, 'null:']).stderr.toString().trim();
    if (px !== '0') { console.log(`differs  ${f}: ${px} px`); differ++; }
  }
  console.log(differ ? `${differ} screenshots differ` : 'all screenshots identical');
  process.exit(differ ? 1 : 0);
}

const [outDir = 'dist', shotDir = '/tmp/shots'] = process.argv.slice(2);
mkdirSync(shotDir, { recursive: true });
const server = await preview({ configFile: false, root: process.cwd(), logLevel: 'silent', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
const base = `http://127.0.0.1:${server.httpServer.address().port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });

async function shot(name, path, { width, height = 900, js = true, hydrate = true, scheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: js, colorScheme: scheme, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(base + path, { waitUntil: 'networkidle' });
  if (js && (await page.locator('#app').count())) {
    await page.locator('#app[data-ready]').waitFor({ state: 'attached', timeout: 15000 });
    if (hydrate) {
      for (const id of await page.locator('[data-island]:not([data-ready]) > figure').evaluateAll((els) => els.map((e) => e.id))) {
        await page.locator(`#${id}`).scrollIntoViewIfNeeded();
        await page.locator(`[data-island]:has(> #${id})[data-ready]`).waitFor({ state: 'attached', timeout: 15000 });
      }
      await page.evaluate(() => scrollTo(0, 0));
    }
  }
  await page.waitForTimeout(300);
  // A presentation step scrolls its view to the lit item: shoot the viewport, as the class sees it.
  await page.screenshot({ path: `${shotDir}/${name}.png`, fullPage: !name.startsWith('present'), animations: 'disabled' });
  await context.close();
}

const pages = process.env.PAGES ? JSON.parse(process.env.PAGES) : null;
const jobs = [];
for (const width of [375, 768, 1280, 1920]) {
  jobs.push([`page-${width}-light`, '', { width }]);
  jobs.push([`page-${width}-dark`, '', { width, scheme: 'dark' }]);
  jobs.push([`page-${width}-projector`, '?theme=projector', { width }]);
  jobs.push([`page-${width}-nojs`, '', { width, js: false }]);
  jobs.push([`page-${width}-selected`, '?sel=north-korea-nuclear', { width }]);
}
for (const view of pages?.views ?? ['timeline', 'stances', 'reactions']) {
  for (const width of [375, 680]) {
    jobs.push([`embed-${view}-${width}`, `embed/${view}.html`, { width, height: 600 }]);
    jobs.push([`embed-${view}-${width}-nojs`, `embed/${view}.html`, { width, height: 600, js: false }]);
  }
}
for (let step = 1; step <= 8; step++) jobs.push([`present-${step}`, `?present&step=${step}`, { width: 1280, height: 800, hydrate: false }]);
for (const [name, path, opts] of jobs) {
  try { await shot(name, path, opts); } catch (e) { console.log(`failed   ${name}: ${e.message.split('\n')[0]}`); }
}
await browser.close();
await server.close();
console.log(`${jobs.length} screenshots in ${shotDir}`);
