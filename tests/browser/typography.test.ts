/**
 * Typography (issue 11 point 4): the text a reader meets on the built pages uses curly quotes
 * and apostrophes (’ “ ”). The scan reads every text node and every accessible name, label and
 * tooltip attribute of the page after hydration, with the filters, a Download menu, the
 * tables, a tooltip, the source panel, the article and the Embed dialog opened; of each embed
 * with its panel open; and of every presentation step with its notes. Only the article's own
 * words, shown verbatim, keep its straight quotes: a blockquote's text and paragraphs (the
 * quotes), and what is marked `data-verbatim` (the article in the source panel). Code an
 * editor copies (the embed snippet in its textarea, `<code>`) is code, not prose.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { available, openPage, useApp } from './harness.ts';
import { EMBED_VIEWS } from '../../src/lib/embed/protocol.ts';

const app = useApp();

interface Scan {
  /** Text with a straight quote outside verbatim spans, with where it is. */
  hits: string[];
  /** Characters of text read outside verbatim spans. */
  read: number;
  /** Verbatim spans that hold a straight quote: the article's words, kept as printed. */
  verbatimStraight: number;
}

/** Reads the document (in the page) for straight quotes outside the article's verbatim words. */
function scanText(): Scan {
  const STRAIGHT = /['"]/;
  // The article's words: a quotation's own text and paragraphs (not its footer), and what is marked data-verbatim.
  const VERBATIM = '[data-verbatim], blockquote > p';
  const SKIP = `${VERBATIM}, script, style, noscript, template, textarea, code, pre`;
  const verbatim = (el: Element) => el.matches('blockquote') || !!el.closest(VERBATIM);
  const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder'];
  const where = (el: Element) => {
    const id = el.closest('[id]')?.id;
    return `${el.tagName.toLowerCase()}${id ? ` in #${id}` : ''}`;
  };
  const hits: string[] = [];
  let read = 0;
  let verbatimStraight = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const text = node.nodeValue ?? '';
    if (!el) continue;
    if (verbatim(el) || el.closest(SKIP)) {
      if (verbatim(el) && STRAIGHT.test(text)) verbatimStraight++;
      continue;
    }
    read += text.trim().length;
    if (STRAIGHT.test(text)) hits.push(`${where(el)}: ${text.trim().slice(0, 120)}`);
  }
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest(SKIP)) continue;
    for (const name of ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value && STRAIGHT.test(value)) hits.push(`${where(el)} [${name}]: ${value.slice(0, 120)}`);
    }
  }
  if (STRAIGHT.test(document.title)) hits.push(`title: ${document.title}`);
  return { hits, read, verbatimStraight };
}

/** Scans the page (and its same-origin frames) now, and adds what it finds to `into`. */
async function scan(page: Page, step: string, into: Scan): Promise<void> {
  for (const frame of page.frames()) {
    if (frame.url() === 'about:blank') continue;
    const result = await frame.evaluate(scanText);
    into.hits.push(...result.hits.map((h) => `${step}: ${h}`));
    into.read += result.read;
    into.verbatimStraight += result.verbatimStraight;
  }
}

const empty = (): Scan => ({ hits: [], read: 0, verbatimStraight: 0 });

describe.skipIf(!available)('curly quotes in everything a reader sees', () => {
  test('the scan finds a straight quote outside the verbatim words, and skips one inside them', async () => {
    const { page, close } = await openPage(app, '', {}, { hydrateAll: false });
    try {
      const found = await page.evaluate((scanSource) => {
        const run = new Function(`return (${scanSource})()`) as () => Scan;
        const before = run();
        const p = document.createElement('p');
        p.textContent = "The article's words";
        p.setAttribute('aria-label', 'say "hi"');
        const quote = document.createElement('blockquote');
        quote.innerHTML = '<p>He said, "no."</p><footer>From the article\'s text</footer>';
        const article = document.createElement('p');
        article.dataset.verbatim = '';
        article.textContent = 'He added, "yes."';
        document.body.append(p, quote, article);
        const after = run();
        p.remove();
        quote.remove();
        article.remove();
        return { added: after.hits.length - before.hits.length, verbatim: after.verbatimStraight - before.verbatimStraight };
      }, scanText.toString());
      // The apostrophe, the attribute and the blockquote's footer (not a quotation); neither quotation.
      expect(found.added).toBe(3);
      expect(found.verbatim).toBe(2);
    } finally {
      await close();
    }
  });

  test('the page, hydrated, with its filters, menus, tables, tooltip, source panel, article and embed dialog open', async () => {
    const { page, errors, close } = await openPage(app, '', { viewport: { width: 1280, height: 900 } });
    const seen = empty();
    try {
      await scan(page, 'page', seen);
      await page.getByRole('button', { name: 'Filters' }).click();
      await scan(page, 'filters', seen);
      await page.getByRole('button', { name: 'Filters' }).click();

      for (const id of ['timeline', 'stances', 'reactions']) {
        const figure = page.locator(`#${id}`);
        await figure.getByRole('button', { name: 'Table', exact: true }).click();
        await scan(page, `${id} table`, seen);
        await figure.getByRole('button', { name: 'Chart', exact: true }).click();
        await figure.getByRole('button', { name: /Download/ }).click();
        await scan(page, `${id} download menu`, seen);
        await page.keyboard.press('Escape');
      }

      const hayashi = page.locator('#reactions [data-id="yoshimasa-hayashi"]').first();
      await hayashi.scrollIntoViewIfNeeded();
      await hayashi.hover();
      await scan(page, 'network tooltip', seen);

      // Hayashi's quotes are printed with straight quotes: the panel shows them verbatim.
      await hayashi.click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await scan(page, 'source panel', seen);
      await dialog.getByRole('button', { name: /Read in the article/ }).first().click();
      await dialog.locator('mark').waitFor();
      await scan(page, 'article', seen);
      await dialog.getByRole('button', { name: /Close/ }).click();

      await page.getByRole('button', { name: 'Embed' }).click();
      await page.getByRole('dialog', { name: /Embed/ }).getByRole('textbox').waitFor();
      await scan(page, 'embed dialog', seen);

      expect(seen.hits).toEqual([]);
      expect(seen.read).toBeGreaterThan(5_000);
      expect(seen.verbatimStraight).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test.each(EMBED_VIEWS)('the %s embed, with its source panel open', async (view) => {
    const { page, errors, close } = await openPage(app, `embed/${view}.html`, { viewport: { width: 680, height: 900 } });
    const seen = empty();
    try {
      await scan(page, `embed ${view}`, seen);
      const mark = { timeline: '[data-id="trump-hints-kim-meeting"]', stances: '[role="gridcell"]', reactions: '[data-id="reaction-reuters"]' }[view];
      // A dispatched click: in the network, edges cross, and a pointer click may land on a neighbour.
      await page.locator(mark).first().dispatchEvent('click');
      await page.locator('blockquote').first().waitFor();
      await scan(page, `embed ${view} panel`, seen);
      expect(seen.hits).toEqual([]);
      expect(seen.read).toBeGreaterThan(500);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('every presentation step, with its teacher notes', async () => {
    const { page, errors, close } = await openPage(app, '?present', { viewport: { width: 1280, height: 800 } });
    const seen = empty();
    try {
      await page.keyboard.press('n');
      const total = Number(/\d+$/.exec((await page.getByTestId('step-counter').textContent()) ?? '')?.[0]);
      expect(total).toBeGreaterThan(3);
      for (let n = 1; n <= total; n++) {
        await expect.poll(() => page.getByTestId('step-counter').textContent()).toMatch(new RegExp(`^\\D*${n}\\D`));
        await scan(page, `step ${n}`, seen);
        if (n < total) await page.keyboard.press('PageDown');
      }
      expect(seen.hits).toEqual([]);
      expect(seen.read).toBeGreaterThan(2_000);
      expect(seen.verbatimStraight).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
