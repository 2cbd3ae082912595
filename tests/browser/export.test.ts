/**
 * Export in Chromium (issue 5, point 5): each figure's Download menu saves an SVG that parses
 * and carries the title and source line, a PNG at exactly twice the SVG's pixel size, and a
 * CSV with a byte-order mark and its header row.
 */
import { buffer } from 'node:stream/consumers';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { exporting, exportFiles, stances, reactions, shared, timeline } from '../../src/lib/strings.ts';
import { available, openPage, useApp, axeViolations } from './harness.ts';
import { META } from '../fixtures/meta.ts';
import { sourceLine } from '../../src/lib/story/meta.ts';

const app = useApp();

const FIGURES = [
  { id: 'timeline', heading: META.timeline.heading, header: exportFiles.columns.timeline },
  { id: 'stances', heading: META.stances.heading, header: exportFiles.columns.stances },
  { id: 'reactions', heading: META.reactions.heading, header: exportFiles.columns.reactions },
] as const;

/** Opens a figure's Download menu, picks a format, and returns the saved file's name and bytes. */
async function download(page: Page, heading: string, format: string): Promise<{ name: string; bytes: Buffer }> {
  const toggle = page.getByRole('button', { name: exporting.buttonLabel(heading) });
  await toggle.click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: format, exact: true }).click()]);
  // A stream, not file.path(): the browser is shared over playwright's connect(), and a
  // remote download has no local path.
  return { name: file.suggestedFilename(), bytes: await buffer(await file.createReadStream()) };
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.skipIf(!available)('export', () => {
  test.each(FIGURES)('$id: SVG, PNG at 2× and CSV download from the figure header', async ({ id, heading, header }) => {
    const { page, errors, close } = await openPage(app, '', { acceptDownloads: true });
    try {
      const svg = await download(page, heading, exporting.svg);
      expect(svg.name).toBe(`summit-explorer-${id}.svg`);
      const text = svg.bytes.toString('utf8');
      // Parsed by the browser's own XML parser: an error would give a <parsererror>.
      const parsed = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        const root = doc.documentElement;
        return {
          error: doc.getElementsByTagName('parsererror').length,
          title: root.querySelector('title')?.textContent ?? '',
          text: [...root.querySelectorAll('text')].map((t) => t.textContent).join(' '),
          width: Number(root.getAttribute('width')),
          height: Number(root.getAttribute('height')),
        };
      }, text);
      expect(parsed.error).toBe(0);
      expect(parsed.title).toBe(heading);
      expect(parsed.text).toContain(heading);
      // The source line may wrap across lines: compare it word by word.
      expect(parsed.text.replace(/\s+/g, '')).toContain(sourceLine(META, shared.sourceLabel).replace(/\s+/g, ''));
      expect(text).not.toContain('var(');

      const png = await download(page, heading, exporting.png);
      expect(png.name).toBe(`summit-explorer-${id}.png`);
      expect(pngSize(png.bytes)).toEqual({ width: 2 * parsed.width, height: 2 * parsed.height });

      const csv = await download(page, heading, exporting.csv);
      expect(csv.name).toBe(`summit-explorer-${id}.csv`);
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.bytes.toString('utf8').slice(1).split('\r\n')[0]).toBe(header.join(','));
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the menu stays inside a 320 px screen, opens and closes by keyboard, and leaves the selection alone', async () => {
    const { page, close } = await openPage(app, '?sel=north-korea-nuclear', { viewport: { width: 320, height: 700 }, acceptDownloads: true });
    try {
      const toggle = page.getByRole('button', { name: exporting.buttonLabel(META.reactions.heading) });
      await toggle.focus();
      await page.keyboard.press('Enter');
      const first = page.getByRole('button', { name: exporting.svg, exact: true });
      await expect.poll(() => first.evaluate((el) => el === document.activeElement)).toBe(true);
      const box = await page.locator('#reactions [data-format]').first().boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(320);
      expect(box!.height).toBeGreaterThanOrEqual(24);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await axeViolations(page, '#reactions header')).toEqual([]);
      await page.keyboard.press('Escape');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(new URL(page.url()).searchParams.get('sel')).toBe('north-korea-nuclear');
    } finally {
      await close();
    }
  });

  test('printing hides the Download buttons', async () => {
    const { page, close } = await openPage(app);
    try {
      // By CSS, not role: what print hides also leaves the accessibility tree.
      const toggles = page.locator(`figure header button[aria-label^="${exporting.button}:"]`);
      expect(await toggles.count()).toBe(3);
      for (const b of await toggles.all()) expect(await b.isVisible()).toBe(true);
      await page.emulateMedia({ media: 'print' });
      for (const b of await toggles.all()) expect(await b.isVisible()).toBe(false);
    } finally {
      await close();
    }
  });
});
