/**
 * Keyboard journeys in Chromium, as issue 3 describes them: Tab into a view (one stop),
 * arrow to a mark, Enter opens the source panel on its quote, Escape returns focus to the
 * mark; a second Escape clears the selection.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { available, openPage, useApp } from './harness.ts';

const app = useApp();

/** What has focus: its figure, data-id and accessible name. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      figure: el?.closest('figure')?.id ?? null,
      id: el?.getAttribute('data-id') ?? null,
      label: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '',
      tabindex: el?.getAttribute('tabindex') ?? null,
      // A mark: an event, node or edge (data-id) or a matrix cell, gauge or issue heading.
      mark: !!el && (el.hasAttribute('data-id') || ['gridcell', 'rowheader'].includes(el.getAttribute('role') ?? '')),
    };
  });
}

/** Tab from the top of the page until focus lands on a mark (a roving stop) in the figure. */
async function tabInto(page: Page, figure: string) {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.figure === figure && f.mark) return f;
  }
  throw new Error(`Tab never reached a mark in #${figure}`);
}

async function arrowUntil(page: Page, key: string, done: (f: Awaited<ReturnType<typeof focused>>) => boolean) {
  for (let i = 0; i < 80; i++) {
    const f = await focused(page);
    if (done(f)) return f;
    await page.keyboard.press(key);
  }
  throw new Error(`pressing ${key} never reached the mark`);
}

async function roundTrip(page: Page, quote: RegExp) {
  const before = await focused(page);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  expect(await dialog.textContent()).toMatch(quote);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  expect(await focused(page)).toEqual(before);
  expect(new URL(page.url()).searchParams.get('sel')).not.toBeNull();
  // Escape again: hides a tooltip if one shows, then clears the selection.
  for (let i = 0; i < 2 && new URL(page.url()).searchParams.get('sel'); i++) await page.keyboard.press('Escape');
  expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
  expect(await focused(page)).toMatchObject({ figure: before.figure });
}

describe.skipIf(!available)('keyboard journeys', () => {
  test('timeline: Tab in, arrow to Trump’s hint about Kim Jong-un, Enter shows its quote, Escape returns', async () => {
    const { page, errors, close } = await openPage(app);
    try {
      await tabInto(page, 'timeline');
      await arrowUntil(page, 'ArrowRight', (f) => f.id === 'trump-hints-kim-meeting');
      await roundTrip(page, /hinted at the possibility of meeting Chairman Kim Jong-un/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('matrix: Tab in, arrow to the US position on trade, Enter shows its quote, Escape returns', async () => {
    const { page, errors, close } = await openPage(app);
    try {
      await tabInto(page, 'stances');
      await arrowUntil(page, 'ArrowDown', (f) => /Trade/.test(f.label));
      await arrowUntil(page, 'ArrowRight', (f) => /Open the farm market more/.test(f.label));
      await roundTrip(page, /additional opening of the agricultural market/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('network: Tab in, arrow to the People Power Party’s critical edge, Enter shows its quote, Escape returns', async () => {
    const { page, errors, close } = await openPage(app);
    try {
      await tabInto(page, 'reactions');
      await arrowUntil(page, 'ArrowRight', (f) => f.id === 'reaction-people-power-party');
      await roundTrip(page, /only the US’s demands were accepted without concrete solutions/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('each view is one Tab stop: tabbing through the whole page lands on one mark per view', async () => {
    const { page, close } = await openPage(app);
    try {
      const marks: Record<string, number> = { timeline: 0, stances: 0, reactions: 0 };
      let sawReactions = false;
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (f.mark && f.figure) marks[f.figure]!++;
        if (f.figure === 'reactions') sawReactions = true;
        else if (sawReactions) break; // past the last figure
      }
      expect(sawReactions).toBe(true);
      expect(marks).toEqual({ timeline: 1, stances: 1, reactions: 1 });
    } finally {
      await close();
    }
  });
});
