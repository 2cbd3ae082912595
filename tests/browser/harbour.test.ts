/**
 * A story from another folder, as an editor would make one (issue 10): the fixture story
 * (tests/fixtures/harbour, two invented ports, three lanes, two issues) built with `STORY=`,
 * both as the site (dist-harbour/) and as the offline single file (dist-harbour-single/), with
 * no change to code. A reader then checks every mode: the page and its three views, each
 * embed, the presentation, print, the single file from disk, and the page with JavaScript off.
 * Nothing of the project's own story may reach the fixture's build.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { available, openFile, openPage, sharedChromium, type OpenedPage, type Session } from './harness.ts';
import { serveBuild } from './server.ts';
import { boxes, buildStory, edgeEnds, filesUnder, timelineLanes } from './storySite.ts';
import { HARBOUR, HARBOUR_DIR, harbourStory } from '../fixtures/harbour.ts';
import { EMBED_VIEWS } from '../../src/lib/embed/protocol.ts';
import { present, stances as stanceStrings } from '../../src/lib/strings.ts';

const OUT = 'dist-harbour';
const SINGLE_OUT = 'dist-harbour-single';
const story = harbourStory();
const steps = story.steps;

/** Words of the project's own story: none may appear in a build of another story. */
const REAL_STORY = /trump|korea|japan|lee.jae|seoul|hayashi|bloomberg|reuters|kim jong|pyongyang|tariff/i;

/** Each fixture event and the lane it belongs in (by who acted: both mayors act in the joint lane). */
const EVENT_LANES: Record<string, string> = {
  'ahn-takes-office': 'Northport',
  'council-vote': 'Southhaven',
  'fund-proposed': 'Northport',
  'ferry-meeting': 'Both ports',
  'cost-split': 'Both ports',
  'channel-stays-closed': 'Southhaven',
  'second-meeting': 'Both ports',
};
const LANES = ['Northport', 'Both ports', 'Southhaven'];

describe.skipIf(!available)('a story from another folder (tests/fixtures/harbour)', () => {
  const session = {} as Session;
  let closeServer: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    await buildStory(HARBOUR_DIR, OUT, 'production');
    await buildStory(HARBOUR_DIR, SINGLE_OUT, 'single');
    const server = await serveBuild(OUT);
    closeServer = server.close;
    session.url = server.url;
    session.browser = await sharedChromium();
  }, 300_000);
  afterAll(async () => {
    await session.browser?.close();
    await closeServer?.();
  });

  /** Opens `path` of the fixture's site; fails the test on any console error or foreign request. */
  async function reader(path: string, run: (opened: OpenedPage) => Promise<void>, options: Parameters<typeof openPage>[2] = {}): Promise<void> {
    const opened = await openPage(session, path, options);
    try {
      await run(opened);
      expect(opened.errors).toEqual([]);
      await opened.page.waitForLoadState('networkidle');
      expect(opened.foreign).toEqual([]);
    } finally {
      await opened.close();
    }
  }

  test('the builds carry the fixture story and nothing of the real one', () => {
    const files = [...filesUnder(OUT), ...filesUnder(SINGLE_OUT)].filter((f) => /\.(html|js|json|css|txt)$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    expect(readdirSync(SINGLE_OUT)).toEqual(['index.html']);
    for (const file of files) {
      const match = readFileSync(file, 'utf8').match(REAL_STORY);
      expect(match?.[0], `${file} names the real story`).toBeUndefined();
    }
    for (const file of ['index.html', ...EMBED_VIEWS.map((v) => `embed/${v}.html`)]) {
      expect(existsSync(join(OUT, file)), file).toBe(true);
      expect(readFileSync(join(OUT, file), 'utf8'), file).toContain('Southhaven');
    }
    expect(readFileSync(join(OUT, 'index.html'), 'utf8')).toContain(`<title>${HARBOUR.title} | `);
  });

  test('the page: its title, kicker and dek, and a timeline in the fixture’s three lanes', async () => {
    await reader('', async ({ page }) => {
      expect(await page.title()).toContain(HARBOUR.title);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(HARBOUR.title);
      await expect(page.locator('header.intro .kicker').textContent()).resolves.toBe(HARBOUR.kicker);
      await expect(page.locator('header.intro .dek').textContent()).resolves.toBe(HARBOUR.dek);
      for (const heading of [HARBOUR.timeline.heading, HARBOUR.stances.heading, HARBOUR.reactions.heading]) {
        await expect(page.getByRole('heading', { name: heading, level: 2 }).isVisible(), heading).resolves.toBe(true);
      }

      const { lanes, laneOf } = await timelineLanes(page);
      expect(lanes).toEqual(LANES);
      // every event, each in its own lane, named for a screen reader with its title and lane
      expect(laneOf).toEqual(EVENT_LANES);
      for (const event of story.events) {
        const label = await page.locator(`#timeline g.event[data-id="${event.id}"]`).getAttribute('aria-label');
        expect(label).toContain(event.title);
        expect(label).toContain(EVENT_LANES[event.id]);
      }
      await expect(page.locator('#timeline').getByText(HARBOUR.timeline.keyDay.label, { exact: true }).first().isVisible()).resolves.toBe(true);
    });
  });

  test('the stance matrix: one column per side, named as the story names them, and its two issues', async () => {
    await reader('', async ({ page }) => {
      const matrix = page.locator('#stances');
      const heads = await boxes(matrix, '.heads .head');
      const [first, second] = HARBOUR.sides;
      expect(heads.map((h) => h.text.trim())).toEqual([stanceStrings.issueColumn, first.column, stanceStrings.distanceColumn, second.column, stanceStrings.outcomeColumn]);
      const columnOf = (x: number) => heads.find((h) => h.left <= x && x <= h.right)?.text.trim();

      const rowheaders = matrix.getByRole('grid').getByRole('rowheader');
      await expect(rowheaders.allTextContents()).resolves.toEqual(story.stances.map((s) => expect.stringContaining(story.topics.find((t) => t.id === s.topic)!.name)));
      for (const stance of story.stances) {
        for (const [key, side] of [['first', first], ['second', second]] as const) {
          const cell = matrix.locator(`[role="gridcell"][data-key="${stance.id}/${key}"]`);
          const position = stance.positions[side.id]!.position;
          await expect(cell.getByText(position, { exact: true }).isVisible(), position).resolves.toBe(true);
          await expect(cell.getAttribute('aria-label')).resolves.toContain(side.column);
          const box = (await cell.boundingBox())!;
          expect(columnOf(box.x + box.width / 2), position).toBe(side.column);
        }
      }
      // the key names the sides by their short names
      await expect(matrix.locator('.legend').textContent()).resolves.toMatch(new RegExp(`${first.shortName}.*${second.shortName}`));
    });
  });

  test.each([375, 320])('on a %i px phone the gauge’s side names are whole, inside their card', async (width) => {
    await reader('embed/stances.html', async ({ page }) => {
      for (const stance of story.stances) {
        const card = page.locator('[role="row"]', { has: page.locator(`#${stance.id}-heading`) });
        const cardBox = (await card.boundingBox())!;
        const labels = await boxes(card, '.gauge text.side');
        expect(labels.map((l) => l.text)).toEqual(HARBOUR.sides.map((s) => s.shortName));
        for (const l of labels) {
          expect(l.left, `${stance.id}: ${l.text}`).toBeGreaterThanOrEqual(Math.max(0, cardBox.x));
          expect(l.right, `${stance.id}: ${l.text}`).toBeLessThanOrEqual(Math.min(width, cardBox.x + cardBox.width));
        }
        expect(labels[0]!.right, 'the two names do not meet').toBeLessThan(labels[1]!.left);
      }
    }, { viewport: { width, height: 800 } });
  });

  test.each([1280, 375])('at %i px the reaction network links each reacting paper, party and council to what it reacted to, in a box that fits it', async (width) => {
    await reader('', async ({ page }) => {
      const graph = page.locator('#reactions svg:has([data-node])');
      await graph.scrollIntoViewIfNeeded();
      const hub = graph.locator(`[data-node="target"][data-id="${HARBOUR.hub.event}"]`);
      await expect(hub.locator('text.label').textContent()).resolves.toBe(HARBOUR.hub.label);
      for (const id of ['bay-courier', 'harbour-party', 'southhaven-council']) {
        const name = story.actors.find((a) => a.id === id)!.name;
        await expect(graph.locator(`[data-node="actor"][data-id="${id}"]`).getAttribute('aria-label'), id).resolves.toContain(name);
      }
      // each reaction's line runs from its actor to its target, and on to each topic it raised
      const ends = await edgeEnds(page);
      const expected: Record<string, [string, string]> = {};
      for (const r of story.reactions) {
        expected[r.id] = [r.actor, r.target];
        for (const t of r.topics) expected[`${r.id}>${t}`] = [r.actor, t];
      }
      expect(ends).toEqual(expected);
      expect(Object.values(ends).filter(([, target]) => target === HARBOUR.hub.event)).toHaveLength(2);

      // the column heads stay inside the graph's box
      const box = (await graph.boundingBox())!;
      for (const head of await boxes(graph, '.head')) {
        expect(head.left, head.text).toBeGreaterThanOrEqual(box.x - 0.5);
        expect(head.right, head.text).toBeLessThanOrEqual(box.x + box.width + 0.5);
      }
      // a small network in a box its size: no tall empty band between its circles, none below them
      const marks = (await boxes(graph, '[data-node] .shape')).sort((a, b) => a.top - b.top);
      let reach = marks[0]!.bottom;
      let widestGap = 0;
      for (const m of marks) {
        widestGap = Math.max(widestGap, m.top - reach);
        reach = Math.max(reach, m.bottom);
      }
      expect(widestGap).toBeLessThan(160);
      expect(box.y + box.height - reach).toBeLessThan(48);
    }, { viewport: { width, height: 900 } });
  });

  test.each(EMBED_VIEWS)('embed/%s.html renders its view alone, live', async (view) => {
    await reader(`embed/${view}.html`, async ({ page }) => {
      const heading = { timeline: HARBOUR.timeline.heading, stances: HARBOUR.stances.heading, reactions: HARBOUR.reactions.heading }[view];
      await expect(page.locator(`figure#${view}`).getByRole('heading', { name: heading }).isVisible()).resolves.toBe(true);
      expect(await page.locator('figure').count()).toBe(1);
      // a rendered view, not an error boundary's message: marks to focus, the fixture's own
      expect(await page.locator(`figure#${view} [tabindex="0"]`).count()).toBeGreaterThan(0);
      const mark = { timeline: '[data-id="ferry-meeting"]', stances: '#stance-fishing-rights-heading', reactions: `[data-node][data-id="${HARBOUR.hub.event}"]` }[view];
      await expect(page.locator(mark).first().isVisible()).resolves.toBe(true);
    });
  });

  test('the presentation steps through the fixture’s three steps, each lighting its items in its view', async () => {
    await reader('?present', async ({ page }) => {
      const lit: Record<string, (id: string) => string> = {
        timeline: (id) => `#timeline [data-id="${id}"][aria-current="true"]`,
        stances: (id) => `#stances [role="rowheader"][aria-labelledby="${id}-heading"][aria-selected="true"]`,
        reactions: (id) => `#reactions [data-reaction="${id}"][data-emphasis="selected"]`,
      };
      expect(steps).toHaveLength(3);
      for (const [i, step] of steps.entries()) {
        const n = i + 1;
        await expect.poll(() => page.locator('h1').textContent()).toBe(step.title);
        await expect.poll(() => page.getByTestId('step-counter').textContent()).toBe(present.counter(n, steps.length));
        expect(new URL(page.url()).searchParams.get('step')).toBe(String(n));
        const view = page.locator(`[data-present-view] figure#${step.view}`);
        await expect(view.isVisible()).resolves.toBe(true);
        for (const id of step.focus) await expect.poll(() => page.locator(`[data-present-view] ${lit[step.view]!(id)}`).count(), { message: id }).toBeGreaterThan(0);
        await page.keyboard.press('PageDown');
      }
      // past the end nothing moves
      await expect.poll(() => page.locator('h1').textContent()).toBe(steps.at(-1)!.title);
      expect(new URL(page.url()).searchParams.get('step')).toBe('3');
    }, { viewport: { width: 1280, height: 800 } });
  });

  test('print shows all three views with their alternatives, on a few A4 pages', async () => {
    await reader('', async ({ page }) => {
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(10);

      // A4 less the 15 mm margins, as the printed page lays it out
      await page.setViewportSize({ width: 680, height: 1009 });
      await page.emulateMedia({ media: 'print' });
      for (const id of EMBED_VIEWS) {
        const figure = page.locator(`figure#${id}`);
        // printed at full size, the graphic first and its HTML alternative after it
        const graphic = (await figure.locator('.graphic').boundingBox())!;
        const alternative = (await figure.locator('.alternative').boundingBox())!;
        expect(graphic.height, id).toBeGreaterThan(100);
        expect(alternative.height, id).toBeGreaterThan(100);
        expect(alternative.y, id).toBeGreaterThanOrEqual(graphic.y + graphic.height - 1);
        expect(await figure.locator('.graphic svg, .graphic [role="grid"]').count(), id).toBeGreaterThan(0);
      }
      // the alternatives carry the fixture's facts: every event, both issues, every reacting actor
      expect(await page.locator('#timeline .alternative tbody tr').count()).toBe(story.events.length);
      const stancesTable = await page.locator('#stances .alternative').textContent();
      for (const topic of ['Dredging fund', 'Fishing rights']) expect(stancesTable).toContain(topic);
      const reactionsList = await page.locator('#reactions .alternative').textContent();
      for (const name of ['Bay Courier', 'Harbour Party', 'Southhaven council']) expect(reactionsList).toContain(name);
    });
  });

  test('with JavaScript off, the prerendered page and embeds show the fixture’s views', async () => {
    await reader('', async ({ page }) => {
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(HARBOUR.title);
      const { lanes, laneOf } = await timelineLanes(page);
      expect(lanes).toEqual(LANES);
      expect(laneOf).toEqual(EVENT_LANES);
      expect(await page.locator('#stances [role="rowheader"]').allTextContents()).toEqual([expect.stringContaining('Dredging fund'), expect.stringContaining('Fishing rights')]);
      expect(await page.locator('#reactions svg [data-node]').count()).toBe(7);
      await expect(page.locator(`#reactions [data-node][data-id="${HARBOUR.hub.event}"] text.label`).textContent()).resolves.toBe(HARBOUR.hub.label);
    }, { javaScriptEnabled: false });
    for (const view of EMBED_VIEWS) {
      await reader(`embed/${view}.html`, async ({ page }) => {
        await expect(page.locator(`figure#${view}`).isVisible()).resolves.toBe(true);
        expect(await page.locator(`figure#${view} svg`).count(), view).toBeGreaterThan(0);
        await expect(page.locator(`figure#${view}`).textContent()).resolves.toContain('Southhaven');
      }, { javaScriptEnabled: false });
    }
  });

  describe('the single file', () => {
    test('opens from file:// with the network refused, renders the three views and reads the article', async () => {
      const { page, errors, foreign: refused, close } = await openFile(session.browser, resolve(SINGLE_OUT, 'index.html'));
      try {
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(HARBOUR.title);
        for (const id of EMBED_VIEWS) {
          const figure = page.locator(`figure#${id}`);
          await figure.waitFor();
          await expect(figure.locator('[tabindex="0"]').count()).resolves.toBeGreaterThan(0);
        }
        const { laneOf } = await timelineLanes(page);
        expect(laneOf).toEqual(EVENT_LANES);
        await page.locator(`#timeline [data-id="ferry-meeting"]`).first().click();
        const dialog = page.getByRole('dialog');
        await dialog.waitFor();
        await dialog.getByRole('button', { name: /Read in the article/ }).first().click();
        const mark = dialog.locator('mark');
        await mark.waitFor();
        await expect(mark.first().textContent()).resolves.toContain('Mayor Ahn and Mayor Rosa Vidal of Southhaven met on a ferry');
        expect(errors).toEqual([]);
        expect(refused).toEqual([]);
      } finally {
        await close();
      }
    });
  });
});
