/**
 * The size budgets of issue 6, as a test that fails when one is broken (part of `npm test`,
 * after the build): each prerendered page's HTML, the JavaScript it loads first and the
 * stylesheets it links, and no web fonts.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, measureSizes, total, type FileSize } from './sizes.ts';
import { VIEW_IDS } from '../../src/lib/views.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
const sizes = measureSizes(outDir);
const list = (files: FileSize[]) => files.map((f) => `${f.file} ${f.gzip} B`).join(', ');

describe.each(sizes.pages)('$page (gzipped)', (page) => {
  test(`the HTML is at most ${BUDGETS.html} bytes, the first round trip`, () => {
    expect(page.html.gzip).toBeGreaterThan(1000); // prerendered, not an empty shell
    expect(page.html.gzip).toBeLessThanOrEqual(BUDGETS.html);
  });

  test(`the JavaScript it loads is at most ${BUDGETS.js} bytes`, () => {
    expect(page.js.length, 'the page loads its script').toBeGreaterThan(0);
    expect(total(page.js), list(page.js)).toBeLessThanOrEqual(BUDGETS.js);
  });

  test(`the CSS it links is at most ${BUDGETS.css} bytes`, () => {
    expect(page.css.length, 'the page links its styles').toBeGreaterThan(0);
    expect(total(page.css), list(page.css)).toBeLessThanOrEqual(BUDGETS.css);
  });
});

describe('the build (gzipped)', () => {
  test('one prerendered embed page per view (lib/views.ts), and no other', () => {
    const embeds = readdirSync(join(outDir, 'embed')).sort();
    expect(embeds).toEqual(VIEW_IDS.map((view) => `${view}.html`).sort());
    for (const view of VIEW_IDS) {
      expect(readFileSync(join(outDir, 'embed', `${view}.html`), 'utf8')).toContain(`<div id="app" data-view="${view}">`);
    }
  });

  test('no web fonts', () => {
    expect(sizes.fonts.map((f) => f.file)).toEqual([]);
  });
});
