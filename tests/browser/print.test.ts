/**
 * The printed handout (issue 5, point 4): Chromium's PDF of the page, and the page under print
 * media. A sensible number of A4 pages; no button or field left on paper; the three figures
 * and their HTML alternatives shown; no figure's graphic (or, for the matrix, no issue row) taller
 * than a page, so `break-inside: avoid` can keep it whole; the timeline printed at the whole
 * story, not the reader's zoom.
 */
import { describe, expect, test } from 'vitest';
import { available, openPage, useApp } from './harness.ts';

const app = useApp();

const MM = 96 / 25.4;
/** A4 less the 15 mm margins of `@page`, in CSS px. */
const PRINTABLE = { width: 180 * MM, height: 267 * MM };
const FIGURES = ['timeline', 'stances', 'reactions'];
// A zoomed-in timeline and a dark theme: neither may reach the paper.
const PATH = '?t=2025-08-20~2025-08-30&theme=dark';

describe.skipIf(!available)('printed handout', () => {
  test('the PDF has a sensible number of A4 pages', async () => {
    const { page, errors, close } = await openPage(app, PATH);
    try {
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
      expect(pages).toBeGreaterThanOrEqual(3);
      expect(pages).toBeLessThanOrEqual(12);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('under print media: no controls, all figures with their alternatives, black on white, each graphic fits a page', async () => {
    const { page, close } = await openPage(app, PATH);
    try {
      // The paper's printable area as the viewport: the views measure it and lay out again.
      await page.setViewportSize({ width: Math.floor(PRINTABLE.width), height: Math.floor(PRINTABLE.height) });
      await page.emulateMedia({ media: 'print' });
      await page.waitForFunction((max) => [...document.querySelectorAll('.figure .graphic')].every((g) => g.scrollWidth <= max), PRINTABLE.width + 1);

      const controls = await page.evaluate(() =>
        [...document.querySelectorAll('button, input, select, textarea, summary, [role="menu"]')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return getComputedStyle(el).display !== 'none' && r.width > 0 && r.height > 0;
          })
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(controls).toEqual([]);

      const colours = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]);
      expect(colours[1]).toBe('rgb(255, 255, 255)');
      const ink = colours[0]!.match(/\d+/g)!.slice(0, 3).map(Number);
      expect(Math.max(...ink)).toBeLessThan(64);

      for (const id of FIGURES) {
        const box = await page.evaluate((figureId) => {
          const figure = document.getElementById(figureId)!;
          const graphic = figure.querySelector<HTMLElement>('.graphic')!;
          const alternative = figure.querySelector<HTMLElement>('.alternative')!;
          const zoom = Number(getComputedStyle(graphic).zoom) || 1;
          const g = graphic.getBoundingClientRect();
          const a = alternative.getBoundingClientRect();
          // A graphic taller than a page must break between rows (the matrix's issues), never inside one.
          const rows = [...graphic.querySelectorAll<HTMLElement>('[role="grid"] [role="row"]')];
          const tallest = Math.max(g.height * zoom, 0);
          const unbreakable = tallest < innerHeight ? [tallest] : rows.map((r) => (getComputedStyle(r).breakInside === 'avoid' ? r.getBoundingClientRect().height * zoom : Infinity));
          return {
            graphic: { width: g.width * zoom, height: g.height * zoom, tallestPiece: Math.max(0, ...unbreakable), pieces: unbreakable.length, marks: graphic.querySelectorAll('svg, [role="grid"]').length },
            alternative: { height: a.height, position: getComputedStyle(alternative).position, rows: alternative.querySelectorAll('tr, li').length, after: a.top >= g.bottom - 1 },
          };
        }, id);
        expect(box.graphic.marks, id).toBeGreaterThan(0);
        expect(box.graphic.height, id).toBeGreaterThan(100);
        expect(box.graphic.pieces, id).toBeGreaterThan(0);
        expect(box.graphic.tallestPiece, id).toBeLessThan(PRINTABLE.height);
        expect(box.graphic.width, id).toBeLessThanOrEqual(PRINTABLE.width + 1);
        expect(box.alternative.position, id).toBe('static');
        expect(box.alternative.height, id).toBeGreaterThan(100);
        expect(box.alternative.rows, id).toBeGreaterThan(2);
        expect(box.alternative.after, id).toBe(true);
      }
      await expect(page.locator('#sources-heading').isVisible()).resolves.toBe(true);
    } finally {
      await close();
    }
  });

  test('the timeline prints the whole story and returns to the reader’s window afterwards', async () => {
    const { page, close } = await openPage(app, PATH);
    try {
      const showing = () => page.locator('#timeline .showing').textContent();
      const zoomed = await showing();
      expect(zoomed).toContain('20 August 2025');
      await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      const printed = await showing();
      expect(printed).not.toBe(zoomed);
      expect(printed).toContain('2026');
      await page.evaluate(() => dispatchEvent(new Event('afterprint')));
      await expect.poll(showing).toBe(zoomed);
    } finally {
      await close();
    }
  });
});
